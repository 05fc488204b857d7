// The migration that makes a provider task belong to at most one generation: a database written
// before it (where one task could be linked twice) migrates cleanly, and the constraint then holds.
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/adapters/db/migrate";
import { createDb } from "@/lib/adapters/db/client";
import { DB_KINDS, type DbKind } from "@/tests/support/app";
import { databaseBefore } from "@/tests/support/older-database";

const MIGRATION = "unique_provider_task";

/** Runs every migration before this one by hand, as an older release would have. */
async function databaseBeforeMigration(kind: DbKind) {
  const rows = `
    INSERT INTO "Team" ("id", "name", "updatedAt") VALUES ('team', 'T', CURRENT_TIMESTAMP);
    INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('user', 'u@example.com', 'U', CURRENT_TIMESTAMP);
    INSERT INTO "Project" ("id", "teamId", "name", "updatedAt") VALUES ('project', 'team', 'P', CURRENT_TIMESTAMP);
    ${[
      ["g-first", "succeeded", "task-a", "2026-01-01 00:00:01"],
      ["g-inflight", "running", "task-a", "2026-01-01 00:00:02"],
      ["g-archiving", "archiving", "task-a", "2026-01-01 00:00:03"],
      ["g-finished", "failed", "task-a", "2026-01-01 00:00:04"],
      ["g-alone", "pending", "task-b", "2026-01-01 00:00:05"],
    ]
      .map(
        ([
          id,
          status,
          task,
          at,
        ]) => `INSERT INTO "Generation" ("id", "teamId", "projectId", "creatorId", "mode", "model", "region", "prompt", "request", "status", "keySource", "requestHash", "providerTaskId", "providerVideoUrl", "leaseOwner", "createdAt", "updatedAt")
      VALUES ('${id}', 'team', 'project', 'user', 't2v', 'wan2.6-t2v', 'singapore', 'p', '{}', '${status}', 'instance', 'h', '${task}', 'https://example.com/${id}.mp4', 'w1', '${at}', CURRENT_TIMESTAMP);`,
      )
      .join("\n")}
  `;
  return databaseBefore(kind, MIGRATION, rows);
}

describe.each(DB_KINDS)("migrating to one generation per provider task (%s)", (kind) => {
  it("keeps a task on its earliest generation, sends later in-flight ones back to recovery, unlinks finished ones", async () => {
    const url = await databaseBeforeMigration(kind);
    const result = await migrate(url);
    expect(result.applied.some((name) => name.endsWith(MIGRATION))).toBe(true);
    const db = createDb(url);
    try {
      const rows = await db.generation.findMany({
        orderBy: { id: "asc" },
        select: { id: true, status: true, providerTaskId: true, providerVideoUrl: true, leaseOwner: true, dispatchSlot: true },
      });
      const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
      expect(byId["g-first"]).toMatchObject({ status: "succeeded", providerTaskId: "task-a", providerVideoUrl: "https://example.com/g-first.mp4" });
      expect(byId["g-inflight"]).toMatchObject({ status: "dispatching", providerTaskId: null, providerVideoUrl: null, leaseOwner: null });
      expect(byId["g-archiving"]).toMatchObject({ status: "dispatching", providerTaskId: null, providerVideoUrl: null });
      expect(byId["g-finished"]).toMatchObject({ status: "failed", providerTaskId: null, providerVideoUrl: "https://example.com/g-finished.mp4" });
      expect(byId["g-alone"]).toMatchObject({ status: "pending", providerTaskId: "task-b", leaseOwner: "w1" });
      expect(rows.every((r) => r.dispatchSlot === null)).toBe(true);

      // From now on the database itself refuses a second link to a task.
      const linkAgain = await db.generation.update({ where: { id: "g-finished" }, data: { providerTaskId: "task-b" } }).catch((e: unknown) => e);
      expect((linkAgain as { code?: string }).code).toBe("P2002");
    } finally {
      await db.$disconnect();
    }
  });
});
