"use client";

import type { ReactNode } from "react";
import { ThemeProvider as NextThemesProvider } from "next-themes";

/** Kept from the hand-written switch, so a choice made before next-themes still applies. */
export const THEME_STORAGE_KEY = "reelroom-theme";

/**
 * Puts `light` or `dark` on <html> (the class globals.css and the `dark:` variant read) and sets
 * the native color scheme. Its inline script applies the stored or system theme before the page
 * below it paints, and it follows the OS while the choice is "system".
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <NextThemesProvider attribute="class" storageKey={THEME_STORAGE_KEY} defaultTheme="system" enableSystem>
      {children}
    </NextThemesProvider>
  );
}
