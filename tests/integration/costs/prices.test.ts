// Prices are data: a team's own price changes the next estimate (and the cost of generations
// submitted after it) but never the cost of generations already made. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { join, startCostsApp, stopCostsApp, submitAndFinish, t2v, type CostsEnv } from "./helpers";

const T2V_720 = { model: "wan2.6-t2v", region: "singapore", tier: "720P", audio: "any" };
const findRow = (prices: Record<string, unknown>[], key: Record<string, string>) =>
  prices.find((p) => Object.entries(key).every(([k, v]) => p[k] === v)) as Record<string, any> | undefined;

describe.each(DB_KINDS)("prices on %s", (kind) => {
  const env: Partial<CostsEnv> = {};
  let owner: Client;
  let account: { teamId: string; projectId: string };

  beforeAll(async () => {
    Object.assign(env, await startCostsApp(kind));
    owner = new Client(env.app!.url);
    account = await owner.signUp("Price Owner", uniqueEmail("prices"));
  });
  afterAll(() => stopCostsApp(env));

  it("lists the defaults, and offered combinations without a price as unknown", async () => {
    const res = await owner.json("/api/v1/prices");
    expect(res.status).toBe(200);
    expect(findRow(res.body.prices, T2V_720)).toMatchObject({
      origin: "default",
      currency: "USD",
      pricePerSecond: "0.1",
      source: "third-party listing",
      override: null,
    });
    expect(findRow(res.body.prices, { model: "wan2.6-r2v-flash", region: "beijing", tier: "720P", audio: "silent" })).toMatchObject({
      currency: "CNY",
      pricePerSecond: "0.15",
    });
    expect(findRow(res.body.prices, { model: "wan2.6-t2v", region: "virginia", tier: "720P" })).toMatchObject({ origin: "none", pricePerSecond: null });

    // No known price: the estimate still works, says so and gives the billed seconds.
    const unknown = await owner.json("/api/v1/estimates", { body: { ...t2v(account.projectId), region: "virginia" } });
    expect(unknown.status).toBe(200);
    expect(unknown.body.estimate).toMatchObject({ priceKnown: false, amount: null, billedSeconds: 5 });
  });

  it("a team price changes the next estimate but not what past generations cost", async () => {
    const before = await submitAndFinish(owner, t2v(account.projectId, "Made at the default price"));
    expect(before.actual).toMatchObject({ billedSeconds: 5, amount: "0.5" });

    const put = await owner.json("/api/v1/prices", { method: "PUT", body: { ...T2V_720, pricePerSecond: "0.2" } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    expect(put.body.price).toMatchObject({
      origin: "team",
      currency: "USD",
      pricePerSecond: "0.2",
      default: expect.objectContaining({ pricePerSecond: "0.1" }),
      override: expect.objectContaining({ active: true }),
    });

    const estimate = await owner.json("/api/v1/estimates", { body: t2v(account.projectId) });
    expect(estimate.body.estimate).toMatchObject({ unitPrice: "0.2", amount: "1", priceSource: "team price" });
    const past = await owner.json(`/api/v1/generations/${before.id}`);
    expect(past.body.actual).toMatchObject({ amount: "0.5" });
    expect(past.body.estimate).toMatchObject({ amount: "0.5" });

    const after = await submitAndFinish(owner, t2v(account.projectId, "Made at the team price"));
    expect(after.actual).toMatchObject({ billedSeconds: 5, amount: "1" });
    const usage = await owner.json("/api/v1/usage?groupBy=model");
    expect(usage.body.rows).toEqual([expect.objectContaining({ key: "wan2.6-t2v", generations: 2, actualAmount: "1.5" })]);

    // Setting it again replaces it; removing it brings the default back.
    const again = await owner.json("/api/v1/prices", { method: "PUT", body: { ...T2V_720, pricePerSecond: "0.15", currency: "USD" } });
    expect(again.status).toBe(200);
    const listed = findRow((await owner.json("/api/v1/prices")).body.prices, T2V_720)!;
    expect(listed).toMatchObject({ origin: "team", pricePerSecond: "0.15" });
    expect((await owner.json(`/api/v1/prices/${listed.override.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await owner.json("/api/v1/estimates", { body: t2v(account.projectId) })).body.estimate).toMatchObject({ unitPrice: "0.1", amount: "0.5" });
    expect((await owner.json(`/api/v1/prices/${listed.default.id}`, { method: "DELETE" })).status).toBe(404);

    const audit = (await owner.json("/api/v1/audit?action=price.")).body.items.map((e: { action: string; data: Record<string, unknown> }) => [
      e.action,
      e.data,
    ]);
    expect(audit).toEqual([
      ["price.deleted", expect.objectContaining({ model: "wan2.6-t2v", old: expect.objectContaining({ pricePerSecond: "0.15" }) })],
      [
        "price.changed",
        expect.objectContaining({ old: expect.objectContaining({ pricePerSecond: "0.2" }), new: expect.objectContaining({ pricePerSecond: "0.15" }) }),
      ],
      ["price.changed", expect.objectContaining({ old: null, new: expect.objectContaining({ pricePerSecond: "0.2", currency: "USD" }) })],
    ]);
  });

  it("a price that starts later is listed as upcoming and not used yet", async () => {
    const put = await owner.json("/api/v1/prices", { method: "PUT", body: { ...T2V_720, pricePerSecond: "0.3", effectiveFrom: "2099-01-01" } });
    expect(put.status).toBe(201);
    expect(put.body.price).toMatchObject({
      origin: "default",
      pricePerSecond: "0.1",
      override: expect.objectContaining({ pricePerSecond: "0.3", active: false, effectiveFrom: "2099-01-01T00:00:00.000Z" }),
    });
    expect((await owner.json("/api/v1/estimates", { body: t2v(account.projectId) })).body.estimate.amount).toBe("0.5");
    await owner.json(`/api/v1/prices/${put.body.price.override.id}`, { method: "DELETE" });
  });

  it("keeps team prices to their team and to owners and admins", async () => {
    const member = await join(env.app!, owner, "member");
    expect((await member.client.json("/api/v1/prices", { method: "PUT", body: { ...T2V_720, pricePerSecond: "0.01" } })).status).toBe(403);
    expect((await member.client.json("/api/v1/prices")).status).toBe(200);

    const put = await owner.json("/api/v1/prices", { method: "PUT", body: { ...T2V_720, pricePerSecond: "0.5" } });
    const stranger = new Client(env.app!.url);
    const theirs = await stranger.signUp("Stranger", uniqueEmail("stranger"));
    expect((await stranger.json(`/api/v1/prices/${put.body.price.override.id}`, { method: "DELETE" })).status).toBe(404);
    expect(findRow((await stranger.json("/api/v1/prices")).body.prices, T2V_720)).toMatchObject({ origin: "default", pricePerSecond: "0.1" });
    expect((await stranger.json("/api/v1/estimates", { body: t2v(theirs.projectId) })).body.estimate.amount).toBe("0.5");
    await owner.json(`/api/v1/prices/${put.body.price.override.id}`, { method: "DELETE" });
  });

  it("refuses malformed prices with 422 naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...T2V_720, model: "wan9-t2v", pricePerSecond: "0.1" }, "model"],
      [{ ...T2V_720, region: "virginia", model: "wan2.6-r2v-flash", pricePerSecond: "0.1" }, "region"],
      [{ ...T2V_720, tier: "480P", pricePerSecond: "0.1" }, "tier"],
      [{ ...T2V_720, audio: "silent", pricePerSecond: "0.1" }, "audio"],
      [{ ...T2V_720, pricePerSecond: 0.1 }, "pricePerSecond"],
      [{ ...T2V_720, pricePerSecond: "cheap" }, "pricePerSecond"],
      [{ ...T2V_720, pricePerSecond: "0.1", currency: "EUR" }, "currency"],
      [{ ...T2V_720, pricePerSecond: "0.1", effectiveFrom: "soon" }, "effectiveFrom"],
    ];
    for (const [body, path] of cases) {
      const res = await owner.json("/api/v1/prices", { method: "PUT", body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(
        res.body.error.issues.map((i: { path: string }) => i.path),
        JSON.stringify(body),
      ).toContain(path);
    }
  });
});
