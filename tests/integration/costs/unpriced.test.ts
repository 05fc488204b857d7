// Models without a known price (wan2.5-t2v-preview has none in Singapore): without a budget they run
// and their billed seconds are reported apart, never as an amount; once a budget applies the submit
// is refused (402 price_unknown) naming the model, region and tier, until an admin sets a price.
// The estimate says who can set it. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { join, startCostsApp, stopCostsApp, submit, submitAndFinish, t2v, type CostsEnv } from "./helpers";

const unpriced = (projectId: string, prompt = "A paper lantern drifting over a lake") => ({
  projectId,
  model: "wan2.5-t2v-preview",
  region: "singapore",
  prompt,
  size: "1280*720",
  duration: 5,
});

describe.each(DB_KINDS)("generations without a known price on %s", (kind) => {
  const env: Partial<CostsEnv> = {};
  let owner: Client;
  let account: { teamId: string; projectId: string };

  beforeAll(async () => {
    Object.assign(env, await startCostsApp(kind));
    owner = new Client(env.app!.url);
    account = await owner.signUp("Olivia Owner", uniqueEmail("unpriced"));
  });
  afterAll(() => stopCostsApp(env));

  it("runs without a budget and reports its billed seconds apart from every amount", async () => {
    const done = await submitAndFinish(owner, unpriced(account.projectId));
    expect(done.status).toBe("succeeded");
    expect(done.estimate).toMatchObject({ priceKnown: false, amount: null, billedSeconds: 5, currency: "USD" });
    expect(done.actual).toEqual({ billedSeconds: 5, amount: null, currency: "USD" });
    const priced = await submitAndFinish(owner, t2v(account.projectId));
    expect(priced.actual).toMatchObject({ amount: "0.5" });

    const usage = await owner.json("/api/v1/usage?groupBy=model");
    expect(usage.body.totals).toEqual([
      expect.objectContaining({
        currency: "USD",
        succeeded: 2,
        billedSeconds: 10,
        unpricedBilledSeconds: 5,
        actualAmount: "0.5",
        committedAmount: "0.5",
        priceUnknown: 1,
      }),
    ]);
    expect(usage.body.rows.find((r: { key: string }) => r.key === "wan2.5-t2v-preview")).toMatchObject({
      billedSeconds: 5,
      unpricedBilledSeconds: 5,
      actualAmount: "0",
      priceUnknown: 1,
    });
    const csv = (await (await owner.fetch("/api/v1/usage.csv?groupBy=model")).text()).replace(/^\uFEFF/, "").split("\r\n");
    const columns = csv[0].split(",");
    const row = csv.map((line) => line.split(",")).find((cells) => cells[columns.indexOf("key")] === "wan2.5-t2v-preview")!;
    expect(row[columns.indexOf("unpriced_billed_seconds")]).toBe("5");
    expect(row[columns.indexOf("actual_amount")]).toBe("0");
  });

  it("refuses it once a budget applies, naming the model, region and tier, and sends nothing", async () => {
    const budget = await owner.json("/api/v1/budgets", { method: "PUT", body: { projectId: null, currency: "USD", amount: "100" } });
    expect(budget.status).toBe(201);

    const refused = await submit(owner, unpriced(account.projectId, "Refused: no price under a budget"));
    expect(refused.status).toBe(402);
    expect(refused.body.error.code).toBe("price_unknown");
    expect(refused.body.error.message).toContain("wan2.5-t2v-preview");
    expect(refused.body.error.message).toContain("Singapore");
    expect(refused.body.error.message).toContain("720P");
    expect(refused.body.error.message).toMatch(/admin/);
    expect(refused.body.error.details).toMatchObject({ model: "wan2.5-t2v-preview", region: "singapore", tier: "720P", scope: "team", currency: "USD" });
    expect(refused.body.error.details.settingsUrl).toMatch(/^\/settings\/budgets\?model=wan2\.5-t2v-preview&region=singapore&tier=720P/);
    expect(env.sim!.stats().tasks.filter((t) => t.prompt.startsWith("Refused"))).toHaveLength(0);
    const list = await owner.json(`/api/v1/generations?projectId=${account.projectId}&model=wan2.5-t2v-preview`);
    expect(list.body.items).toHaveLength(1);

    // A priced model under the same budget still goes through.
    expect((await submit(owner, t2v(account.projectId, "Priced under the budget"))).status).toBe(201);
  });

  it("tells admins where to set the price and members who can", async () => {
    const admin = await join(env.app!, owner, "admin", "Adam Admin");
    const member = await join(env.app!, owner, "member", "Mia Member");

    const asAdmin = await admin.client.json("/api/v1/estimates", { body: unpriced(account.projectId) });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.missingPrice).toMatchObject({ model: "wan2.5-t2v-preview", region: "singapore", tier: "720P", canSet: true, setBy: [] });
    expect(asAdmin.body.missingPrice.settingsUrl).toContain("/settings/budgets?model=wan2.5-t2v-preview&region=singapore&tier=720P");

    const asMember = await member.client.json("/api/v1/estimates", { body: unpriced(account.projectId) });
    expect(asMember.body.missingPrice).toMatchObject({ canSet: false, setBy: ["Olivia Owner", "Adam Admin"] });
    expect((await member.client.json("/api/v1/estimates", { body: t2v(account.projectId) })).body.missingPrice).toBeNull();

    // The link opens the price settings on that row.
    const page = await admin.client.fetch(asAdmin.body.missingPrice.settingsUrl.replace(/#.*$/, ""));
    const html = await page.text();
    const focused = html.match(/<tr[^>]*data-focused="true"[^>]*>[\s\S]*?<\/tr>/)?.[0] ?? "";
    expect(focused).toContain("wan2.5-t2v-preview");
    expect(focused).toContain("720P");

    // Once an admin sets the price, the budget can count it and the submit goes through.
    const price = await admin.client.json("/api/v1/prices", {
      method: "PUT",
      body: { model: "wan2.5-t2v-preview", region: "singapore", tier: "720P", pricePerSecond: "0.085" },
    });
    expect(price.status, JSON.stringify(price.body)).toBe(201);
    const accepted = await submit(member.client, unpriced(account.projectId, "Priced now"));
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body.generation.estimate).toMatchObject({ priceKnown: true, amount: "0.425" });
  });
});
