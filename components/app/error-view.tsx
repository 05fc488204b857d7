// What every error and not-found page shows: what happened, the way back, and (for crashes) the
// reference that matches the entry in the server's log.
import type { ReactNode } from "react";
import { Logo } from "@/components/app/logo";

export interface ErrorViewProps {
  /** A short line above the title, e.g. "Error 404". */
  eyebrow: string;
  title: string;
  text: ReactNode;
  /** Links and buttons back into the app. */
  actions: ReactNode;
  /** Next.js's digest of a server error: the same value is in the server's log. */
  digest?: string;
  icon?: ReactNode;
}

export function ErrorView({ eyebrow, title, text, actions, digest, icon }: ErrorViewProps) {
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col items-center px-2 py-12 text-center sm:py-20">
      {icon ? (
        <div
          aria-hidden="true"
          className="mb-5 flex size-12 items-center justify-center rounded-xl border border-border bg-surface text-muted shadow-card [&_svg]:size-5"
        >
          {icon}
        </div>
      ) : null}
      <p className="text-[13px] font-medium text-muted">{eyebrow}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-balance text-text">{title}</h1>
      <p className="mt-2 max-w-md text-sm leading-relaxed text-muted">{text}</p>
      <div className="mt-6 flex flex-wrap items-center justify-center gap-2">{actions}</div>
      {digest ? (
        <p className="mt-8 text-xs text-muted" data-testid="error-reference">
          Reference: <code className="rounded bg-surface-2 px-1.5 py-0.5 font-mono text-text select-all">{digest}</code>
        </p>
      ) : null}
    </div>
  );
}

/** The frame of error pages shown outside the signed-in app (and when even the app's layout failed). */
export function StandaloneFrame({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-background">
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-4xl items-center px-4 py-3 sm:px-6">
          {/* A full page load on purpose: after a crash, nothing of the failed page's state is kept. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" aria-label="Reelroom home" className="rounded-md">
            <Logo />
          </a>
        </div>
      </header>
      <main className="flex flex-1 flex-col px-4">{children}</main>
    </div>
  );
}
