import { describe, expect, it } from "vitest";
import { applyThemeClass, parseThemePreference, resolveTheme, THEME_STORAGE_KEY, themeInitScript, type ThemePreference } from "@/components/ui/theme";

describe("parseThemePreference", () => {
  it.each([
    ["light", "light"],
    ["dark", "dark"],
    ["system", "system"],
    [null, "system"],
    ["DARK", "system"],
    ["", "system"],
  ] as const)("%j → %s", (raw, expected) => {
    expect(parseThemePreference(raw)).toBe(expected);
  });
});

describe("resolveTheme", () => {
  it.each([
    ["light", true, "light"],
    ["light", false, "light"],
    ["dark", false, "dark"],
    ["system", true, "dark"],
    ["system", false, "light"],
  ] as const)("%s with OS dark=%s → %s", (pref, systemDark, expected) => {
    expect(resolveTheme(pref, systemDark)).toBe(expected);
  });
});

function fakeRoot(initial: string[] = []) {
  const classes = new Set(initial);
  return {
    classes,
    classList: { add: (t: string) => void classes.add(t), remove: (...t: string[]) => t.forEach((x) => classes.delete(x)) },
    style: { colorScheme: "" },
  };
}

describe("applyThemeClass", () => {
  it("leaves exactly one theme class and sets the color scheme", () => {
    const root = fakeRoot(["light", "font-x"]);
    applyThemeClass(root, "dark");
    expect([...root.classes].sort()).toEqual(["dark", "font-x"]);
    expect(root.style.colorScheme).toBe("dark");
  });
});

/** Runs the inline script against a fake browser. */
function runInitScript({ stored, systemDark, storageThrows = false }: { stored: string | null; systemDark: boolean; storageThrows?: boolean }) {
  const root = fakeRoot(["geist"]);
  const listeners: Array<() => void> = [];
  const media = { matches: systemDark, addEventListener: (_: string, fn: () => void) => listeners.push(fn) };
  const store = new Map<string, string>(stored === null ? [] : [[THEME_STORAGE_KEY, stored]]);
  const window = {
    matchMedia: () => media,
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error("blocked");
        return store.get(key) ?? null;
      },
    },
  };
  new Function("window", "document", themeInitScript)(window, { documentElement: root });
  return {
    root,
    setStored: (value: ThemePreference | null) => (value === null ? store.delete(THEME_STORAGE_KEY) : store.set(THEME_STORAGE_KEY, value)),
    flipSystem: (dark: boolean) => {
      media.matches = dark;
      listeners.forEach((fn) => fn());
    },
  };
}

describe("themeInitScript", () => {
  it.each([
    [null, false, "light"],
    [null, true, "dark"],
    ["dark", false, "dark"],
    ["light", true, "light"],
    ["garbage", true, "dark"],
  ] as const)("stored %j, OS dark=%s → %s before paint", (stored, systemDark, expected) => {
    const { root } = runInitScript({ stored, systemDark });
    expect(root.classes.has(expected)).toBe(true);
    expect(root.classes.has(expected === "dark" ? "light" : "dark")).toBe(false);
    expect(root.classes.has("geist")).toBe(true);
    expect(root.style.colorScheme).toBe(expected);
  });

  it("falls back to the OS when storage is blocked", () => {
    const { root } = runInitScript({ stored: "light", systemDark: true, storageThrows: true });
    expect(root.classes.has("dark")).toBe(true);
  });

  it("follows OS changes while the preference is system", () => {
    const page = runInitScript({ stored: null, systemDark: false });
    page.flipSystem(true);
    expect(page.root.classes.has("dark")).toBe(true);
    page.flipSystem(false);
    expect(page.root.classes.has("light")).toBe(true);
  });

  it("ignores OS changes when the user picked a theme", () => {
    const page = runInitScript({ stored: "light", systemDark: false });
    page.flipSystem(true);
    expect(page.root.classes.has("light")).toBe(true);
    expect(page.root.classes.has("dark")).toBe(false);
  });
});
