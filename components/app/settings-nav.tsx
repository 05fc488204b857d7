import Link from "next/link";
import { can, type Role } from "@/lib/rules/permissions";

const TABS = [
  { href: "/settings/team", label: "Team", show: () => true },
  { href: "/settings/keys", label: "Provider keys", show: (r: Role) => can(r, "key.manage") },
  { href: "/settings/tokens", label: "API tokens", show: (r: Role) => can(r, "token.manageOwn") },
  { href: "/settings/budgets", label: "Budgets & prices", show: (r: Role) => can(r, "budget.manage") },
  { href: "/settings/spend", label: "Quotas & approvals", show: () => true },
  { href: "/settings/webhooks", label: "Webhooks", show: (r: Role) => can(r, "webhook.manage") },
  { href: "/settings/notifications", label: "Notifications", show: () => true },
  { href: "/settings/reconciliation", label: "Reconciliation", show: (r: Role) => can(r, "key.manage") },
  { href: "/settings/audit", label: "Audit log", show: (r: Role) => can(r, "audit.view") },
];

export function SettingsNav({ role, current = "/settings/team" }: { role: Role; current?: string }) {
  return (
    // Tabs on wide screens; on phones they wrap as chips, so none is cut off at the edge.
    <nav aria-label="Settings" className="flex flex-wrap gap-1.5 sm:flex-nowrap sm:gap-1 sm:overflow-x-auto sm:border-b sm:border-border">
      {TABS.filter((t) => t.show(role)).map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.href === current ? "page" : undefined}
          className={`shrink-0 rounded-md border px-3 py-1.5 text-sm sm:-mb-px sm:rounded-none sm:border-0 sm:border-b-2 sm:py-2 ${
            t.href === current
              ? "border-border-strong bg-surface-2 font-medium text-text sm:border-accent sm:bg-transparent"
              : "border-border text-muted hover:text-text sm:border-transparent"
          }`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
