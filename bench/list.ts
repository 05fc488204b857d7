// The gallery's list endpoint with 100,000 generations in one team (SQLite), 50 per page by
// cursor: p95 over HTTP, in the service, and of the raw SQL for the same page; plus the gallery
// page's first-load JavaScript (gzip). Run: npx tsx bench/list.ts
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { startApp } from "@/tests/support/app";
import { Client } from "@/tests/support/client";
import { percentile, round, timed } from "@/bench/lib/stats";

function seed(file: string, teamId: string, projectId: string, creatorId: string, rows: number) {
  const sqlite = new Database(file);
  const insert = sqlite.prepare(
    `INSERT INTO "Generation" (id, teamId, projectId, creatorId, mode, model, region, prompt, request, status, keySource, requestHash, nextAttemptAt, attempts, costMismatch, createdAt, updatedAt, currency, estimatedBilledMs, estimatedAmountMicros)
     VALUES (?, ?, ?, ?, 't2v', ?, 'singapore', ?, ?, ?, 'simulator', 'h', ?, 0, 0, ?, ?, 'USD', 5000, 500000)`,
  );
  const models = ["wan2.6-t2v", "wan2.5-t2v-preview", "wan2.6-r2v-flash"];
  const statuses = ["succeeded", "succeeded", "succeeded", "failed", "running"];
  const start = Date.now() - rows * 60_000;
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) {
      const at = new Date(start + i * 60_000).toISOString();
      const prompt = `Seeded clip ${i}: a drone shot over a coastline`;
      insert.run(
        `bench${String(i).padStart(7, "0")}`,
        teamId,
        projectId,
        creatorId,
        models[i % 3],
        prompt,
        JSON.stringify({ model: models[i % 3], prompt }),
        statuses[i % 5],
        at,
        at,
        at,
      );
    }
  })();
  sqlite.close();
}

function rawPage(file: string, teamId: string, pages: number) {
  const sqlite = new Database(file, { readonly: true });
  const first = sqlite.prepare(
    `SELECT g.*, u.name AS creatorName FROM "Generation" g JOIN "User" u ON u.id = g.creatorId WHERE g.teamId = ? ORDER BY g.createdAt DESC, g.id DESC LIMIT 51`,
  );
  const next = sqlite.prepare(
    `SELECT g.*, u.name AS creatorName FROM "Generation" g JOIN "User" u ON u.id = g.creatorId WHERE g.teamId = ? AND (g.createdAt < ? OR (g.createdAt = ? AND g.id < ?)) ORDER BY g.createdAt DESC, g.id DESC LIMIT 51`,
  );
  const times: number[] = [];
  let last: { createdAt: string; id: string } | undefined;
  for (let i = 0; i < pages; i++) {
    const t = performance.now();
    const rows = (last ? next.all(teamId, last.createdAt, last.createdAt, last.id) : first.all(teamId)) as { createdAt: string; id: string }[];
    times.push(performance.now() - t);
    last = rows[49];
  }
  sqlite.close();
  return times;
}

/** The list service itself (Prisma query + resource mapping), without HTTP and auth. */
async function servicePages(databaseUrl: string, who: { teamId: string; userId: string }, pages: number) {
  process.env.DATABASE_URL = databaseUrl;
  const { listGenerations } = await import("@/lib/services/generations/queries");
  const actor = { user: { id: who.userId, email: "", name: "" }, teamId: who.teamId, teamName: "", role: "owner" as const, via: "session" as const };
  for (let i = 0; i < 20; i++) await listGenerations(actor, { limit: 50 });
  const times: number[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < pages; i++) {
    const [page, ms] = await timed(() => listGenerations(actor, { limit: 50, cursor }));
    times.push(ms);
    cursor = page.nextCursor ?? undefined;
  }
  return times;
}

async function firstLoadJs(c: Client, path: string): Promise<number> {
  const html = await (await c.fetch(path)).text();
  // Legacy polyfills (`noModule`) are not loaded by the browsers the app supports.
  const tags = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3]));
  const scripts = [...new Set(tags.map((m) => m[2]))];
  let total = 0;
  for (const src of scripts) total += gzipSync(Buffer.from(await (await c.fetch(src)).arrayBuffer())).length;
  return total;
}

export async function runListBench({ rows = 100_000, pages = 200 } = {}) {
  const app = await startApp("sqlite", { WORKER_IN_PROCESS: "false" });
  try {
    const c = new Client(app.url);
    const { teamId, projectId, user } = await c.signUp("Bench", `list.${Date.now()}@example.com`);
    const file = app.databaseUrl.replace(/^file:/, "");
    seed(file, teamId, projectId, user.id, rows);
    const http: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 20; i++) await c.json("/api/v1/generations?limit=50"); // warm-up
    for (let i = 0; i < pages; i++) {
      const [res, ms]: [{ body: { nextCursor: string | null; items: unknown[] } }, number] = await timed(() =>
        c.json(`/api/v1/generations?limit=50${cursor ? `&cursor=${cursor}` : ""}`),
      );
      if (res.body.items.length !== 50) throw new Error("short page");
      http.push(ms);
      cursor = res.body.nextCursor;
    }
    const raw = rawPage(file, teamId, pages);
    const service = await servicePages(app.databaseUrl, { teamId, userId: user.id }, pages);
    const jsBytes = await firstLoadJs(c, `/projects/${projectId}`);
    return {
      rows,
      pageSize: 50,
      httpP50Ms: round(percentile(http, 50)),
      httpP95Ms: round(percentile(http, 95)),
      goalP95Ms: 25,
      serviceP95Ms: round(percentile(service, 95), 3),
      rawSqlP95Ms: round(percentile(raw, 95), 3),
      ratioServiceToRawSql: round(percentile(service, 95) / percentile(raw, 95), 2),
      ratioHttpToRawSql: round(percentile(http, 95) / percentile(raw, 95), 1),
      galleryFirstLoadJsGzipKb: round(jsBytes / 1024, 1),
      goalFirstLoadJsKb: 250,
    };
  } finally {
    await app.stop();
  }
}

if (process.argv[1]?.endsWith("list.ts")) runListBench().then((r) => console.log(JSON.stringify(r, null, 2)));
