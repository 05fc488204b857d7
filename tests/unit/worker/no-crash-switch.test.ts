// Crash points belong to the tests: production code has no switch that kills the worker. The
// crash-safety tests pass hooks to startWorker instead (tests/support/crash-worker.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../../..");
const SKIPPED = ["lib/adapters/db/generated"];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (SKIPPED.includes(rel)) return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|mjs)$/.test(name) ? [rel] : [];
  });
}

describe("the worker's crash points", () => {
  it("are not read from the environment, nor do they kill the process, anywhere in lib/", () => {
    const files = sourceFiles("lib");
    expect(files).toContain("lib/services/worker/worker.ts");
    const offending = files.filter((file) => /WORKER_CRASH_|process\.kill\(/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(offending).toEqual([]);
  });
});
