// Submit → the worker runs against the simulator → actual cost from the provider's usage → the
// usage report and its CSV, per role and per team, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { join, r2vFlash, startCostsApp, stopCostsApp, submitAndFinish, t2v, today, type CostsEnv } from "./helpers";

describe.each(DB_KINDS)("usage reports on %s", (kind) => {
  const env: Partial<CostsEnv> = {};
  let owner: Client;
  let account: { teamId: string; projectId: string; user: { id: string } };

  beforeAll(async () => {
    Object.assign(env, await startCostsApp(kind));
    owner = new Client(env.app!.url);
    account = await owner.signUp("Olivia Owner", uniqueEmail("owner"));
  });
  afterAll(() => stopCostsApp(env));

  it("bills t2v and r2v from the simulator's usage and reports them by model, day and in CSV", async () => {
    const text = await submitAndFinish(owner, t2v(account.projectId));
    expect(text.status).toBe("succeeded");
    expect(text.estimate).toMatchObject({ billedSeconds: 5, unitPrice: "0.1", currency: "USD", amount: "0.5" });
    expect(text.actual).toMatchObject({ billedSeconds: 5, amount: "0.5", currency: "USD" });

    const ref = await submitAndFinish(owner, r2vFlash(env.sim!, account.projectId));
    expect(ref.status).toBe("succeeded");
    expect(ref.estimate).toMatchObject({ outputSeconds: 5, inputVideoSeconds: 2.5, billedSeconds: 7.5, unitPrice: "0.05", amount: "0.375" });
    expect(ref.actual).toMatchObject({ billedSeconds: 7.5, amount: "0.375", currency: "USD" });

    const byModel = await owner.json("/api/v1/usage?groupBy=model");
    expect(byModel.status).toBe(200);
    expect(byModel.body).toMatchObject({ groupBy: "model", scope: "team", to: today() });
    const flash = byModel.body.rows.find((r: { key: string }) => r.key === "wan2.6-r2v-flash");
    expect(flash).toMatchObject({
      currency: "USD",
      generations: 1,
      succeeded: 1,
      failed: 0,
      billedSeconds: 7.5,
      estimatedAmount: "0.375",
      actualAmount: "0.375",
      committedAmount: "0.375",
      mismatches: 0,
    });
    expect(byModel.body.rows.find((r: { key: string }) => r.key === "wan2.6-t2v")).toMatchObject({
      actualAmount: "0.5",
      billedSeconds: 5,
      label: "Wan 2.6 text-to-video",
    });
    expect(byModel.body.totals).toEqual([
      expect.objectContaining({ currency: "USD", generations: 2, succeeded: 2, billedSeconds: 12.5, actualAmount: "0.875", inFlight: 0 }),
    ]);

    const byDay = await owner.json("/api/v1/usage?groupBy=day");
    expect(byDay.body.rows).toEqual([expect.objectContaining({ key: today(), currency: "USD", generations: 2, actualAmount: "0.875" })]);
    const byMonth = await owner.json("/api/v1/usage?groupBy=month");
    expect(byMonth.body.rows).toEqual([expect.objectContaining({ key: today().slice(0, 7), actualAmount: "0.875" })]);
    const byProject = await owner.json("/api/v1/usage?groupBy=project");
    expect(byProject.body.rows).toEqual([expect.objectContaining({ key: account.projectId, label: "First project", generations: 2 })]);
    const byRegion = await owner.json("/api/v1/usage?groupBy=region");
    expect(byRegion.body.rows).toEqual([expect.objectContaining({ key: "singapore", label: "Singapore" })]);

    const res = await owner.fetch("/api/v1/usage.csv?groupBy=model");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="usage-by-model-.*\.csv"/);
    const csv = (await res.text()).replace(/^\uFEFF/, "");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "from,to,group_by,key,label,currency,generations,succeeded,failed,canceled,expired,in_flight,billed_seconds,estimated_amount,actual_amount,in_flight_amount,committed_amount,mismatches,price_unknown,video_lost,video_lost_amount,unpriced_billed_seconds",
    );
    expect(lines).toContain(
      `${byModel.body.from},${today()},model,wan2.6-r2v-flash,Wan 2.6 reference-to-video Flash,USD,1,1,0,0,0,0,7.5,0.375,0.375,0,0.375,0,0,0,0,0`,
    );
    expect(lines).toHaveLength(3);
  });

  it("shows members only their own generations and never another team's", async () => {
    const member = await join(env.app!, owner, "member", "Mia Member");
    expect((await submitAndFinish(member.client, t2v(account.projectId, "Member's own clip"))).status).toBe("succeeded");

    const own = await member.client.json("/api/v1/usage?groupBy=user");
    expect(own.body.scope).toBe("own");
    expect(own.body.rows).toEqual([expect.objectContaining({ key: member.userId, label: "Mia Member", generations: 1, actualAmount: "0.5" })]);
    expect(own.body.totals).toEqual([expect.objectContaining({ generations: 1, actualAmount: "0.5" })]);
    const ownCsv = await (await member.client.fetch("/api/v1/usage.csv?groupBy=user")).text();
    expect(ownCsv).toContain("Mia Member");
    expect(ownCsv).not.toContain("Olivia Owner");

    const all = await owner.json("/api/v1/usage?groupBy=user");
    expect(all.body.scope).toBe("team");
    expect(all.body.rows.map((r: { label: string }) => r.label).sort()).toEqual(["Mia Member", "Olivia Owner"]);

    const viewer = await join(env.app!, owner, "viewer");
    const nothing = await viewer.client.json("/api/v1/usage?groupBy=model");
    expect(nothing.status).toBe(200);
    expect(nothing.body).toMatchObject({ scope: "own", rows: [], totals: [] });

    const stranger = new Client(env.app!.url);
    const strangerAccount = await stranger.signUp("Stranger", uniqueEmail("stranger"));
    const theirs = await stranger.json("/api/v1/usage?groupBy=project");
    expect(theirs.body).toMatchObject({ scope: "team", rows: [], totals: [] });
    expect((await stranger.json(`/api/v1/usage?projectId=${account.projectId}`)).status).toBe(404);
    expect((await owner.json(`/api/v1/usage?projectId=${strangerAccount.projectId}`)).status).toBe(404);
    expect((await owner.json(`/api/v1/usage?groupBy=model&projectId=${account.projectId}`)).body.totals[0].generations).toBe(3);
  });

  it("refuses bad query parameters with 422 naming them", async () => {
    const cases: [string, string][] = [
      ["groupBy=week", "groupBy"],
      ["from=2026-02-30", "from"],
      ["to=yesterday", "to"],
      ["from=2026-03-02&to=2026-03-01", "from"],
      ["from=2020-01-01&to=2026-01-01", "to"],
      ["colour=blue", ""],
    ];
    for (const [query, path] of cases) {
      const res = await owner.json(`/api/v1/usage?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.body.error.code).toBe("validation_failed");
      expect(
        res.body.error.issues.map((i: { path: string }) => i.path),
        query,
      ).toContain(path);
    }
    expect((await owner.fetch("/api/v1/usage.csv?groupBy=week")).status).toBe(422);
    expect((await new Client(env.app!.url).json("/api/v1/usage")).status).toBe(401);
  });
});
