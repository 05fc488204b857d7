// The app's <Toaster/> (sonner) and how call sites use it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_TOAST_DURATION, Toaster } from "@/components/ui/toast";
import { html } from "./render";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const toasterFile = path.resolve("components/ui/toast.tsx");
const clientSources = ["components", "app"]
  .flatMap((dir) => sourceFiles(path.resolve(dir)))
  .filter((file) => file !== toasterFile)
  .map((file) => ({ file, text: readFileSync(file, "utf8") }));

/** The full text of each `toast.error(…)` call, up to its closing parenthesis. */
function errorCalls(text: string): string[] {
  return [...text.matchAll(/\btoast\.error\(/g)].map((match) => {
    let depth = 0;
    for (let i = match.index; i < text.length; i++) {
      if (text[i] === "(") depth += 1;
      if (text[i] === ")" && --depth === 0) return text.slice(match.index, i + 1);
    }
    return text.slice(match.index);
  });
}

describe("Toaster", () => {
  it("renders one polite live region labelled for screen readers", () => {
    const markup = html(Toaster, {});
    expect(markup).toMatch(/<section[^>]*aria-label="Notifications alt\+T"/);
    expect(markup).toContain('aria-live="polite"');
  });
});

describe("toast call sites", () => {
  it("show toasts with sonner's toast()", () => {
    const callers = clientSources.filter(({ text }) => /\btoast(\.\w+)?\(/.test(text));
    expect(callers.length).toBeGreaterThan(0);
    for (const { file, text } of callers) expect(text, file).toMatch(/import \{ toast \} from "sonner";/);
  });

  it("keep error toasts up longer than the default", () => {
    expect(ERROR_TOAST_DURATION).toBe(8000);
    const calls = clientSources.flatMap(({ file, text }) => errorCalls(text).map((call) => ({ file, call })));
    expect(calls.length).toBeGreaterThan(0);
    for (const { file, call } of calls) expect(call, file).toContain("duration: ERROR_TOAST_DURATION");
  });
});
