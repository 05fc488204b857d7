// Server-safe entry: the root layout imports `themeInitScript` from here as a plain string,
// which would not work from a "use client" module. The toggle itself lives in the client file.
export { themeInitScript, THEME_STORAGE_KEY, THEMES, type ThemePreference, type ResolvedTheme } from "./theme";
export { ThemeToggle, useTheme, type ThemeToggleProps } from "./theme-toggle-client";
