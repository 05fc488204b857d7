import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrationNames } from "@/lib/adapters/db/migrate";
import { postgresSchemaText } from "@/scripts/postgres-schema.mjs";

const models = (schema: string) =>
  schema
    .replace(/^\/\/.*$/gm, "")
    .replace(/generator client \{[^}]*\}/, "")
    .replace(/datasource db \{[^}]*\}/, "")
    .trim();

describe("database schemas", () => {
  it("the PostgreSQL schema is generated from the SQLite one", () => {
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(postgresSchemaText());
  });

  it("both providers have the same migrations", () => {
    expect(migrationNames("postgres")).toEqual(migrationNames("sqlite"));
    expect(migrationNames("sqlite").length).toBeGreaterThan(0);
  });

  it.each(["sqlite", "postgres"] as const)(
    "the newest %s migration leads to the current models (run scripts/new-migration.mjs after a schema change)",
    (target) => {
      const last = migrationNames(target).at(-1)!;
      const snapshot = readFileSync(`prisma/migrations/${target}/${last}/schema.prisma`, "utf8");
      expect(models(snapshot)).toBe(models(readFileSync("prisma/schema.prisma", "utf8")));
    },
  );
});
