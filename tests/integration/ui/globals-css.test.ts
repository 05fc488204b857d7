import { readFile } from "node:fs/promises";
import path from "node:path";
import postcss from "postcss";
import tailwind from "@tailwindcss/postcss";
import { beforeAll, describe, expect, it } from "vitest";
import { contrastRatio } from "./oklch-contrast";

const root = path.resolve(__dirname, "../../..");
const source = path.join(root, "app/globals.css");
let css = "";
let compiled = "";

/** The declarations of the first rule whose selector is exactly `selector`, as a name → value map. */
function tokens(text: string, selector: string): Map<string, string> {
  const start = text.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  const body = text.slice(start + selector.length + 2, text.indexOf("\n}", start) + 1);
  const map = new Map<string, string>();
  for (const match of body.matchAll(/(--[\w-]+|color-scheme):\s*([^;]+);/g)) map.set(match[1]!, match[2]!.replace(/\s+/g, " ").trim());
  return map;
}

/** The `oklch(...)` arguments of a token. */
function oklch(map: Map<string, string>, name: string): string {
  const value = map.get(`--${name}`);
  const inner = value?.match(/^oklch\(([^)]*)\)$/)?.[1];
  if (!inner) throw new Error(`--${name} is not an oklch color: ${value}`);
  return inner;
}

beforeAll(async () => {
  css = await readFile(source, "utf8");
  const result = await postcss([tailwind({ base: root })]).process(css, { from: source });
  compiled = result.css;
});

describe("app/globals.css", () => {
  it("compiles with Tailwind and emits the token utilities the kit relies on", () => {
    for (const utility of [
      ".bg-surface",
      ".bg-surface-2",
      ".text-muted",
      ".border-border",
      ".bg-accent",
      ".text-accent-foreground",
      ".text-success",
      ".text-warning",
      ".text-danger",
      ".text-info",
      ".bg-danger-solid",
      ".shadow-popover",
      ".animate-pop-in",
      ".font-mono",
    ]) {
      expect(compiled, utility).toContain(`${utility} {`);
    }
    expect(compiled).toContain("--color-surface: var(--surface)");
    expect(compiled).toContain("var(--font-geist-sans)");
  });

  it("scopes dark: utilities to a .dark ancestor", () => {
    expect(compiled).toMatch(/\.dark\\:[\w-]+:where\(\.dark, \.dark \*\)/);
  });

  it("keeps the .dark class block and the prefers-color-scheme block identical", () => {
    const media = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
    const fromClass = tokens(css, ".dark");
    const fromMedia = tokens(media, "  :root:not(.light)");
    expect(fromClass.size).toBeGreaterThan(15);
    expect(Object.fromEntries(fromMedia)).toEqual(Object.fromEntries(fromClass));
  });

  it("defines every light token in dark too", () => {
    const light = [...tokens(css, ":root").keys()];
    const dark = tokens(css, ".dark");
    expect(light.filter((name) => !dark.has(name))).toEqual([]);
  });

  it("respects reduced motion and shows a focus ring", () => {
    expect(compiled).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
    expect(compiled).toMatch(/:focus-visible\s*{\s*outline: 2px solid var\(--color-ring\)/);
  });
});

describe("color contrast (WCAG AA, 4.5:1 for text)", () => {
  const schemes = () => {
    const light = tokens(css, ":root");
    const dark = new Map([...light, ...tokens(css, ".dark")]);
    return { light, dark };
  };

  it.each(["light", "dark"] as const)("%s: text and tone colors are readable on surfaces", (scheme) => {
    const map = schemes()[scheme];
    for (const fg of ["text", "muted", "accent-text", "success", "warning", "danger", "info"]) {
      for (const bg of ["surface", "background", "surface-2"]) {
        expect(contrastRatio(oklch(map, fg), oklch(map, bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it.each(["light", "dark"] as const)("%s: white labels are readable on solid buttons, hovered too", (scheme) => {
    const map = schemes()[scheme];
    for (const bg of ["accent", "accent-hover", "danger-solid", "danger-solid-hover"]) {
      expect(contrastRatio(oklch(map, "accent-foreground"), oklch(map, bg)), `white on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(["light", "dark"] as const)("%s: the focus ring stands out from the page (3:1)", (scheme) => {
    const map = schemes()[scheme];
    expect(contrastRatio(oklch(map, "ring"), oklch(map, "background"))).toBeGreaterThanOrEqual(3);
  });
});
