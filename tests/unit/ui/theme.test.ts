// The theme provider's pre-paint script (next-themes, with the app's settings) run against a fake
// browser: the stored choice or the OS picks the class on <html> before anything paints.
import { describe, expect, it } from "vitest";
import { THEME_STORAGE_KEY, ThemeProvider } from "@/components/ui/theme-provider";
import { h, html } from "./render";

function prePaintScript(): string {
  const markup = html(ThemeProvider, { children: h("main", null, "page") });
  const match = /^<script>([\s\S]*?)<\/script>/.exec(markup);
  if (!match) throw new Error(`no leading script in ${markup}`);
  return match[1];
}

function fakeRoot(initial: string[] = []) {
  const classes = new Set(initial);
  return {
    classes,
    classList: { add: (t: string) => void classes.add(t), remove: (...t: string[]) => t.forEach((x) => classes.delete(x)) },
    setAttribute: () => {},
    style: { colorScheme: "" },
  };
}

/** Runs the inline script against a fake browser. */
function runScript({ stored, systemDark, storageThrows = false }: { stored: string | null; systemDark: boolean; storageThrows?: boolean }) {
  const root = fakeRoot(["geist"]);
  const store = new Map<string, string>(stored === null ? [] : [[THEME_STORAGE_KEY, stored]]);
  const window = { matchMedia: () => ({ matches: systemDark }) };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error("blocked");
      return store.get(key) ?? null;
    },
  };
  new Function("window", "document", "localStorage", prePaintScript())(window, { documentElement: root }, localStorage);
  return root;
}

describe("theme pre-paint script", () => {
  it("comes before the page it wraps, so nothing paints in the wrong theme", () => {
    const markup = html(ThemeProvider, { children: h("main", null, "page") });
    expect(markup.indexOf("<script>")).toBe(0);
    expect(markup.indexOf("<main>")).toBeGreaterThan(markup.indexOf("</script>"));
  });

  it.each([
    [null, false, "light"],
    [null, true, "dark"],
    ["system", true, "dark"],
    ["system", false, "light"],
    ["dark", false, "dark"],
    ["light", true, "light"],
  ] as const)("stored %j, OS dark=%s → %s before paint", (stored, systemDark, expected) => {
    const root = runScript({ stored, systemDark });
    expect(root.classes.has(expected)).toBe(true);
    expect(root.classes.has(expected === "dark" ? "light" : "dark")).toBe(false);
    expect(root.classes.has("geist")).toBe(true);
    expect(root.style.colorScheme).toBe(expected);
  });

  // Without a light/dark class, globals.css follows the OS (`:root:not(.light)` in the dark media
  // query); once hydrated the provider puts the OS theme's class on.
  it("leaves the choice to the OS when storage is blocked", () => {
    const root = runScript({ stored: "light", systemDark: true, storageThrows: true });
    expect(root.classes.has("light")).toBe(false);
    expect(root.classes.has("dark")).toBe(false);
  });

  it("stores under the key the hand-written switch used, so earlier choices still apply", () => {
    expect(THEME_STORAGE_KEY).toBe("reelroom-theme");
    expect(prePaintScript()).toContain(JSON.stringify(THEME_STORAGE_KEY));
  });
});
