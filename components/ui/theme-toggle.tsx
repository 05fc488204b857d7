"use client";

import type { ComponentType } from "react";
import { Monitor, Moon, Sun, type LucideProps } from "lucide-react";
import { DropdownMenu as MenuPrimitive } from "radix-ui";
import { useTheme } from "next-themes";
import { cn } from "./cn";
import { buttonClassName } from "./button";
import { floatingPanelClassName, menuItemClassName } from "./popover-surface";
import { useHydrated } from "./use-hydrated";

const THEMES = ["light", "dark", "system"] as const;
type ThemePreference = (typeof THEMES)[number];

const THEME_META: Record<ThemePreference, { label: string; Icon: ComponentType<LucideProps> }> = {
  light: { label: "Light", Icon: Sun },
  dark: { label: "Dark", Icon: Moon },
  system: { label: "System", Icon: Monitor },
};

const parsePreference = (raw: string | undefined): ThemePreference => (raw === "light" || raw === "dark" ? raw : "system");

export interface ThemeToggleProps {
  /** "segmented": three icon buttons; "menu": one icon button opening a menu (for tight headers). */
  variant?: "segmented" | "menu";
  className?: string;
}

export function ThemeToggle({ variant = "segmented", className }: ThemeToggleProps) {
  const { theme: stored, resolvedTheme, setTheme } = useTheme();
  // The server cannot know the stored choice: render "system" until hydrated, as the HTML did.
  const hydrated = useHydrated();
  const theme = hydrated ? parsePreference(stored) : "system";

  if (variant === "menu") {
    const Current = hydrated && resolvedTheme === "dark" ? Moon : Sun;
    return (
      <MenuPrimitive.Root>
        <MenuPrimitive.Trigger className={buttonClassName({ variant: "ghost", size: "icon", className })} aria-label={`Theme: ${THEME_META[theme].label}`}>
          <Current aria-hidden="true" />
        </MenuPrimitive.Trigger>
        <MenuPrimitive.Portal>
          <MenuPrimitive.Content align="end" sideOffset={6} className={cn(floatingPanelClassName, "min-w-36 p-1")}>
            <MenuPrimitive.RadioGroup value={theme} onValueChange={(value) => setTheme(parsePreference(value))}>
              {THEMES.map((option) => {
                const { label, Icon } = THEME_META[option];
                return (
                  <MenuPrimitive.RadioItem key={option} value={option} className={cn(menuItemClassName, "data-[state=checked]:text-accent-text")}>
                    <Icon aria-hidden="true" />
                    {label}
                  </MenuPrimitive.RadioItem>
                );
              })}
            </MenuPrimitive.RadioGroup>
          </MenuPrimitive.Content>
        </MenuPrimitive.Portal>
      </MenuPrimitive.Root>
    );
  }

  return (
    <div role="group" aria-label="Theme" className={cn("inline-flex items-center gap-0.5 rounded-lg border border-border bg-surface-2 p-0.5", className)}>
      {THEMES.map((option) => {
        const { label, Icon } = THEME_META[option];
        const active = theme === option;
        return (
          <button
            key={option}
            type="button"
            aria-pressed={active}
            title={label}
            onClick={() => setTheme(option)}
            className={cn(
              "inline-flex size-7 items-center justify-center rounded-md text-muted transition-colors duration-150",
              "hover:text-text",
              active && "bg-surface text-text shadow-xs",
            )}
          >
            <Icon aria-hidden="true" className="size-3.5" />
            <span className="sr-only">{label}</span>
          </button>
        );
      })}
    </div>
  );
}
