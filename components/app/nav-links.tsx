"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { BarChart3, Clapperboard, FolderOpen, Hand, Settings, Sparkles } from "lucide-react";

const LINKS = [
  { href: "/projects", label: "Projects", icon: FolderOpen },
  { href: "/generate", label: "Generate", icon: Sparkles },
  { href: "/generations", label: "All videos", icon: Clapperboard },
  { href: "/reports", label: "Reports", icon: BarChart3 },
  { href: "/settings/team", label: "Settings", icon: Settings },
];

/** `approvals`: requests awaiting a decision, for those who may decide (undefined: no Approvals link). */
export function NavLinks({ onNavigate, approvals }: { onNavigate?: () => void; approvals?: number }) {
  const pathname = usePathname();
  const links = approvals === undefined ? LINKS : [...LINKS.slice(0, 3), { href: "/approvals", label: "Approvals", icon: Hand }, ...LINKS.slice(3)];
  return (
    <nav aria-label="Main" className="flex flex-col gap-1">
      {links.map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`) || (href === "/settings/team" && pathname.startsWith("/settings"));
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            onClick={onNavigate}
            className={`flex items-center gap-2.5 rounded-md px-2.5 py-2 text-sm md:py-1.5 transition-colors ${
              active ? "bg-surface-2 font-medium text-text" : "text-muted hover:bg-surface-2 hover:text-text"
            }`}
          >
            <Icon className="size-4" aria-hidden />
            {label}
            {href === "/approvals" && approvals ? (
              <span className="ml-auto rounded-full bg-warning/15 px-1.5 text-xs font-medium text-text" aria-label={`${approvals} awaiting`}>
                {approvals}
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
