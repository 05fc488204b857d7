// Favourites, tags and review status over real HTTP on SQLite and PostgreSQL: who may do what,
// what is refused (naming the field), what the list filters find, and that another team sees none of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { join } from "@/tests/integration/admin/helpers";

describe.each(DB_KINDS)("review marks on %s", (kind) => {
  let sim: RunningSimulator;
  let app: TestApp;
  let owner: Client;
  let member: Client;
  let viewer: Client;
  let stranger: Client;
  let projectId: string;
  let done: string[];
  let queuedId: string;

  const put = (c: Client, id: string, what: string, body?: unknown) => c.json(`/api/v1/generations/${id}/${what}`, { method: "PUT", body });
  const ids = async (c: Client, query: string) =>
    (await c.json(`/api/v1/generations?projectId=${projectId}&${query}`)).body.items.map((g: { id: string }) => g.id);

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 50, runningMs: 100 });
    app = await startApp(kind, { DASHSCOPE_BASE_URL: sim.baseUrlTemplate, SIMULATOR_PENDING_MS: "50", SIMULATOR_RUNNING_MS: "100" });
    owner = new Client(app.url);
    projectId = (await owner.signUp("Rita", uniqueEmail("review-owner"))).projectId;
    member = await join(app, owner, "member", "Max");
    viewer = await join(app, owner, "viewer", "Vic");
    stranger = new Client(app.url);
    await stranger.signUp("Stan", uniqueEmail("review-stranger"));
    done = [];
    for (const prompt of ["A heron at dawn", "A fox at noon", "An owl at night"]) {
      const res = await owner.json("/api/v1/generations", { body: t2vBody(projectId, prompt) });
      done.push(res.body.generation.id);
    }
    for (const id of done) await waitForStatus(owner, id, ["succeeded"]);
    // Held for approval, so it stays unfinished.
    await owner.json("/api/v1/approvals/policy", { method: "PUT", body: { estimateOver: { USD: "0.01" } } });
    queuedId = (await owner.json("/api/v1/generations", { body: t2vBody(projectId, "Still waiting") })).body.generation.id;
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it("keeps favourites per user, viewers included, and filters by them", async () => {
    expect((await put(viewer, done[0], "favourite")).body).toEqual({ favourite: true });
    expect((await put(viewer, done[0], "favourite")).body).toEqual({ favourite: true }); // idempotent
    expect((await put(member, done[1], "favourite")).status).toBe(200);
    expect(await ids(viewer, "favourite=true")).toEqual([done[0]]);
    expect(await ids(member, "favourite=true")).toEqual([done[1]]);
    expect(await ids(owner, "favourite=true")).toEqual([]);
    expect((await viewer.json(`/api/v1/generations/${done[0]}`)).body.favourite).toBe(true);
    expect((await owner.json(`/api/v1/generations/${done[0]}`)).body.favourite).toBe(false);
    const listed = (await viewer.json(`/api/v1/generations?projectId=${projectId}`)).body.items;
    expect(listed.find((g: { id: string }) => g.id === done[0]).favourite).toBe(true);
    expect((await viewer.json(`/api/v1/generations/${done[0]}/favourite`, { method: "DELETE" })).body).toEqual({ favourite: false });
    expect(await ids(viewer, "favourite=true")).toEqual([]);
  });

  it("stores tags normalized, lists the team's tags and filters by one", async () => {
    const res = await put(member, done[0], "tags", { tags: ["  Hero   Shot ", "hero shot", "V2"] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.generation.tags).toEqual(["hero shot", "v2"]);
    await put(owner, done[1], "tags", { tags: ["v2", "客户 A"] });
    expect((await owner.json("/api/v1/tags")).body.items).toEqual([
      { name: "hero shot", count: 1 },
      { name: "v2", count: 2 },
      { name: "客户 a", count: 1 },
    ]);
    expect(await ids(owner, "tag=V2")).toEqual([done[1], done[0]]);
    expect(await ids(owner, "tag=hero%20shot")).toEqual([done[0]]);
    expect(await ids(owner, "tag=%25")).toEqual([]);
    expect((await put(member, done[0], "tags", { tags: ["v2"] })).body.generation.tags).toEqual(["v2"]);
    expect((await put(member, done[0], "tags", { tags: [] })).body.generation.tags).toEqual([]);
  });

  it("refuses bad tags naming the field, and changes nothing", async () => {
    await put(owner, done[2], "tags", { tags: ["keep"] });
    const cases: [unknown, string][] = [
      [{ tags: ["a,b"] }, "tags.0"],
      [{ tags: ["ok", "   "] }, "tags.1"],
      [{ tags: ["x".repeat(41)] }, "tags.0"],
      [{ tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, "tags"],
      [{ tags: "v2" }, "tags"],
      [{ tags: ["ok"], extra: 1 }, ""],
    ];
    for (const [body, path] of cases) {
      const res = await put(owner, done[2], "tags", body);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      if (path) expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect((await owner.json(`/api/v1/generations/${done[2]}`)).body.tags).toEqual(["keep"]);
  });

  it("records a review with who and when, only on succeeded videos, and filters by it", async () => {
    const res = await put(member, done[0], "review", { status: "changes_requested" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.generation.review).toMatchObject({ status: "changes_requested", by: { name: "Max" } });
    await put(owner, done[1], "review", { status: "approved" });
    expect(await ids(owner, "reviewStatus=approved")).toEqual([done[1]]);
    expect(await ids(owner, "reviewStatus=changes_requested")).toEqual([done[0]]);
    expect(await ids(owner, "reviewStatus=none")).toEqual([queuedId, done[2]]);
    const events = (await owner.json(`/api/v1/generations/${done[0]}/events`)).body.events;
    expect(events.at(-1)).toMatchObject({ type: "reviewed", message: "Changes requested by Max" });
    const cleared = await put(owner, done[0], "review", { status: null });
    expect(cleared.body.generation.review).toBeNull();
    expect((await put(owner, queuedId, "review", { status: "approved" })).status).toBe(409);
    const bad = await put(owner, done[0], "review", { status: "great" });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe("status");
    expect((await owner.json(`/api/v1/generations?reviewStatus=great`)).status).toBe(422);
    const audit = (await owner.json("/api/v1/audit")).body.items.map((e: { action: string }) => e.action);
    expect(audit).toContain("generation.reviewed");
  });

  it("lets viewers favourite but not tag or review", async () => {
    expect((await put(viewer, done[0], "tags", { tags: ["mine"] })).status).toBe(403);
    expect((await put(viewer, done[0], "review", { status: "approved" })).status).toBe(403);
  });

  it("answers 404 to another team for every route", async () => {
    const answers = [
      (await put(stranger, done[0], "favourite")).status,
      (await stranger.json(`/api/v1/generations/${done[0]}/favourite`, { method: "DELETE" })).status,
      (await put(stranger, done[0], "tags", { tags: ["x"] })).status,
      (await put(stranger, done[0], "review", { status: "approved" })).status,
    ];
    expect(answers).toEqual([404, 404, 404, 404]);
    expect((await stranger.json("/api/v1/tags")).body.items).toEqual([]);
  });
});
