"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api, ApiError } from "@/components/app/api-client";

export function AcceptInviteButton({ token }: { token: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function accept() {
    setBusy(true);
    try {
      await api("/api/v1/invitations/accept", { body: { token } });
      router.push("/projects");
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not accept the invitation.");
      setBusy(false);
    }
  }
  return (
    <div className="space-y-2">
      <Button className="w-full" onClick={accept} loading={busy}>
        Accept invitation
      </Button>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
