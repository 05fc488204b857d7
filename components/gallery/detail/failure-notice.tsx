"use client";

// Why a generation has no video, in words, with what to do next.
import Link from "next/link";
import { Banner } from "@/components/ui/banner";
import { buttonClassName } from "@/components/ui/button";
import { isUnsuccessful, PUBLIC_STATUS } from "@/lib/rules/generation-status";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";

const FALLBACK_TITLE: Record<string, string> = {
  failed: "The generation failed",
  canceled: "The generation was canceled",
  expired: "The result expired before it could be archived",
};

export function FailureNotice({ g, canCreate }: { g: GenerationItem; canCreate: boolean }) {
  if (!isUnsuccessful(g.status)) return null;
  const error = g.error;
  return (
    <Banner
      tone={g.status === PUBLIC_STATUS.failed ? "danger" : "warning"}
      title={error?.title ?? FALLBACK_TITLE[g.status]}
      data-testid="failure-notice"
      action={
        canCreate ? (
          <Link href={`/generate?from=${encodeURIComponent(g.id)}`} className={buttonClassName({ variant: "outline", size: "sm" })}>
            Edit and try again
          </Link>
        ) : undefined
      }
    >
      <p>{error?.hint ?? "Re-run the generation; if it fails again, adjust the prompt or references."}</p>
      {error && (
        <p className="mt-1.5 text-xs text-muted">
          Provider said: <span className="font-mono">{error.code}</span>
          {error.message ? ` — ${error.message}` : ""}
          {g.providerRequestId ? (
            <>
              {" "}
              · request id <span className="font-mono">{g.providerRequestId}</span>
            </>
          ) : null}
        </p>
      )}
    </Banner>
  );
}
