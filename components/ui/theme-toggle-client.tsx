"use client";

import { useCallback, useSyncExternalStore, type ComponentType } from "react";
import { Monitor, Moon, Sun, type LucideProps } from "lucide-react";
import { DropdownMenu as MenuPrimitive } from "radix-ui";
import { cn } from "./cn";
import { buttonClassName } from "./button";
import { floatingPanelClassName, menuItemClassName } from "./popover-surface";
import {
  applyThemeClass,
  DARK_QUERY,
  parseThemePreference,
  resolveTheme,
  THEME_CHANGE_EVENT,
  THEME_STORAGE_KEY,
  THEMES,
  type ResolvedTheme,
  type ThemePreference,
} from "./theme";

const THEME_META: Record<ThemePreference, { label: string; Icon: ComponentType<LucideProps> }> = {
  light: { label: "Light", Icon: Sun },
  dark: { label: "Dark", Icon: Moon },
  system: { label: "System", Icon: Monitor },
};

function readPreference(): ThemePreference {
  try {
    return parseThemePreference(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return "system";
  }
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  window.addEventListener(THEME_CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  media.addEventListener("change", onChange);
  return () => {
    window.removeEventListener(THEME_CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
    media.removeEventListener("change", onChange);
  };
}

/** The stored preference and the theme in effect; `setTheme` persists and applies at once. */
export function useTheme(): {
  theme: ThemePreference;
  resolvedTheme: ResolvedTheme;
  setTheme: (theme: ThemePreference) => void;
} {
  const theme = useSyncExternalStore(subscribe, readPreference, () => "system" as const);
  const systemDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(DARK_QUERY).matches,
    () => false,
  );
  const setTheme = useCallback((next: ThemePreference) => {
    try {
      if (next === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage may be blocked (private mode); the choice still applies to this page.
    }
    applyThemeClass(document.documentElement, resolveTheme(next, window.matchMedia(DARK_QUERY).matches));
    window.dispatchEvent(new Event(THEME_CHANGE_EVENT));
  }, []);
  return { theme, resolvedTheme: resolveTheme(theme, systemDark), setTheme };
}

export interface ThemeToggleProps {
  /** "segmented": three icon buttons; "menu": one icon button opening a menu (for tight headers). */
  variant?: "segmented" | "menu";
  className?: string;
}

export function ThemeToggle({ variant = "segmented", className }: ThemeToggleProps) {
  const { theme, resolvedTheme, setTheme } = useTheme();

  if (variant === "menu") {
    const Current = resolvedTheme === "dark" ? Moon : Sun;
    return (
      <MenuPrimitive.Root>
        <MenuPrimitive.Trigger className={buttonClassName({ variant: "ghost", size: "icon", className })} aria-label={`Theme: ${THEME_META[theme].label}`}>
          <Current aria-hidden="true" />
        </MenuPrimitive.Trigger>
        <MenuPrimitive.Portal>
          <MenuPrimitive.Content align="end" sideOffset={6} className={cn(floatingPanelClassName, "min-w-36 p-1")}>
            <MenuPrimitive.RadioGroup value={theme} onValueChange={(value) => setTheme(parseThemePreference(value))}>
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
