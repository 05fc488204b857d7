"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { BarChart3, Clapperboard, FolderOpen, Settings, Sparkles } from "lucide-react";

const LINKS = [
  { href: "/projects", label: "Projects", icon: FolderOpen },
  { href: "/generate", label: "Generate", icon: Sparkles },
  { href: "/generations", label: "All videos", icon: Clapperboard },
  { href: "/reports", label: "Reports", icon: BarChart3 },
  { href: "/settings/team", label: "Settings", icon: Settings },
];

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-1">
      {LINKS.map(({ href, label, icon: Icon }) => {
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
          </Link>
        );
      })}
    </nav>
  );
}
