// Every screen and message shows an amount the same way: the one formatter of lib/rules/billing/money.ts,
// exact to the micro-unit ($1.425 stays $1.425, never $1.43 on one screen and $1.425 on another).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { costLabel, money as galleryMoney } from "@/components/gallery/cost";
import { describeEvent } from "@/components/gallery/detail/events";
import { money as reportMoney } from "@/components/reports/format";
import { assertWithinBudget } from "@/lib/services/budgets/spend";
import { AppError } from "@/lib/contracts/errors";
import { generation } from "../gallery/fixtures";

const CASES = [
  ["1.425", "USD", "$1.425"],
  ["0.675", "USD", "$0.675"],
  ["1.4", "USD", "$1.40"],
  ["0.5", "USD", "$0.50"],
  ["0.061875", "USD", "$0.061875"],
  ["0.6", "CNY", "¥0.60"],
  ["2.125", "CNY", "¥2.125"],
] as const;

describe.each(CASES)("%s %s is shown as %s everywhere", (amount, currency, text) => {
  it("in galleries and on the generation page", () => {
    expect(galleryMoney(amount, currency)).toBe(text);
    const estimate = { ...generation().estimate!, amount, currency };
    expect(costLabel(generation({ status: "running", estimate })).text).toBe(`est. ${text}`);
    expect(costLabel(generation({ status: "succeeded", actual: { billedSeconds: 5, amount, currency } })).text).toBe(text);
  });

  it("in reports, budgets and price settings", () => {
    expect(reportMoney(amount, currency)).toBe(text);
  });

  it("in the timeline", () => {
    const event = describeEvent({
      id: "e1",
      type: "queued",
      actorId: null,
      message: null,
      data: { billedSeconds: 5, amount, currency },
      createdAt: "2026-01-01T00:00:00Z",
    });
    expect(event.details).toContainEqual({ label: "Estimated cost", value: text, copy: false });
  });
});

describe("the budget_exceeded message", () => {
  function fakeTx(limitMicros: bigint, committedMicros: bigint) {
    return {
      budget: { findMany: async () => [{ projectId: null, currency: "USD", amountMicros: limitMicros }] },
      generation: {
        aggregate: async (q: { _sum: Record<string, true> }) => ({
          _sum: "actualAmountMicros" in q._sum ? { actualAmountMicros: committedMicros } : { estimatedAmountMicros: null },
        }),
      },
    } as unknown as Parameters<typeof assertWithinBudget>[0];
  }
  const key = { model: "wan2.6-t2v", region: "singapore", tier: "720P" as const, audio: true };

  it("names every amount exactly, in the same format as the screens", async () => {
    const error = await assertWithinBudget(fakeTx(1_425_000n, 675_000n), "t1", "p1", "USD", 1_000_000n, key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("budget_exceeded");
    expect((error as AppError).message).toBe(
      "This generation ($1.00) would exceed the team's monthly budget of $1.425: $0.675 is already committed this month, $0.75 is left. An admin can raise the budget.",
    );
  });
});

describe("no second money formatter", () => {
  const ROOT = path.resolve(__dirname, "../../..");
  const ALLOWED = new Set([path.join("lib", "rules", "billing", "money.ts")]);
  const sources = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir)).flatMap((name) => {
      const rel = path.join(dir, name);
      if (["generated", "simulator", "node_modules"].includes(name)) return [];
      if (statSync(path.join(ROOT, rel)).isDirectory()) return sources(rel);
      return /\.(ts|tsx)$/.test(name) ? [rel] : [];
    });

  it("formats amounts only through lib/rules/billing/money.ts", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap(sources)
      .filter((file) => !ALLOWED.has(file))
      .filter((file) => /¥|style:\s*["']currency["']|currencyDisplay|fullPrecision|USD:\s*["']\$["']/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
