// A task the provider finished is billed, even when its video cannot be stored before the provider's
// link expires: the generation ends expired, but its actual cost stays and counts in budgets, the
// usage report (and CSV) and on the generation page; on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { startCostsApp, stopCostsApp, submitAndFinish, t2v, type CostsEnv } from "./helpers";

describe.each(DB_KINDS)("billed tasks whose video was lost on %s", (kind) => {
  const env: Partial<CostsEnv> = {};
  let owner: Client;
  let account: { teamId: string; projectId: string };

  beforeAll(async () => {
    Object.assign(env, await startCostsApp(kind));
    owner = new Client(env.app!.url);
    account = await owner.signUp("Lost Video Owner", uniqueEmail("lost"));
  });
  afterAll(() => stopCostsApp(env));

  it("keeps the provider's bill when the result link expires before the video is stored", async () => {
    const budget = await owner.json("/api/v1/budgets", { method: "PUT", body: { projectId: null, currency: "USD", amount: "10" } });
    expect(budget.status).toBe(201);

    // Result URLs expire the moment the task finishes: the archive cannot fetch the video.
    env.sim!.configure({ resultTtlMs: 0 });
    const lost = await submitAndFinish(owner, t2v(account.projectId, "A lighthouse whose video is lost"));
    env.sim!.configure({ resultTtlMs: 24 * 3600_000 });

    expect(lost.status).toBe("expired");
    expect(lost.error.code).toBe("ResultExpired");
    expect(lost.video).toBeNull();
    expect(lost.actual).toEqual({ billedSeconds: 5, amount: "0.5", currency: "USD" });
    const task = env.sim!.stats().tasks.find((t) => t.taskId === lost.providerTaskId);
    expect(task?.status).toBe("SUCCEEDED");

    // Budgets count it as spent.
    const budgets = await owner.json("/api/v1/budgets");
    expect(budgets.body.budgets).toEqual([expect.objectContaining({ committed: "0.5", remaining: "9.5" })]);
    const estimate = await owner.json("/api/v1/estimates", { body: t2v(account.projectId) });
    expect(estimate.body.budgets).toEqual([expect.objectContaining({ scope: "team", committed: "0.5" })]);

    // The report bills it, and says the video was lost.
    const usage = await owner.json("/api/v1/usage?groupBy=model");
    expect(usage.body.totals).toEqual([
      expect.objectContaining({
        currency: "USD",
        generations: 1,
        succeeded: 0,
        expired: 1,
        billedSeconds: 5,
        actualAmount: "0.5",
        committedAmount: "0.5",
        videoLost: 1,
        videoLostAmount: "0.5",
        unpricedBilledSeconds: 0,
      }),
    ]);
    const csv = await owner.fetch("/api/v1/usage.csv?groupBy=model");
    const [header, line] = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
    const cells = Object.fromEntries(header.split(",").map((name, i) => [name, line.split(",")[i]]));
    expect(cells).toMatchObject({ expired: "1", billed_seconds: "5", actual_amount: "0.5", video_lost: "1", video_lost_amount: "0.5" });

    // The generation page says so.
    const page = await owner.fetch(`/generations/${lost.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Billed, video lost");
  });

  it("still charges nothing for a task the provider failed", async () => {
    const failed = await submitAndFinish(owner, t2v(account.projectId, "Refused at the provider [sim:fail=DataInspectionFailed]"));
    expect(failed.status).toBe("failed");
    expect(failed.actual).toEqual({ billedSeconds: 0, amount: "0", currency: "USD" });
    const usage = await owner.json("/api/v1/usage?groupBy=model");
    expect(usage.body.totals).toEqual([expect.objectContaining({ failed: 1, expired: 1, actualAmount: "0.5", videoLost: 1 })]);
  });
});
