// Bulk-inserts synthetic generations straight into the app's database (SQLite or PostgreSQL),
// in the formats Prisma itself writes, so 100,000 rows take seconds rather than minutes.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgres } from "@/lib/platform/config/env";

export interface SeedGeneration {
  teamId: string;
  projectId: string;
  creatorId: string;
  model: string;
  region: string;
  currency: string | null;
  status: string;
  createdAt: Date;
  estimatedBilledMs: number | null;
  estimatedAmountMicros: bigint | null;
  actualBilledMs: number | null;
  actualAmountMicros: bigint | null;
  costMismatch: boolean;
}

const COLUMNS = [
  "id",
  "teamId",
  "projectId",
  "creatorId",
  "mode",
  "model",
  "region",
  "prompt",
  "request",
  "status",
  "keySource",
  "requestHash",
  "currency",
  "estimatedBilledMs",
  "estimatedAmountMicros",
  "actualBilledMs",
  "actualAmountMicros",
  "costMismatch",
  "createdAt",
  "updatedAt",
  "nextAttemptAt",
] as const;

function values(g: SeedGeneration, date: (d: Date) => unknown, bool: (b: boolean) => unknown): unknown[] {
  const at = date(g.createdAt);
  return [
    `seed_${randomUUID()}`,
    g.teamId,
    g.projectId,
    g.creatorId,
    "t2v",
    g.model,
    g.region,
    "seeded",
    "{}",
    g.status,
    "simulator",
    "seed",
    g.currency,
    g.estimatedBilledMs,
    g.estimatedAmountMicros,
    g.actualBilledMs,
    g.actualAmountMicros,
    bool(g.costMismatch),
    at,
    at,
    at,
  ];
}

const quoted = COLUMNS.map((c) => `"${c}"`).join(", ");

export async function seedGenerations(databaseUrl: string, rows: Iterable<SeedGeneration>): Promise<void> {
  if (isPostgres(databaseUrl)) return seedPostgres(databaseUrl, rows);
  const sqlite = new Database(databaseUrl.replace(/^file:/, ""), { timeout: 30_000 });
  try {
    const insert = sqlite.prepare(`INSERT INTO "Generation" (${quoted}) VALUES (${COLUMNS.map(() => "?").join(", ")})`);
    sqlite.transaction(() => {
      for (const g of rows)
        insert.run(
          values(
            g,
            (d) => d.toISOString().replace("Z", "+00:00"),
            (b) => (b ? 1 : 0),
          ),
        );
    })();
  } finally {
    sqlite.close();
  }
  // The insert blocked the event loop: let the HTTP client notice sockets the server closed meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 100));
}

async function seedPostgres(databaseUrl: string, rows: Iterable<SeedGeneration>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let batch: unknown[][] = [];
    const flush = async () => {
      if (!batch.length) return;
      const placeholders = batch.map((_, r) => `(${COLUMNS.map((__, c) => `$${r * COLUMNS.length + c + 1}`).join(", ")})`).join(", ");
      await client.query(
        `INSERT INTO "Generation" (${quoted}) VALUES ${placeholders}`,
        batch.flat().map((v) => (typeof v === "bigint" ? v.toString() : v)),
      );
      batch = [];
    };
    for (const g of rows) {
      batch.push(
        values(
          g,
          (d) => d,
          (b) => b,
        ),
      );
      if (batch.length === 2_000) await flush();
    }
    await flush();
  } finally {
    await client.end();
  }
}
