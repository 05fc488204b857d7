// A database as an older release left it: every migration before `migration` applied by hand and
// recorded, then `rows` inserted, so a test can run the migration itself over real data.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, expect } from "vitest";
import { migrationNames } from "@/lib/adapters/db/migrate";
import { freshDatabase, type DbKind } from "@/tests/support/app";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

export async function databaseBefore(kind: DbKind, migration: string, rows: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "reelroom-migration-"));
  dirs.push(dir);
  const url = await freshDatabase(kind, dir);
  const names = migrationNames(kind);
  const at = names.findIndex((name) => name.endsWith(migration));
  expect(at).toBeGreaterThan(0);
  const earlier = names.slice(0, at);
  const sqlOf = (name: string) => readFileSync(path.join("prisma", "migrations", kind, name, "migration.sql"), "utf8");
  if (kind === "sqlite") {
    const sqlite = new Database(url.replace(/^file:/, ""));
    for (const name of earlier) sqlite.exec(sqlOf(name));
    sqlite.exec("CREATE TABLE _reelroom_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
    for (const name of earlier) sqlite.prepare("INSERT INTO _reelroom_migrations (name, applied_at) VALUES (?, ?)").run(name, new Date().toISOString());
    sqlite.exec(rows);
    sqlite.close();
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const name of earlier) await client.query(sqlOf(name));
    await client.query("CREATE TABLE _reelroom_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)");
    for (const name of earlier) await client.query("INSERT INTO _reelroom_migrations (name, applied_at) VALUES ($1, now())", [name]);
    await client.query(rows);
    await client.end();
  }
  return url;
}
