import Link from "next/link";
import { can, type Role } from "@/lib/auth/permissions";

const TABS = [
  { href: "/settings/team", label: "Team", show: () => true },
  { href: "/settings/keys", label: "Provider keys", show: (r: Role) => can(r, "key.manage") },
  { href: "/settings/tokens", label: "API tokens", show: (r: Role) => can(r, "token.manageOwn") },
  { href: "/settings/budgets", label: "Budgets & prices", show: (r: Role) => can(r, "budget.manage") },
  { href: "/settings/webhooks", label: "Webhooks", show: (r: Role) => can(r, "webhook.manage") },
  { href: "/settings/audit", label: "Audit log", show: (r: Role) => can(r, "audit.view") },
];

export function SettingsNav({ role, current = "/settings/team" }: { role: Role; current?: string }) {
  return (
    <nav aria-label="Settings" className="flex gap-1 overflow-x-auto border-b border-border">
      {TABS.filter((t) => t.show(role)).map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.href === current ? "page" : undefined}
          className={`-mb-px shrink-0 border-b-2 px-3 py-2 text-sm ${t.href === current ? "border-accent font-medium text-text" : "border-transparent text-muted hover:text-text"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
