// The database admits exactly the state machine's statuses (a CHECK constraint on both databases),
// and the migration that adds it keeps every row, including the events and share links that
// reference a generation (SQLite rebuilds the table to add a constraint).
import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/adapters/db/client";
import { migrate } from "@/lib/adapters/db/migrate";
import { GENERATION_STATUSES, STATUS } from "@/lib/rules/generation-status";
import { DB_KINDS, type DbKind } from "@/tests/support/app";
import { databaseBefore } from "@/tests/support/older-database";

const MIGRATION = "generation_status_check";

const ROWS = `
  INSERT INTO "Team" ("id", "name", "updatedAt") VALUES ('team', 'T', CURRENT_TIMESTAMP);
  INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('user', 'u@example.com', 'U', CURRENT_TIMESTAMP);
  INSERT INTO "Project" ("id", "teamId", "name", "updatedAt") VALUES ('project', 'team', 'P', CURRENT_TIMESTAMP);
  INSERT INTO "Generation" ("id", "teamId", "projectId", "creatorId", "mode", "model", "region", "prompt", "request", "status", "keySource", "requestHash", "providerTaskId", "dispatchSlot", "updatedAt")
    VALUES ('g1', 'team', 'project', 'user', 't2v', 'wan2.6-t2v', 'singapore', 'a fox', '{}', 'running', 'instance', 'h', 'task-1', NULL, CURRENT_TIMESTAMP);
  INSERT INTO "GenerationEvent" ("id", "generationId", "type", "message") VALUES ('e1', 'g1', 'queued', 'Queued');
  INSERT INTO "ShareLink" ("id", "generationId", "createdById") VALUES ('s1', 'g1', 'user');
`;

/** A database as the release before the constraint left it, with a generation, its event and a share link. */
const databaseBeforeMigration = (kind: DbKind) => databaseBefore(kind, MIGRATION, ROWS);

describe.each(DB_KINDS)("the generation status constraint (%s)", (kind) => {
  it("keeps every row through the migration, then refuses a status outside the machine", async () => {
    const url = await databaseBeforeMigration(kind);
    const result = await migrate(url);
    expect(result.applied.some((name) => name.endsWith(MIGRATION))).toBe(true);
    const db = createDb(url);
    try {
      const g = await db.generation.findUniqueOrThrow({ where: { id: "g1" }, include: { events: true, shares: true } });
      expect(g).toMatchObject({ status: STATUS.running, providerTaskId: "task-1", prompt: "a fox" });
      expect(g.events.map((e) => e.id)).toEqual(["e1"]);
      expect(g.shares.map((s) => s.id)).toEqual(["s1"]);
      // The rebuilt table keeps its indexes: a second link to the same provider task is refused.
      const duplicate = await db.generation.create({ data: { ...rowData("g2"), providerTaskId: "task-1" } }).catch((e: unknown) => e);
      expect((duplicate as { code?: string }).code).toBe("P2002");

      const bogus = await db.generation.update({ where: { id: "g1" }, data: { status: "bogus" } }).catch((e: unknown) => e);
      expect(bogus).toBeInstanceOf(Error);
      expect(String(bogus)).toMatch(/check|constraint/i);
      const inserted = await db
        .$executeRawUnsafe(
          `INSERT INTO "Generation" ("id", "teamId", "projectId", "creatorId", "mode", "model", "region", "prompt", "request", "status", "keySource", "requestHash", "updatedAt")
           VALUES ('g3', 'team', 'project', 'user', 't2v', 'wan2.6-t2v', 'singapore', 'p', '{}', 'bogus', 'instance', 'h', CURRENT_TIMESTAMP)`,
        )
        .catch((e: unknown) => e);
      expect(inserted).toBeInstanceOf(Error);
      expect(await db.generation.count({ where: { id: "g3" } })).toBe(0);
      expect((await db.generation.findUniqueOrThrow({ where: { id: "g1" } })).status).toBe(STATUS.running);

      // Every status of the machine is admitted.
      for (const status of GENERATION_STATUSES) await db.generation.update({ where: { id: "g1" }, data: { status } });
      expect(await db.generationEvent.count({ where: { generationId: "g1" } })).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });
});

function rowData(id: string) {
  return {
    id,
    teamId: "team",
    projectId: "project",
    creatorId: "user",
    mode: "t2v",
    model: "wan2.6-t2v",
    region: "singapore",
    prompt: "p",
    request: {},
    status: STATUS.queued,
    keySource: "instance",
    requestHash: "h",
  };
}
