import type { ReactNode } from "react";
import { Logo } from "@/components/app/logo";

/** The quiet frame of the public share page: the logo, who shared it, the content. */
export function SharedVideoFrame({ teamName, children }: { teamName?: string; children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-background">
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Logo />
          {teamName ? <p className="truncate text-sm text-muted">Shared by {teamName}</p> : null}
        </div>
      </header>
      <main className="mx-auto max-w-4xl space-y-5 px-4 py-6 sm:px-6 sm:py-10">{children}</main>
    </div>
  );
}
