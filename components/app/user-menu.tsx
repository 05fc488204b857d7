"use client";

import { LogOut } from "lucide-react";

/** next-auth's sign-out (CSRF token + POST), without shipping its client library to every page. */
async function signOut() {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  // A full page load on purpose: it drops the signed-in user's cached data with the session.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.href = "/signin";
}

export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <div className="flex items-center gap-2.5">
      <span className="grid size-8 shrink-0 place-items-center rounded-full bg-surface-3 text-xs font-semibold" aria-hidden>
        {name
          .split(/\s+/)
          .map((w) => w[0])
          .join("")
          .slice(0, 2)
          .toUpperCase()}
      </span>
      <span className="min-w-0 flex-1 text-sm">
        <span className="block truncate font-medium">{name}</span>
        <span className="block truncate text-xs text-muted">{email}</span>
      </span>
      <button
        type="button"
        onClick={() => void signOut()}
        className="rounded-md p-1.5 text-muted hover:bg-surface-2 hover:text-text focus-visible:outline-2 focus-visible:outline-ring"
        aria-label="Sign out"
        title="Sign out"
      >
        <LogOut className="size-4" />
      </button>
    </div>
  );
}
