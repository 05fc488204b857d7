"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { DropdownMenu as MenuPrimitive } from "radix-ui";
import { menuItemClassName } from "@/components/ui/popover-surface";

/**
 * A menu item that is a real link (open in a new tab, download), styled like the kit's
 * DropdownMenuItem. The kit's item wraps its children, so it cannot render as a link itself.
 */
export function MenuLinkItem({ href, icon, download, children }: { href: string; icon: ReactNode; download?: boolean; children: ReactNode }) {
  const content = (
    <>
      <span aria-hidden="true" className="flex items-center">
        {icon}
      </span>
      <span className="flex-1 truncate">{children}</span>
    </>
  );
  return (
    <MenuPrimitive.Item asChild className={menuItemClassName}>
      {download ? (
        <a href={href} download>
          {content}
        </a>
      ) : (
        <Link href={href}>{content}</Link>
      )}
    </MenuPrimitive.Item>
  );
}
