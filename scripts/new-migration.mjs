// Writes a new migration for BOTH databases: the SQL that turns the previous migration's schema
// snapshot into the current prisma/schema.prisma. Usage: node scripts/new-migration.mjs <name>
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writePostgresSchema } from "./postgres-schema.mjs";
import { startTempPostgres } from "./lib/temp-postgres.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: node scripts/new-migration.mjs <snake_case_name>");
  process.exit(1);
}
writePostgresSchema();
mkdirSync("data", { recursive: true });
// The JS schema engine needs a live database to diff against, even for schema-to-schema diffs.
const pg = await startTempPostgres();
const urls = { sqlite: "file:./data/migration-diff.db", postgres: pg.url };
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const target of ["sqlite", "postgres"]) {
  const root = path.join("prisma", "migrations", target);
  mkdirSync(root, { recursive: true });
  const previous = readdirSync(root)
    .filter((d) => existsSync(path.join(root, d, "schema.prisma")))
    .sort()
    .at(-1);
  const schema = target === "sqlite" ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma";
  const from = previous ? ["--from-schema-datamodel", path.join(root, previous, "schema.prisma")] : ["--from-empty"];
  const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], {
    encoding: "utf8",
    env: { ...process.env, PRISMA_TARGET: target, DATABASE_URL: urls[target], PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  const dir = path.join(root, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  copyFileSync(schema, path.join(dir, "schema.prisma"));
  console.log(`wrote ${dir}`);
}
pg.stop();
