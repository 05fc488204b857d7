// The gallery's list endpoint with 100,000 generations in one team, 50 per page by cursor: the list
// service (query + resource mapping, no HTTP) against the raw SQL of the same page on SQLite and on
// PostgreSQL, the HTTP p95 on SQLite, and the gallery page's first-load JavaScript (gzip).
// Each service run is its own process (the configuration is read once per process).
// Run: npx tsx --conditions=react-server bench/list.ts (1M on PostgreSQL: BENCH_LIST_PG_ROWS=1000000)
import { execFileSync } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb } from "@/lib/adapters/db/client";
import { migrate } from "@/lib/adapters/db/migrate";
import { startApp } from "@/tests/support/app";
import { Client } from "@/tests/support/client";
import { percentile, round, timed } from "@/bench/lib/stats";
import { type BenchResult, row } from "@/bench/lib/table";
import { startTempPostgres } from "@/scripts/lib/temp-postgres.mjs";

const PAGES = 200;
const PAGE = 50;
const MODELS = ["wan2.6-t2v", "wan2.5-t2v-preview", "wan2.6-r2v-flash"];
const STATUSES = ["succeeded", "succeeded", "succeeded", "failed", "running"];
// The columns the Generation resource is built from (lib/services/generations/list-page.ts reads the same).
const COLUMNS = `g."id", g."projectId", g."creatorId", g."mode", g."model", g."region", g."prompt", g."status", g."keySource",
  g."providerTaskId", g."providerRequestId", g."errorCode", g."errorMessage", g."currency", g."actualBilledMs", g."costMismatch",
  g."videoKey", g."videoSha256", g."posterKey", g."approvalDecision", g."approvalDecidedById", g."approvalDecidedByName",
  g."approvalNote", g."approvalDecidedAt", g."reviewStatus", g."reviewedById", g."reviewedByName", g."reviewedAt", g."archivedAt",
  g."createdAt", g."submittedAt", g."finishedAt", g."request", g."warnings", g."estimate", g."approvalReasons", g."videoBytes",
  g."actualAmountMicros", u."name" AS "creatorName"`;
/** The page's review marks, as the service reads them: the viewer's favourite and the tags (the viewer's id is a seeded cuid). */
const marks = (
  userId: string,
  aggregate: string,
) => `EXISTS (SELECT 1 FROM "Favourite" f WHERE f."generationId" = g."id" AND f."userId" = '${userId}') AS "favourite",
  (SELECT ${aggregate} FROM "GenerationTag" t WHERE t."generationId" = g."id") AS "tags"`;
const FROM = `FROM "Generation" g LEFT JOIN "User" u ON u."id" = g."creatorId"`;
const ORDER = `ORDER BY g."createdAt" DESC, g."id" DESC LIMIT ${PAGE + 1}`;

interface Owner {
  teamId: string;
  projectId: string;
  userId: string;
}

function seedSqlite(file: string, o: Owner, rows: number) {
  const sqlite = new Database(file);
  const insert = sqlite.prepare(
    `INSERT INTO "Generation" (id, teamId, projectId, creatorId, mode, model, region, prompt, request, status, keySource, requestHash, nextAttemptAt, attempts, costMismatch, createdAt, updatedAt, currency, estimatedBilledMs, estimatedAmountMicros)
     VALUES (?, ?, ?, ?, 't2v', ?, 'singapore', ?, ?, ?, 'simulator', 'h', ?, 0, 0, ?, ?, 'USD', 5000, 500000)`,
  );
  const start = Date.now() - rows * 60_000;
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) {
      const at = new Date(start + i * 60_000).toISOString().replace("Z", "+00:00");
      const prompt = `Seeded clip ${i}: a drone shot over a coastline`;
      const model = MODELS[i % 3];
      insert.run(
        `bench${String(i).padStart(7, "0")}`,
        o.teamId,
        o.projectId,
        o.userId,
        model,
        prompt,
        JSON.stringify({ model, prompt }),
        STATUSES[i % 5],
        at,
        at,
        at,
      );
    }
  })();
  sqlite.close();
}

async function seedPostgres(url: string, o: Owner, rows: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const models = `(ARRAY['${MODELS.join("','")}'])[i % 3 + 1]`;
  const statuses = `(ARRAY['${STATUSES.join("','")}'])[i % 5 + 1]`;
  const prompt = `'Seeded clip ' || i || ': a drone shot over a coastline'`;
  const at = `now() - (${rows} - i) * interval '1 minute'`;
  for (let from = 0; from < rows; from += 100_000) {
    await client.query(
      `INSERT INTO "Generation" ("id", "teamId", "projectId", "creatorId", "mode", "model", "region", "prompt", "request", "status", "keySource", "requestHash", "nextAttemptAt", "attempts", "costMismatch", "createdAt", "updatedAt", "currency", "estimatedBilledMs", "estimatedAmountMicros")
       SELECT 'bench' || lpad(i::text, 7, '0'), $1, $2, $3, 't2v', ${models}, 'singapore', ${prompt}, jsonb_build_object('model', ${models}, 'prompt', ${prompt}), ${statuses}, 'simulator', 'h', ${at}, 0, false, ${at}, ${at}, 'USD', 5000, 500000
       FROM generate_series($4::int, $5::int) AS i`,
      [o.teamId, o.projectId, o.userId, from, Math.min(rows, from + 100_000) - 1],
    );
  }
  await client.query(`ANALYZE "Generation"`);
  await client.end();
}

type Last = { createdAt: unknown; id: string } | undefined;
type RawPage = (last: Last) => Promise<Last>;

/** The same page's statement, prepared once, straight through the driver. */
function rawSqlite(file: string, o: Owner): { page: RawPage; close: () => void } {
  const sqlite = new Database(file);
  const teamId = o.teamId;
  const columns = `${COLUMNS}, ${marks(o.userId, `group_concat(t."name", ',')`)}`;
  const first = sqlite.prepare(`SELECT ${columns} ${FROM} WHERE g."teamId" = ? ${ORDER}`);
  const next = sqlite.prepare(`SELECT ${columns} ${FROM} WHERE g."teamId" = ? AND g."createdAt" <= ? AND (g."createdAt" < ? OR g."id" < ?) ${ORDER}`);
  const page: RawPage = async (last) => {
    const rows = (last ? next.all(teamId, last.createdAt, last.createdAt, last.id) : first.all(teamId)) as NonNullable<Last>[];
    return rows[PAGE - 1];
  };
  return { page, close: () => sqlite.close() };
}

async function rawPostgres(url: string, o: Owner): Promise<{ page: RawPage; close: () => Promise<void> }> {
  const teamId = o.teamId;
  const columns = `${COLUMNS}, ${marks(o.userId, `string_agg(t."name", ',')`)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const page: RawPage = async (last) => {
    const { rows } = last
      ? await client.query({
          name: "next",
          text: `SELECT ${columns} ${FROM} WHERE g."teamId" = $1 AND g."createdAt" <= $2 AND (g."createdAt" < $2 OR g."id" < $3) ${ORDER}`,
          values: [teamId, last.createdAt, last.id],
        })
      : await client.query({ name: "first", text: `SELECT ${columns} ${FROM} WHERE g."teamId" = $1 ${ORDER}`, values: [teamId] });
    return rows[PAGE - 1];
  };
  return { page, close: () => client.end() };
}

/**
 * The list service (query + resource mapping, no HTTP or auth) and the raw SQL of the same page,
 * page by page in turn so both see the same machine load, in a child process with its own configuration.
 */
function serviceAndRawPages(databaseUrl: string, o: Owner): { service: number[]; raw: number[] } {
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "bench/list.ts", "--pages", JSON.stringify(o)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    encoding: "utf8",
    maxBuffer: 16 * 2 ** 20,
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}");
}

async function pagesChild(o: Owner) {
  const url = process.env.DATABASE_URL ?? "";
  const raw = url.startsWith("file:") ? rawSqlite(url.replace(/^file:/, ""), o) : await rawPostgres(url, o);
  const { listGenerations } = await import("@/lib/services/generations/queries");
  const actor = { user: { id: o.userId, email: "", name: "" }, teamId: o.teamId, teamName: "", role: "owner" as const, via: "session" as const };
  const times = { service: [] as number[], raw: [] as number[] };
  for (let round = 0; round < 2; round++) {
    // The first round warms both paths up and is not counted.
    const pages = round === 0 ? 20 : PAGES;
    let cursor: string | undefined;
    let last: Last;
    for (let i = 0; i < pages; i++) {
      const [nextLast, rawMs] = await timed(() => raw.page(last));
      const [page, serviceMs] = await timed(() => listGenerations(actor, { limit: PAGE, cursor }));
      if (page.items.length !== PAGE) throw new Error("short page");
      if (round > 0) {
        times.raw.push(rawMs);
        times.service.push(serviceMs);
      }
      cursor = page.nextCursor ?? undefined;
      last = nextLast;
    }
  }
  await raw.close();
  console.log(JSON.stringify(times));
  process.exit(0);
}

async function firstLoadJs(c: Client, pagePath: string): Promise<number> {
  const html = await (await c.fetch(pagePath)).text();
  // Legacy polyfills (`noModule`) are not loaded by the browsers the app supports.
  const tags = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3]));
  const scripts = [...new Set(tags.map((m) => m[2]))];
  let total = 0;
  for (const src of scripts) total += gzipSync(Buffer.from(await (await c.fetch(src)).arrayBuffer())).length;
  return total;
}

async function httpPages(c: Client): Promise<number[]> {
  const times: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) await c.json(`/api/v1/generations?limit=${PAGE}`); // warm-up
  for (let i = 0; i < PAGES; i++) {
    const [res, ms]: [{ body: { nextCursor: string | null; items: unknown[] } }, number] = await timed(() =>
      c.json(`/api/v1/generations?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ""}`),
    );
    if (res.body.items.length !== PAGE) throw new Error("short page");
    times.push(ms);
    cursor = res.body.nextCursor;
  }
  return times;
}

const p95 = (xs: number[]) => percentile(xs, 95);
const ratioRow = (label: string, service: number[], raw: number[]) => {
  const ratio = p95(service) / p95(raw);
  return row(
    `list: service vs raw SQL, ${label}`,
    "≤ 2×",
    `${round(ratio, 2)}× (service p95 ${round(p95(service), 2)} ms, raw SQL p95 ${round(p95(raw), 2)} ms)`,
    ratio <= 2,
  );
};

async function sqliteFigures(rows: number) {
  const app = await startApp("sqlite", { WORKER_IN_PROCESS: "false" });
  try {
    const c = new Client(app.url);
    const { teamId, projectId, user } = await c.signUp("Bench", `list.${Date.now()}@example.com`);
    const owner = { teamId, projectId, userId: user.id };
    const file = app.databaseUrl.replace(/^file:/, "");
    seedSqlite(file, owner, rows);
    const http = await httpPages(c);
    const { service, raw } = serviceAndRawPages(app.databaseUrl, owner);
    const jsBytes = await firstLoadJs(c, `/projects/${projectId}`);
    return { http, raw, service, jsBytes };
  } finally {
    await app.stop();
  }
}

async function postgresFigures(rows: number) {
  const cluster = await startTempPostgres();
  try {
    await migrate(cluster.url);
    const prisma = createDb(cluster.url);
    const user = await prisma.user.create({ data: { email: "bench@example.com", name: "Bench" } });
    const team = await prisma.team.create({ data: { name: "Bench" } });
    const project = await prisma.project.create({ data: { teamId: team.id, name: "Bench" } });
    await prisma.$disconnect();
    const owner = { teamId: team.id, projectId: project.id, userId: user.id };
    await seedPostgres(cluster.url, owner, rows);
    return serviceAndRawPages(cluster.url, owner);
  } finally {
    cluster.stop();
  }
}

export async function runListBench({ rows = 100_000, pgRows = Number(process.env.BENCH_LIST_PG_ROWS ?? 100_000) } = {}): Promise<BenchResult> {
  const lite = await sqliteFigures(rows);
  const pgFigures = await postgresFigures(pgRows);
  const count = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
  const httpP95 = p95(lite.http);
  const kb = round(lite.jsBytes / 1024, 1);
  return {
    rows: [
      ratioRow(`SQLite ${count(rows)}`, lite.service, lite.raw),
      ratioRow(`PostgreSQL ${count(pgRows)}`, pgFigures.service, pgFigures.raw),
      row(`list: HTTP p95, SQLite ${count(rows)}`, "≤ 25 ms", `${round(httpP95, 1)} ms (p50 ${round(percentile(lite.http, 50), 1)} ms)`, httpP95 <= 25),
      row("list: gallery first-load JS (gzip)", "≤ 200 kB", `${kb} kB`, kb <= 200),
    ],
    details: {
      pages: PAGES,
      pageSize: PAGE,
      sqlite: {
        rows,
        httpP95,
        serviceP95: p95(lite.service),
        rawP95: p95(lite.raw),
        serviceP50: percentile(lite.service, 50),
        rawP50: percentile(lite.raw, 50),
      },
      postgres: {
        rows: pgRows,
        serviceP95: p95(pgFigures.service),
        rawP95: p95(pgFigures.raw),
        serviceP50: percentile(pgFigures.service, 50),
        rawP50: percentile(pgFigures.raw, 50),
      },
      galleryFirstLoadJsBytes: lite.jsBytes,
    },
  };
}

if (process.argv.includes("--pages")) pagesChild(JSON.parse(process.argv[process.argv.indexOf("--pages") + 1]));
else if (process.argv[1]?.endsWith("list.ts")) runListBench().then((r) => console.log(JSON.stringify(r, null, 2)));
