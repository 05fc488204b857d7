// Every text color token of the design system must be readable (WCAG AA, 4.5:1 for body text)
// on every surface it is used on, in light and dark: on the page, cards and raised areas, and each
// tone on its own tinted background (badges, banners). Reads the tokens from app/globals.css.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(path.resolve(__dirname, "../../../app/globals.css"), "utf8");

function tokens(selector: ":root" | ".dark"): Record<string, string> {
  const block = css.slice(css.indexOf(`${selector} {`));
  const body = block.slice(block.indexOf("{") + 1, block.indexOf("}"));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(oklch\([^)]*\))/g)].map((m) => [m[1], m[2]]));
}

type Rgb = [number, number, number];

/** oklch(L C H) → linear sRGB, clipped to the gamut (as the browser draws it). */
function oklchToLinearRgb(value: string): Rgb {
  const [l, c, h] = value
    .match(/oklch\(([^)]*)\)/)![1]
    .split(/\s+/)
    .map(Number);
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const rgb: Rgb = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
  return rgb.map((v) => Math.min(1, Math.max(0, v))) as Rgb;
}

// Alpha blending happens on gamma-encoded sRGB values, as in the browser.
const encode = (v: number) => (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
const decode = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const srgb = (value: string): Rgb => oklchToLinearRgb(value).map(encode) as Rgb;
const mix = (top: Rgb, bottom: Rgb, alpha: number): Rgb => top.map((v, i) => v * alpha + bottom[i] * (1 - alpha)) as Rgb;
const luminance = (rgb: Rgb) => 0.2126 * decode(rgb[0]) + 0.7152 * decode(rgb[1]) + 0.0722 * decode(rgb[2]);

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = ["text", "muted", "faint", "accent-text", "success", "warning", "danger", "info"];
const SURFACES = ["background", "surface", "surface-2"];
/** Tone text on its own tint, at the strongest tint the components use (bg-success/10 …). */
const TINTS: [text: string, tint: string, alpha: number][] = [
  ["accent-text", "accent", 0.15],
  ["success", "success", 0.1],
  ["warning", "warning", 0.1],
  ["danger", "danger", 0.1],
  ["info", "info", 0.1],
];

describe.each([
  ["light", ":root"],
  ["dark", ".dark"],
] as const)("%s theme", (_, selector) => {
  const t = tokens(selector);

  it.each(TEXT.flatMap((text) => SURFACES.map((surface) => [text, surface])))("%s on %s is at least 4.5:1", (text, surface) => {
    expect(contrast(srgb(t[text]), srgb(t[surface])), `${t[text]} on ${t[surface]}`).toBeGreaterThanOrEqual(4.5);
  });

  it.each(TINTS.flatMap(([text, tint, alpha]) => ["background", "surface"].map((base) => [text, tint, alpha, base] as const)))(
    "%s on %s/%s over %s is at least 4.5:1",
    (text, tint, alpha, base) => {
      const background = mix(srgb(t[tint]), srgb(t[base]), alpha);
      expect(contrast(srgb(t[text]), background)).toBeGreaterThanOrEqual(4.5);
    },
  );
});

it("the dark tokens of the media query match the .dark class", () => {
  const media = css.slice(css.indexOf(":root:not(.light) {"));
  const body = media.slice(media.indexOf("{") + 1, media.indexOf("}"));
  const dark = tokens(".dark");
  const mediaTokens = Array.from(body.matchAll(/--([\w-]+):\s*(oklch\([^)]*\))/g), (m) => [m[1], m[2]]);
  expect(mediaTokens.length).toBeGreaterThan(10);
  for (const [name, value] of mediaTokens) expect(dark[name], name).toBe(value);
});
