"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Logo } from "@/components/app/logo";

export function NoTeam() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  async function create() {
    setBusy(true);
    const res = await fetch("/api/v1/teams", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name }) });
    if (res.ok) {
      const { team } = (await res.json()) as { team: { id: string } };
      await fetch("/api/v1/teams/switch", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ teamId: team.id }) });
      router.refresh();
    }
    setBusy(false);
  }
  return (
    <main className="flex min-h-dvh items-center justify-center bg-background px-4">
      <div className="w-full max-w-sm space-y-5 rounded-xl border border-border bg-surface p-6">
        <Logo />
        <p className="text-sm text-muted">You are not in any team. Create one, or open an invitation link from a teammate.</p>
        <Field label="Team name">
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
        </Field>
        <Button onClick={create} loading={busy} disabled={!name.trim()} className="w-full">
          Create team
        </Button>
      </div>
    </main>
  );
}
