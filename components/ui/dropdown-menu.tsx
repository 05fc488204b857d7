"use client";

import { cloneElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { DropdownMenu as MenuPrimitive } from "radix-ui";
import { Check } from "lucide-react";
import { cn } from "./cn";
import { floatingPanelClassName, menuItemClassName } from "./popover-surface";

export const DropdownMenu = MenuPrimitive.Root;
export const DropdownMenuTrigger = MenuPrimitive.Trigger;
export const DropdownMenuRadioGroup = MenuPrimitive.RadioGroup;

export function DropdownMenuContent({ className, sideOffset = 6, align = "end", ...props }: ComponentProps<typeof MenuPrimitive.Content>) {
  return (
    <MenuPrimitive.Portal>
      <MenuPrimitive.Content
        sideOffset={sideOffset}
        align={align}
        className={cn(floatingPanelClassName, "min-w-44 p-1 max-h-(--radix-dropdown-menu-content-available-height) overflow-y-auto", className)}
        {...props}
      />
    </MenuPrimitive.Portal>
  );
}

export interface DropdownMenuItemProps extends ComponentProps<typeof MenuPrimitive.Item> {
  icon?: ReactNode;
  /** A keyboard hint shown on the right, e.g. "⌘K". */
  shortcut?: string;
  tone?: "default" | "danger";
}

/**
 * With `asChild` Radix renders the one child element (e.g. a link) as the item, so the decoration
 * (icon, label, shortcut) has to go inside that element; as siblings of it the menu would crash.
 */
function itemBody(asChild: boolean | undefined, children: ReactNode, decorate: (content: ReactNode) => ReactNode): ReactNode {
  if (!asChild) return decorate(children);
  if (!isValidElement<{ children?: ReactNode }>(children)) throw new Error("A menu item with asChild needs exactly one element child.");
  const element = children as ReactElement<{ children?: ReactNode }>;
  return cloneElement(element, undefined, decorate(element.props.children));
}

export function DropdownMenuItem({ className, icon, shortcut, tone = "default", asChild, children, ...props }: DropdownMenuItemProps) {
  return (
    <MenuPrimitive.Item
      asChild={asChild}
      className={cn(
        menuItemClassName,
        tone === "danger" && "text-danger data-highlighted:bg-danger/10 data-highlighted:text-danger [&_svg]:text-danger!",
        className,
      )}
      {...props}
    >
      {itemBody(asChild, children, (content) => (
        <>
          {icon ? (
            <span aria-hidden="true" className="flex items-center">
              {icon}
            </span>
          ) : null}
          <span className="flex-1 truncate">{content}</span>
          {shortcut ? <span className="ml-auto pl-4 text-xs tracking-wide text-faint">{shortcut}</span> : null}
        </>
      ))}
    </MenuPrimitive.Item>
  );
}

export function DropdownMenuCheckboxItem({ className, asChild, children, ...props }: ComponentProps<typeof MenuPrimitive.CheckboxItem>) {
  return (
    <MenuPrimitive.CheckboxItem asChild={asChild} className={cn(menuItemClassName, "pl-8", className)} {...props}>
      {itemBody(asChild, children, (content) => (
        <>
          <MenuPrimitive.ItemIndicator className="absolute left-2 flex items-center">
            <Check aria-hidden="true" className="text-accent-text!" />
          </MenuPrimitive.ItemIndicator>
          {content}
        </>
      ))}
    </MenuPrimitive.CheckboxItem>
  );
}

export function DropdownMenuRadioItem({ className, asChild, children, ...props }: ComponentProps<typeof MenuPrimitive.RadioItem>) {
  return (
    <MenuPrimitive.RadioItem asChild={asChild} className={cn(menuItemClassName, "pl-8", className)} {...props}>
      {itemBody(asChild, children, (content) => (
        <>
          <MenuPrimitive.ItemIndicator className="absolute left-2.5 flex items-center">
            <span className="size-1.5 rounded-full bg-accent-text" />
          </MenuPrimitive.ItemIndicator>
          {content}
        </>
      ))}
    </MenuPrimitive.RadioItem>
  );
}

export function DropdownMenuLabel({ className, ...props }: ComponentProps<typeof MenuPrimitive.Label>) {
  return <MenuPrimitive.Label className={cn("px-2 pt-1.5 pb-1 text-xs font-medium text-muted", className)} {...props} />;
}

export function DropdownMenuSeparator({ className, ...props }: ComponentProps<typeof MenuPrimitive.Separator>) {
  return <MenuPrimitive.Separator className={cn("-mx-1 my-1 h-px bg-border", className)} {...props} />;
}
