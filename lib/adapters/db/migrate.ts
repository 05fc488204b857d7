// Applies the SQL migrations in prisma/migrations/<sqlite|postgres>/ in name order, once each,
// recording them in _reelroom_migrations. Safe to run from several processes at once.
import "server-only";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgres } from "@/lib/platform/config/env";

export interface MigrationResult {
  applied: string[];
  total: number;
}

const ROOT = path.join(process.cwd(), "prisma", "migrations");

export function migrationNames(target: "sqlite" | "postgres"): string[] {
  const dir = path.join(ROOT, target);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

function migrationSql(target: "sqlite" | "postgres", name: string): string {
  return readFileSync(path.join(ROOT, target, name, "migration.sql"), "utf8");
}

export async function migrate(url: string): Promise<MigrationResult> {
  return isPostgres(url) ? migratePostgres(url) : migrateSqlite(url);
}

function sqliteFile(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

async function migrateSqlite(url: string): Promise<MigrationResult> {
  const file = sqliteFile(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, { timeout: 30_000 });
  try {
    sqlite.pragma("journal_mode = WAL");
    // A table rebuild (SQLite's only way to change a constraint) drops the old table; with foreign
    // keys on, that drop would cascade into the rows referencing it. They are checked before commit.
    sqlite.pragma("foreign_keys = OFF");
    sqlite.exec("CREATE TABLE IF NOT EXISTS _reelroom_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
    const names = migrationNames("sqlite");
    const applied: string[] = [];
    for (const name of names) {
      const run = sqlite.transaction(() => {
        const done = sqlite.prepare("SELECT 1 FROM _reelroom_migrations WHERE name = ?").get(name);
        if (done) return false;
        sqlite.exec(migrationSql("sqlite", name));
        const broken = sqlite.pragma("foreign_key_check") as unknown[];
        if (broken.length) throw new Error(`Migration ${name} leaves ${broken.length} row(s) with a broken foreign key.`);
        sqlite.prepare("INSERT INTO _reelroom_migrations (name, applied_at) VALUES (?, ?)").run(name, new Date().toISOString());
        return true;
      });
      if (run.immediate()) applied.push(name);
    }
    return { applied, total: names.length };
  } finally {
    sqlite.close();
  }
}

async function migratePostgres(url: string): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(727274)");
    await client.query("CREATE TABLE IF NOT EXISTS _reelroom_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)");
    const done = new Set((await client.query("SELECT name FROM _reelroom_migrations")).rows.map((r) => r.name as string));
    const names = migrationNames("postgres");
    const applied: string[] = [];
    for (const name of names.filter((n) => !done.has(n))) {
      await client.query("BEGIN");
      try {
        await client.query(migrationSql("postgres", name));
        await client.query("INSERT INTO _reelroom_migrations (name, applied_at) VALUES ($1, now())", [name]);
        await client.query("COMMIT");
        applied.push(name);
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
    return { applied, total: names.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock(727274)").catch(() => undefined);
    await client.end();
  }
}
