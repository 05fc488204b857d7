"use client";

import type { ComponentProps } from "react";
import { Tabs as TabsPrimitive } from "radix-ui";
import { cn } from "./cn";

export const Tabs = TabsPrimitive.Root;

export interface TabsListProps extends ComponentProps<typeof TabsPrimitive.List> {
  /** "underline": page-level sections; "pills": compact switch inside a card. */
  variant?: "underline" | "pills";
}

export function TabsList({ variant = "underline", className, ...props }: TabsListProps) {
  return (
    <TabsPrimitive.List
      data-variant={variant}
      className={cn(
        "group/tabs flex items-center overflow-x-auto [scrollbar-width:none]",
        variant === "underline" && "gap-4 border-b border-border",
        variant === "pills" && "inline-flex w-fit gap-0.5 rounded-lg border border-border bg-surface-2 p-0.5",
        className,
      )}
      {...props}
    />
  );
}

export function TabsTrigger({ className, ...props }: ComponentProps<typeof TabsPrimitive.Trigger>) {
  return (
    <TabsPrimitive.Trigger
      className={cn(
        "inline-flex shrink-0 items-center gap-1.5 whitespace-nowrap text-sm font-medium text-muted",
        "transition-colors duration-150 hover:text-text disabled:pointer-events-none disabled:opacity-50",
        "[&_svg]:size-4",
        // underline
        "group-data-[variant=underline]/tabs:-mb-px group-data-[variant=underline]/tabs:border-b-2",
        "group-data-[variant=underline]/tabs:border-transparent group-data-[variant=underline]/tabs:px-0.5",
        "group-data-[variant=underline]/tabs:pt-1 group-data-[variant=underline]/tabs:pb-2.5",
        "group-data-[variant=underline]/tabs:data-[state=active]:border-accent group-data-[variant=underline]/tabs:data-[state=active]:text-text",
        // pills
        "group-data-[variant=pills]/tabs:h-7 group-data-[variant=pills]/tabs:rounded-md group-data-[variant=pills]/tabs:px-3",
        "group-data-[variant=pills]/tabs:data-[state=active]:bg-surface group-data-[variant=pills]/tabs:data-[state=active]:text-text",
        "group-data-[variant=pills]/tabs:data-[state=active]:shadow-xs",
        className,
      )}
      {...props}
    />
  );
}

export function TabsContent({ className, ...props }: ComponentProps<typeof TabsPrimitive.Content>) {
  return <TabsPrimitive.Content className={cn("pt-4 focus-visible:outline-offset-4 data-[state=active]:animate-fade-in", className)} {...props} />;
}
