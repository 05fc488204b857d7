// Derives the PostgreSQL schema from the SQLite one so the two can never drift apart.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

export function postgresSchemaText() {
  const source = readFileSync("prisma/schema.prisma", "utf8");
  return (
    "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs. Do not edit.\n" +
    source
      .replace('output     = "../lib/adapters/db/generated/sqlite"', 'output     = "../../lib/adapters/db/generated/postgres"')
      .replace('provider = "sqlite"', 'provider = "postgresql"')
  );
}

export function writePostgresSchema() {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync("prisma/postgres/schema.prisma", postgresSchemaText());
}
