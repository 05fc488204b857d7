"use client";

// Phones: a top bar with the logo and a menu button; the button opens a sheet with the whole
// navigation. Radix's dialog traps focus, closes on Escape and gives focus back to the button.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { Menu, X } from "lucide-react";
import { Logo } from "@/components/app/logo";
import { AppNavigation, type AppNavigationProps } from "@/components/app/app-navigation";
import { buttonClassName } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { overlayClassName } from "@/components/ui/dialog";

export function MobileNav(props: AppNavigationProps) {
  const pathname = usePathname();
  // Open on the page it was opened on only: any new page closes it (adjusted while rendering,
  // not in an effect). A link to the page already shown does not navigate: onNavigate closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  if (openOn !== null && openOn !== pathname) setOpenOn(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);
  return (
    <header className="sticky top-0 z-40 flex items-center justify-between gap-3 border-b border-border bg-surface px-3 py-2 md:hidden">
      <Link href="/projects" aria-label="Reelroom, projects" className="rounded-md">
        <Logo />
      </Link>
      <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
        <DialogPrimitive.Trigger className={buttonClassName({ variant: "ghost", size: "icon", className: "text-text!" })} aria-label="Open menu">
          <Menu aria-hidden />
        </DialogPrimitive.Trigger>
        <DialogPrimitive.Portal>
          <DialogPrimitive.Overlay className={overlayClassName} />
          <DialogPrimitive.Content
            aria-describedby={undefined}
            className={cn(
              "fixed inset-y-0 left-0 z-50 flex w-[min(20rem,calc(100vw-3rem))] flex-col gap-4 border-r border-border bg-surface p-4 shadow-popover",
              "transition-[translate] duration-200 ease-out starting:-translate-x-full focus-visible:outline-hidden",
            )}
          >
            <div className="flex items-center justify-between gap-3">
              <Logo />
              <DialogPrimitive.Title className="sr-only">Menu</DialogPrimitive.Title>
              <DialogPrimitive.Close className={buttonClassName({ variant: "ghost", size: "icon" })} aria-label="Close menu">
                <X aria-hidden />
              </DialogPrimitive.Close>
            </div>
            <AppNavigation {...props} onNavigate={() => setOpen(false)} />
          </DialogPrimitive.Content>
        </DialogPrimitive.Portal>
      </DialogPrimitive.Root>
    </header>
  );
}
