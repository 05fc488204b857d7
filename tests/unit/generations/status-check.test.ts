// The database's CHECK constraint on Generation.status lists exactly the state machine's statuses:
// adding a status to lib/rules/generation-status.ts without a migration that widens the
// constraint fails here (the database would refuse the new status at run time).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationNames } from "@/lib/adapters/db/migrate";
import { GENERATION_STATUSES } from "@/lib/rules/generation-status";

const CONSTRAINT = /CONSTRAINT "Generation_status_check" CHECK \("status" IN \(([^)]*)\)\)/;

/** The statuses of the newest migration that (re)defines the constraint. */
function checkedStatuses(target: "sqlite" | "postgres"): string[] | null {
  for (const name of migrationNames(target).reverse()) {
    const sql = readFileSync(path.join("prisma", "migrations", target, name, "migration.sql"), "utf8");
    const match = sql.match(CONSTRAINT);
    if (match) return match[1].split(",").map((s) => s.trim().replace(/^'(.*)'$/, "$1"));
  }
  return null;
}

describe("the status CHECK constraint", () => {
  it.each(["sqlite", "postgres"] as const)("on %s lists exactly the state machine's statuses", (target) => {
    expect(checkedStatuses(target)).toEqual([...GENERATION_STATUSES]);
  });
});
