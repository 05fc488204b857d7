// Theme preference logic shared by the pre-paint script and the toggle. No React, no "use client":
// the root layout (a server component) imports `themeInitScript` as a plain string.

export const THEMES = ["light", "dark", "system"] as const;
export type ThemePreference = (typeof THEMES)[number];
export type ResolvedTheme = "light" | "dark";

export const THEME_STORAGE_KEY = "reelroom-theme";
/** Dispatched on window when the preference changes in this tab. */
export const THEME_CHANGE_EVENT = "reelroom-theme-change";
export const DARK_QUERY = "(prefers-color-scheme: dark)";

export function parseThemePreference(raw: string | null | undefined): ThemePreference {
  return raw === "light" || raw === "dark" ? raw : "system";
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === "system") return systemPrefersDark ? "dark" : "light";
  return preference;
}

export interface ThemeTarget {
  classList: { add(token: string): void; remove(...tokens: string[]): void };
  style: { colorScheme: string };
}

/** Puts exactly one of `light` / `dark` on the element and matches the native color scheme. */
export function applyThemeClass(target: ThemeTarget, theme: ResolvedTheme): void {
  target.classList.remove("light", "dark");
  target.classList.add(theme);
  target.style.colorScheme = theme;
}

/**
 * Inline script for <head>: applies the stored (or system) theme before first paint, and keeps
 * following the OS while the preference is "system", even on pages without a toggle.
 * Kept in plain ES5 and self-contained because it runs before any bundle.
 */
export const themeInitScript = `(function(){try{
var k=${JSON.stringify(THEME_STORAGE_KEY)},q=${JSON.stringify(DARK_QUERY)},d=document.documentElement,m=window.matchMedia(q);
function pref(){var v=null;try{v=window.localStorage.getItem(k);}catch(e){}return v==="light"||v==="dark"?v:"system";}
function apply(){var p=pref(),t=p==="system"?(m.matches?"dark":"light"):p;d.classList.remove("light","dark");d.classList.add(t);d.style.colorScheme=t;}
apply();
var f=function(){if(pref()==="system")apply();};
if(m.addEventListener)m.addEventListener("change",f);else if(m.addListener)m.addListener(f);
}catch(e){}})();`;
