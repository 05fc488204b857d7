// The list's filters and cursor, each against the rows it should return: newest first (createdAt,
// then id), several rows per instant, prompt text matched as text (% and _ are no wildcards).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/adapters/db/client";
import { DB_KINDS, startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";

interface Seeded {
  id: string;
  projectId: string;
  creatorId: string;
  model: string;
  status: string;
  prompt: string;
  createdAt: Date;
}

const PROMPTS = ["A Drone shot", "a drone SHOT at dusk", "100% sunset", "under_score city", "back\\slash", "plain"];
const MODELS = ["wan2.6-t2v", "wan2.5-t2v-preview"];
const STATUSES = ["succeeded", "failed", "running", "archiving", "canceled"];

describe.each(DB_KINDS)("generation list filters on %s", (kind) => {
  let app: TestApp;
  let c: Client;
  let prisma: Db;
  let rows: Seeded[];
  let owner: { projectId: string; userId: string };
  let otherProjectId: string;
  let otherUserId: string;

  beforeAll(async () => {
    app = await startApp(kind, { WORKER_IN_PROCESS: "false" });
    c = new Client(app.url);
    const signedUp = await c.signUp("Lena List", uniqueEmail("list"));
    owner = { projectId: signedUp.projectId, userId: signedUp.user.id };
    prisma = createDb(app.databaseUrl);
    otherProjectId = (await prisma.project.create({ data: { teamId: signedUp.teamId, name: "Second" } })).id;
    otherUserId = (await prisma.user.create({ data: { email: uniqueEmail("other"), name: "Olga Other" } })).id;
    const base = Date.UTC(2026, 10, 20, 12);
    rows = [];
    for (let i = 0; i < 24; i++) {
      const data = {
        teamId: signedUp.teamId,
        projectId: i % 2 ? owner.projectId : otherProjectId,
        creatorId: i % 3 ? owner.userId : otherUserId,
        mode: "t2v",
        model: MODELS[i % 2],
        region: "singapore",
        prompt: `${PROMPTS[i % PROMPTS.length]} ${i}`,
        request: { projectId: owner.projectId, model: MODELS[i % 2], region: "singapore", prompt: `${PROMPTS[i % PROMPTS.length]} ${i}` },
        status: STATUSES[i % STATUSES.length],
        keySource: "simulator",
        requestHash: `list-${i}`,
        // Three rows per instant, twelve hours apart: the cursor must break ties by id.
        createdAt: new Date(base + Math.floor(i / 3) * 12 * 3_600_000),
      };
      const created = await prisma.generation.create({ data });
      rows.push({ ...data, id: created.id });
    }
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await app?.stop();
  });

  const newestFirst = (list: Seeded[]) =>
    [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).map((r) => r.id);

  async function ids(query: string): Promise<string[]> {
    const res = await c.json<{ items: { id: string }[] }>(`/api/v1/generations?limit=100&${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items.map((g) => g.id);
  }

  it("each filter returns exactly its rows, newest first", async () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();
    const cases: [string, (r: Seeded) => boolean][] = [
      ["", () => true],
      [`projectId=${owner.projectId}`, (r) => r.projectId === owner.projectId],
      ["status=failed", (r) => r.status === "failed"],
      // archiving shows as running
      ["status=running,canceled", (r) => ["running", "archiving", "canceled"].includes(r.status)],
      ["model=wan2.5-t2v-preview", (r) => r.model === "wan2.5-t2v-preview"],
      [`creatorId=${otherUserId}`, (r) => r.creatorId === otherUserId],
      ["q=DRONE%20shot", (r) => r.prompt.toLowerCase().includes("drone shot")],
      ["q=100%25", (r) => r.prompt.includes("100%")],
      ["q=%25", (r) => r.prompt.includes("%")],
      ["q=_", (r) => r.prompt.includes("_")],
      ["q=%5C", (r) => r.prompt.includes("\\")],
      ["from=2026-11-22", (r) => r.createdAt.getTime() >= day("2026-11-22")],
      ["to=2026-11-22", (r) => r.createdAt.getTime() < day("2026-11-23")],
      [
        "from=2026-11-21&to=2026-11-22&model=wan2.6-t2v",
        (r) => r.createdAt.getTime() >= day("2026-11-21") && r.createdAt.getTime() < day("2026-11-23") && r.model === "wan2.6-t2v",
      ],
      ["projectId=nowhere", () => false],
    ];
    for (const [query, keep] of cases) expect(await ids(query), query).toEqual(newestFirst(rows.filter(keep)));
  });

  it("walking by cursor two at a time lists every row once, in order, across ties", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string; creator: { id: string; name: string } }[]; nextCursor: string | null } } = await c.json(
        `/api/v1/generations?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...res.body.items.map((g) => g.id));
      for (const g of res.body.items) expect(g.creator.name).toBe(g.creator.id === otherUserId ? "Olga Other" : "Lena List");
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(newestFirst(rows));
  });
});
