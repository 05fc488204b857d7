"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";

/** A menu item that is a real link (open in a new tab, download), styled like any other item. */
export function MenuLinkItem({ href, icon, download, children }: { href: string; icon: ReactNode; download?: boolean; children: ReactNode }) {
  return (
    <DropdownMenuItem asChild icon={icon}>
      {download ? (
        <a href={href} download>
          {children}
        </a>
      ) : (
        <Link href={href}>{children}</Link>
      )}
    </DropdownMenuItem>
  );
}
