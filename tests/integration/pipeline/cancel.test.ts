// Cancel and edit-while-queued over real HTTP on SQLite and PostgreSQL, with the worker as its own
// process and the DashScope simulator. First without a worker (queued rows stay queued): a queued
// cancel never reaches the provider, costs 0 and frees the budget; who may cancel; cancel-queued;
// PATCH edits. Then with the worker: cancel while PENDING at the provider, while the create call
// is under way, and refused once the provider generates (it finishes and is billed); finished → 409.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { DB_KINDS, startApp, stopChild, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { startWorkerProcess, type WorkerProcess } from "@/tests/support/worker";
import { join } from "@/tests/integration/admin/helpers";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DB_KINDS)("cancel and edit on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  let worker: WorkerProcess | undefined;
  let owner: Client;
  let member: Client;
  let otherMember: Client;
  let viewer: Client;
  let projectId: string;

  const submit = async (c: Client, prompt: string, body: Record<string, unknown> = {}) => {
    const res = await c.json("/api/v1/generations", { body: { ...t2vBody(projectId, prompt), ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.generation as { id: string; status: string };
  };
  const cancel = (c: Client, id: string) => c.json(`/api/v1/generations/${id}/cancel`, { method: "POST" });
  const eventTypes = async (c: Client, id: string) =>
    (await c.json(`/api/v1/generations/${id}/events`)).body.events.map((e: { type: string }) => e.type) as string[];
  const simTask = (prompt: string) => sim.stats().tasks.find((t) => t.prompt === prompt);

  /** A team of its own with a 0.60 USD monthly budget: room for one 0.50 generation. */
  async function budgetTeam(label: string) {
    const c = new Client(app.url);
    const account = await c.signUp(`${label} Owner`, uniqueEmail(label));
    const put = await c.json("/api/v1/budgets", { method: "PUT", body: { projectId: null, currency: "USD", amount: "0.60" } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    const body = (prompt: string) => t2vBody(account.projectId, prompt);
    const committed = async () => (await c.json("/api/v1/budgets")).body.budgets[0].committed as string;
    return { c, body, committed };
  }

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 100, runningMs: 300 });
    app = await startApp(kind, {
      DASHSCOPE_API_KEY: "sk-test-singapore",
      DASHSCOPE_REGION: "singapore",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
      WORKER_IN_PROCESS: "false",
    });
    owner = new Client(app.url);
    projectId = (await owner.signUp("Olivia", uniqueEmail("cancel-owner"))).projectId;
    member = await join(app, owner, "member", "Max");
    otherMember = await join(app, owner, "member", "Mia");
    viewer = await join(app, owner, "viewer", "Vic");
  }, 60_000);
  afterAll(async () => {
    if (worker) await stopChild(worker.child);
    await app?.stop();
    await sim?.close();
  });

  describe("before the worker runs", () => {
    it("cancels a queued generation locally: never sent, cost 0, its budget free at once", async () => {
      const team = await budgetTeam("cancel-budget");
      const first = await team.c.json("/api/v1/generations", { body: team.body("Queued then canceled") });
      expect(first.status).toBe(201);
      expect(await team.committed()).toBe("0.5");
      const refused = await team.c.json("/api/v1/generations", { body: team.body("Does not fit yet") });
      expect(refused.status).toBe(402);

      const canceled = await cancel(team.c, first.body.generation.id);
      expect(canceled.status, JSON.stringify(canceled.body)).toBe(200);
      expect(canceled.body.outcome).toBe("canceled");
      expect(canceled.body.generation).toMatchObject({ status: "canceled", actual: { amount: "0" } });
      expect(canceled.body.generation.error.message).toContain("before it was sent to the provider");
      expect(await team.committed()).toBe("0");
      const fits = await team.c.json("/api/v1/generations", { body: team.body("Fits now") });
      expect(fits.status).toBe(201);
      // An edit is budget-checked again: twice as long no longer fits, and nothing of it is kept.
      const longer = await team.c.json(`/api/v1/generations/${fits.body.generation.id}`, { method: "PATCH", body: { duration: 10 } });
      expect(longer.status).toBe(402);
      expect(longer.body.error.code).toBe("budget_exceeded");
      expect((await team.c.json(`/api/v1/generations/${fits.body.generation.id}`)).body.request.duration).toBe(5);

      expect(await eventTypes(team.c, first.body.generation.id)).toEqual(["queued", "canceled"]);
      const audit = await team.c.json("/api/v1/audit?action=generation.canceled");
      expect(audit.body.items).toHaveLength(1);
      const again = await cancel(team.c, first.body.generation.id);
      expect(again.status).toBe(409);
      expect(again.body.error.message).toBe("This generation is already canceled.");
    });

    it("lets only the creator or an admin cancel: viewer 403, another member 403, another team 404", async () => {
      const g = await submit(member, "Max's queued clip");
      expect((await cancel(viewer, g.id)).status).toBe(403);
      const notHers = await cancel(otherMember, g.id);
      expect(notHers.status).toBe(403);
      expect(notHers.body.error.message).toContain("Only admins");
      const stranger = new Client(app.url);
      await stranger.signUp("Stranger", uniqueEmail("cancel-stranger"));
      expect((await cancel(stranger, g.id)).status).toBe(404);
      expect((await stranger.json(`/api/v1/generations/${g.id}`, { method: "PATCH", body: { duration: 10 } })).status).toBe(404);
      expect((await viewer.json(`/api/v1/generations/${g.id}`, { method: "PATCH", body: { duration: 10 } })).status).toBe(403);
      expect((await otherMember.json(`/api/v1/generations/${g.id}`, { method: "PATCH", body: { duration: 10 } })).status).toBe(403);
      const byAdmin = await cancel(owner, g.id);
      expect(byAdmin.status).toBe(200);
      expect(byAdmin.body.generation.error.message).toContain("Olivia");
    });

    it("edits a queued generation: validated, estimated again, on the timeline and in the audit log", async () => {
      const g = await submit(member, "A fox in the snow");
      const edited = await member.json(`/api/v1/generations/${g.id}`, { method: "PATCH", body: { prompt: "A fox in deep snow, slow motion", duration: 10 } });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect(edited.body.generation).toMatchObject({ status: "queued", prompt: "A fox in deep snow, slow motion", request: { duration: 10 } });
      expect(edited.body.generation.estimate).toMatchObject({ outputSeconds: 10, billedSeconds: 10, amount: "1" });

      const events = (await member.json(`/api/v1/generations/${g.id}/events`)).body.events;
      const edit = events.find((e: { type: string }) => e.type === "edited");
      expect(edit.message).toContain("duration, prompt");
      const audit = await owner.json("/api/v1/audit?action=generation.edited");
      expect(audit.body.items).toEqual([expect.objectContaining({ action: "generation.edited", targetId: g.id })]);

      const invalid = await member.json(`/api/v1/generations/${g.id}`, { method: "PATCH", body: { duration: 20 } });
      expect(invalid.status).toBe(422);
      expect(invalid.body.error.issues.map((i: { path: string }) => i.path)).toContain("duration");
      const badSize = await member.json(`/api/v1/generations/${g.id}`, { method: "PATCH", body: { size: "12x34" } });
      expect(badSize.status).toBe(422);
      expect(badSize.body.error.issues.map((i: { path: string }) => i.path)).toContain("size");
      // Nothing of the refused edits was kept.
      expect((await member.json(`/api/v1/generations/${g.id}`)).body.request.duration).toBe(10);
      expect((await cancel(member, g.id)).status).toBe(200);
    });

    it("cancels every queued generation of a project: a member's own, an admin's everyone's; a viewer 403", async () => {
      const project = await owner.json("/api/v1/projects", { body: { name: "Cancel all" } });
      expect(project.status, JSON.stringify(project.body)).toBe(201);
      const pid = project.body.project.id as string;
      const body = (prompt: string) => ({ ...t2vBody(pid, prompt) });
      for (const p of ["Mine one", "Mine two"]) expect((await member.json("/api/v1/generations", { body: body(p) })).status).toBe(201);
      expect((await owner.json("/api/v1/generations", { body: body("Admin's own") })).status).toBe(201);

      expect((await viewer.json(`/api/v1/projects/${pid}/cancel-queued`, { method: "POST" })).status).toBe(403);
      const mine = await member.json(`/api/v1/projects/${pid}/cancel-queued`, { method: "POST" });
      expect(mine.status, JSON.stringify(mine.body)).toBe(200);
      expect(mine.body).toEqual({ canceled: 2, requested: 0, skipped: 0 });
      const all = await owner.json(`/api/v1/projects/${pid}/cancel-queued`, { method: "POST" });
      expect(all.body).toEqual({ canceled: 1, requested: 0, skipped: 0 });
      const items = (await owner.json(`/api/v1/generations?projectId=${pid}`)).body.items;
      expect(items.map((g: { status: string }) => g.status)).toEqual(["canceled", "canceled", "canceled"]);
      const stranger = new Client(app.url);
      await stranger.signUp("Stranger", uniqueEmail("cancel-all-stranger"));
      expect((await stranger.json(`/api/v1/projects/${pid}/cancel-queued`, { method: "POST" })).status).toBe(404);
    });
  });

  describe("with the worker", () => {
    beforeAll(() => {
      worker = startWorkerProcess(app, { WORKER_TICK_MS: "200", WORKER_POLL_INTERVAL_MS: "1500" });
    });

    it("never sent what was canceled while queued", async () => {
      const sent = await submit(member, "Sent after the worker started");
      await waitForStatus(member, sent.id, ["succeeded"], 45_000);
      const prompts = sim.stats().tasks.map((t) => t.prompt);
      expect(prompts).toContain("Sent after the worker started");
      for (const p of ["Queued then canceled", "Max's queued clip", "A fox in deep snow, slow motion", "Mine one", "Mine two", "Admin's own"])
        expect(prompts).not.toContain(p);
    }, 60_000);

    it("cancels a task PENDING at the provider: canceled there, cost 0, budget free", async () => {
      sim.configure({ pendingMs: 60_000, runningMs: 300 });
      const team = await budgetTeam("cancel-pending");
      const created = await team.c.json("/api/v1/generations", { body: team.body("Waiting in the provider's queue") });
      const id = created.body.generation.id as string;
      await waitForStatus(team.c, id, ["pending"], 20_000);
      expect(simTask("Waiting in the provider's queue")?.status).toBe("PENDING");
      expect((await team.c.json("/api/v1/generations", { body: team.body("No room yet") })).status).toBe(402);

      const canceled = await cancel(team.c, id);
      expect(canceled.status, JSON.stringify(canceled.body)).toBe(200);
      expect(canceled.body.generation).toMatchObject({ status: "canceled", actual: { amount: "0" } });
      expect(simTask("Waiting in the provider's queue")?.status).toBe("CANCELED");
      expect(await team.committed()).toBe("0");
      expect((await team.c.json("/api/v1/generations", { body: team.body("Room again") })).status).toBe(201);
      await sleep(2_000); // a few polls later: still canceled, the worker agrees
      expect((await team.c.json(`/api/v1/generations/${id}`)).body.status).toBe("canceled");
      expect(await eventTypes(team.c, id)).toContain("canceled");
    }, 60_000);

    it("cancels while the create call is under way once its answer is known (202 requested)", async () => {
      sim.configure({ pendingMs: 60_000, runningMs: 300, createLatencyMs: 3_000 });
      try {
        const g = await submit(member, "Cancel during the create call");
        await sleep(1_200); // the worker has claimed it and waits for the provider's answer
        const requested = await cancel(member, g.id);
        expect(requested.status, JSON.stringify(requested.body)).toBe(202);
        expect(requested.body.outcome).toBe("requested");
        expect(requested.body.generation.status).toBe("queued");
        const done = await waitForStatus(member, g.id, ["canceled", "succeeded", "failed"], 30_000);
        expect(done.status).toBe("canceled");
        expect(done.actual).toMatchObject({ amount: "0" });
        expect(simTask("Cancel during the create call")?.status).toBe("CANCELED");
        expect(await eventTypes(member, g.id)).toEqual(expect.arrayContaining(["cancel_requested", "submitted", "canceled"]));
      } finally {
        sim.configure({ createLatencyMs: 0 });
      }
    }, 60_000);

    it("says plainly when the provider already generates: it keeps following it to the end, billed", async () => {
      sim.configure({ pendingMs: 1, runningMs: 6_000 });
      const g = await submit(member, "Already generating");
      const before = await waitForStatus(member, g.id, ["pending", "running"], 20_000);
      const refused = await cancel(member, g.id);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain("already generating");
      expect(refused.body.error.message).toContain("it will finish and be billed");
      // Still pending here (the next poll is a second away), so the provider itself refused the cancel.
      expect(before.status).toBe("pending");
      expect(await eventTypes(member, g.id)).toContain("cancel_refused");
      expect(sim.stats().tasks.find((t) => t.prompt === "Already generating")?.status).toBe("RUNNING");

      await waitForStatus(member, g.id, ["running"], 20_000);
      const again = await cancel(member, g.id);
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain("it will finish and be billed");
      const done = await waitForStatus(member, g.id, ["succeeded", "failed", "canceled", "expired"], 45_000);
      expect(done.status).toBe("succeeded");
      expect(done.actual).toEqual({ billedSeconds: 5, amount: "0.5", currency: "USD" });

      const finished = await cancel(member, g.id);
      expect(finished.status).toBe(409);
      expect(finished.body.error.message).toContain("already finished (succeeded)");
      const late = await member.json(`/api/v1/generations/${g.id}`, { method: "PATCH", body: { duration: 10 } });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toContain("Only queued generations can be edited");
    }, 80_000);
  });
});
