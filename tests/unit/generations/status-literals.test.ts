// No generation status is spelled out as a string outside the state machine
// (lib/rules/generation-status.ts): code names them through its constants and sets, so adding or
// renaming a status is one edit there. Migrations, the generated Prisma clients and tests are
// outside the scan.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATION_STATUSES, PUBLIC_STATUSES } from "@/lib/rules/generation-status";

const ROOT = path.resolve(__dirname, "../../..");
const SCANNED = ["lib", "app", "components", "scripts"];
const MODULE = "lib/rules/generation-status.ts";
const SKIPPED = ["lib/adapters/db/generated/", "node_modules/"];
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

const WORDS = [...new Set<string>([...GENERATION_STATUSES, ...PUBLIC_STATUSES, "archiving"])];
// A status word quoted on its own: "running", or 'failed' in SQL. Uppercase provider task statuses
// (PENDING, RUNNING), comments and Markdown in descriptions (`running`) are prose, not literals.
const LITERAL = new RegExp(`(["'])(${WORDS.join("|")})\\1`, "g");
const COMMENT_LINE = /^\s*(\/\/|\/\*|\*)/;
const TRAILING_COMMENT = /\s\/\/\s.*$/;

/**
 * Files where one of those words names something of another machine, with the words it may use.
 * Each entry is a different state machine or field that happens to share a word.
 */
const OTHER_MACHINES: Record<string, { words: string[]; why: string }> = {
  "lib/rules/review.ts": { words: ["rejected"], why: "review statuses (approved | changes_requested | rejected)" },
  "lib/rules/webhook-events.ts": { words: ["pending", "failed"], why: "webhook delivery statuses (pending | delivered | failed)" },
  "lib/services/webhooks/schemas.ts": { words: ["pending", "failed"], why: "webhook delivery statuses" },
  "lib/services/webhooks/backoff.ts": { words: ["pending", "failed"], why: "webhook delivery statuses" },
  "lib/services/webhooks/enqueue.ts": { words: ["pending"], why: "a new webhook delivery is pending" },
  "lib/services/webhooks/deliveries.ts": { words: ["pending"], why: "webhook delivery statuses" },
  "lib/services/webhooks/deliver.ts": {
    words: ["pending", "failed", "rejected"],
    why: "webhook delivery statuses, the attempt's outcome, Promise.allSettled's rejected",
  },
  "lib/rules/billing/approval-policy.ts": { words: ["rejected"], why: "an admin's approval decision (approved | rejected)" },
  "components/app/settings/webhook-deliveries.tsx": { words: ["pending"], why: "webhook delivery statuses" },
  "lib/services/uploads/uploads.ts": { words: ["pending"], why: "the placeholder object key of an upload not yet stored" },
  "components/gallery/share-expiry.ts": { words: ["expired"], why: "the share link's `expired` field" },
  "lib/services/reports/csv.ts": { words: ["succeeded", "failed", "canceled", "expired"], why: "column names of the usage CSV (a published format)" },
  "lib/adapters/dashscope/cancel.ts": { words: ["canceled"], why: "the outcome of the provider's cancel call" },
  "lib/rules/cancel-outcome.ts": { words: ["canceled"], why: "the cancel route's outcome field" },
  "lib/services/worker/cancel-request.ts": { words: ["canceled"], why: "the outcome of the provider's cancel call" },
  "lib/services/generations/cancel.ts": { words: ["canceled"], why: "the cancel route's outcome field" },
  "app/api/v1/generations/[id]/cancel/route.ts": { words: ["canceled"], why: "the cancel route's outcome field" },
  "lib/rules/notification-events.ts": { words: ["pending", "failed"], why: "the notification outbox's own statuses" },
  "lib/services/notifications/deliver.ts": { words: ["pending", "failed", "rejected"], why: "outbox statuses and Promise.allSettled results" },
  "lib/services/notifications/emit.ts": { words: ["rejected"], why: "an approval decision" },
  "lib/services/approvals/events.ts": { words: ["rejected"], why: "an approval decision" },
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = `${dir}/${name}`;
    if (SKIPPED.some((s) => `${rel}/`.startsWith(s))) continue;
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (SOURCE.test(name)) out.push(rel);
  }
  return out;
}

function literalsIn(file: string): { line: number; word: string; text: string }[] {
  const found: { line: number; word: string; text: string }[] = [];
  readFileSync(path.join(ROOT, file), "utf8")
    .split("\n")
    .forEach((text, i) => {
      if (COMMENT_LINE.test(text)) return;
      for (const m of text.replace(TRAILING_COMMENT, "").matchAll(LITERAL)) found.push({ line: i + 1, word: m[2], text: text.trim() });
    });
  return found;
}

describe("generation status literals", () => {
  const files = SCANNED.flatMap(sourceFiles).filter((f) => f !== MODULE);

  it("scans the source tree", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain("lib/services/worker/worker.ts");
    expect(literalsIn(MODULE).length).toBeGreaterThan(0);
  });

  it("appear only in the state machine", () => {
    const offending = files.flatMap((file) =>
      literalsIn(file)
        .filter((hit) => !OTHER_MACHINES[file]?.words.includes(hit.word))
        .map((hit) => `${file}:${hit.line}: ${hit.text}`),
    );
    expect(offending).toEqual([]);
  });

  it("allows other machines' words only in files that still use them", () => {
    const stale = Object.entries(OTHER_MACHINES).flatMap(([file, { words }]) => {
      const used = new Set(literalsIn(file).map((hit) => hit.word));
      return words.filter((w) => !used.has(w)).map((w) => `${file}: ${w}`);
    });
    expect(stale).toEqual([]);
  });
});
