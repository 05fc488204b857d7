// The report aggregates in SQL: with 100,000 generations in a team it still answers quickly, and
// every status, currency, mismatch and unknown price lands in the right bucket.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { seedGenerations, type SeedGeneration } from "./seed";

const TOTAL = 100_000;
const STATUSES = ["succeeded", "succeeded", "succeeded", "failed", "canceled", "expired", "running"] as const;

/** Every 7th is failed, canceled, expired or running; every 10th is in Beijing (CNY); some mismatch or have no price. */
function* syntheticGenerations(account: { teamId: string; projectId: string; user: { id: string } }): Generator<SeedGeneration> {
  for (let i = 0; i < TOTAL; i++) {
    const status = STATUSES[i % STATUSES.length];
    const beijing = i % 10 === 0;
    const succeeded = status === "succeeded";
    yield {
      teamId: account.teamId,
      projectId: account.projectId,
      creatorId: account.user.id,
      model: i % 2 ? "wan2.6-t2v" : "wan2.6-r2v-flash",
      region: beijing ? "beijing" : "singapore",
      currency: beijing ? "CNY" : "USD",
      status,
      // Spread over January 2026, one generation every ~27 s.
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 26_784),
      estimatedBilledMs: 5000,
      estimatedAmountMicros: i % 97 === 0 ? null : 500_000n,
      actualBilledMs: succeeded ? (i % 50 === 0 ? 6000 : 5000) : status === "running" ? null : 0,
      actualAmountMicros: succeeded ? (i % 97 === 0 ? null : i % 50 === 0 ? 600_000n : 500_000n) : status === "running" ? null : 0n,
      costMismatch: succeeded && i % 50 === 0,
    };
  }
}

describe.each(DB_KINDS)("usage report at scale on %s", (kind) => {
  let app: TestApp;
  let owner: Client;
  let account: { teamId: string; projectId: string; user: { id: string } };

  beforeAll(async () => {
    app = await startApp(kind, { WORKER_IN_PROCESS: "false" });
    owner = new Client(app.url);
    account = await owner.signUp("Scale Owner", uniqueEmail("scale"));
    await seedGenerations(app.databaseUrl, syntheticGenerations(account));
  }, 600_000);
  afterAll(async () => {
    await app?.stop();
  });

  it("answers every grouping over 100,000 generations quickly and exactly", async () => {
    // The expected figures, computed the slow way.
    const expected = new Map<
      string,
      {
        generations: number;
        succeeded: number;
        inFlight: number;
        actual: bigint;
        inFlightMicros: bigint;
        mismatches: number;
        unknown: number;
        billedMs: number;
      }
    >();
    for (let i = 0; i < TOTAL; i++) {
      const status = STATUSES[i % STATUSES.length];
      const currency = i % 10 === 0 ? "CNY" : "USD";
      const e = expected.get(currency) ?? { generations: 0, succeeded: 0, inFlight: 0, actual: 0n, inFlightMicros: 0n, mismatches: 0, unknown: 0, billedMs: 0 };
      e.generations++;
      if (i % 97 === 0) e.unknown++;
      if (status === "succeeded") {
        e.succeeded++;
        e.billedMs += i % 50 === 0 ? 6000 : 5000;
        if (i % 97 !== 0) e.actual += i % 50 === 0 ? 600_000n : 500_000n;
        if (i % 50 === 0) e.mismatches++;
      }
      if (status === "running") {
        e.inFlight++;
        if (i % 97 !== 0) e.inFlightMicros += 500_000n;
      }
      expected.set(currency, e);
    }

    for (const groupBy of ["day", "month", "model", "region", "project", "user"]) {
      const started = performance.now();
      const res = await owner.json(`/api/v1/usage?from=2026-01-01&to=2026-01-31&groupBy=${groupBy}`);
      const ms = performance.now() - started;
      expect(res.status).toBe(200);
      expect(ms, `groupBy=${groupBy} took ${Math.round(ms)} ms`).toBeLessThan(3_000);
      const totals = Object.fromEntries(res.body.totals.map((t: { currency: string }) => [t.currency, t]));
      for (const [currency, e] of expected) {
        expect(totals[currency], `${groupBy} ${currency}`).toMatchObject({
          generations: e.generations,
          succeeded: e.succeeded,
          inFlight: e.inFlight,
          billedSeconds: e.billedMs / 1000,
          actualAmount: (Number(e.actual) / 1e6).toString(),
          inFlightAmount: (Number(e.inFlightMicros) / 1e6).toString(),
          mismatches: e.mismatches,
          priceUnknown: e.unknown,
        });
      }
      if (groupBy === "day") expect(res.body.rows.filter((r: { currency: string }) => r.currency === "USD")).toHaveLength(31);
      if (groupBy === "month")
        expect(res.body.rows.map((r: { key: string; currency: string }) => `${r.key} ${r.currency}`)).toEqual(["2026-01 CNY", "2026-01 USD"]);
    }

    const csv = await owner.fetch("/api/v1/usage.csv?from=2026-01-01&to=2026-01-31&groupBy=day");
    expect((await csv.text()).trimEnd().split("\r\n")).toHaveLength(1 + 62);
  });
});
