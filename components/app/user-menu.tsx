"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";

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
        onClick={() => signOut({ callbackUrl: "/signin" })}
        className="rounded-md p-1.5 text-muted hover:bg-surface-2 hover:text-text focus-visible:outline-2 focus-visible:outline-ring"
        aria-label="Sign out"
        title="Sign out"
      >
        <LogOut className="size-4" />
      </button>
    </div>
  );
}
