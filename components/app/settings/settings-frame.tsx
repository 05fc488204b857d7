// The common top of every settings page: title, the caller's role and the tabs.
import type { ReactNode } from "react";
import { ShieldOff } from "lucide-react";
import { SettingsNav } from "@/components/app/settings-nav";
import { EmptyState } from "@/components/ui/empty-state";
import type { Actor } from "@/lib/platform/auth/actor";

export function SettingsFrame({ actor, current, children }: { actor: Actor; current: string; children: ReactNode }) {
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-sm text-muted">
          Your role in {actor.teamName}: <span className="capitalize">{actor.role}</span>
        </p>
      </header>
      <SettingsNav role={actor.role} current={current} />
      {children}
    </div>
  );
}

export function NotAllowed({ what }: { what: string }) {
  return (
    <EmptyState icon={<ShieldOff />} title="Only admins and owners can see this" text={`Ask an admin or owner of the team if you need to change ${what}.`} />
  );
}

export function SettingsSection({
  title,
  description,
  actions,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="rounded-xl border border-border bg-surface p-5 shadow-[var(--card-shadow)]">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="font-semibold">{title}</h2>
          {description && <p className="mt-0.5 max-w-2xl text-sm text-muted">{description}</p>}
        </div>
        {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}
