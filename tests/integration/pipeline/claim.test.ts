// Claiming due rows is one statement per batch on both databases, keeps the due order and the
// per-webhook share, and never hands one row to two workers claiming at the same time.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/adapters/db/client";
import { migrate } from "@/lib/adapters/db/migrate";
import { STATUS, type InFlightStatus } from "@/lib/rules/generation-status";
import { claimDeliveries, deliveryContext } from "@/lib/services/webhooks/deliver";
import { DELIVERY_DUE } from "@/lib/rules/webhook-events";
import { claimDue, claimGenerations } from "@/lib/services/worker/lease";
import { DB_KINDS, freshDatabase } from "@/tests/support/app";
import { createCountingDb, type CountingDb } from "@/tests/support/counting-db";

const SECOND = 1000;
const ago = (ms: number) => new Date(Date.now() - ms);

async function seedOwner(db: Db) {
  const user = await db.user.create({ data: { email: `claim.${Date.now()}.${Math.random()}@example.com`, name: "Claims" } });
  const team = await db.team.create({ data: { name: "Claims" } });
  const project = await db.project.create({ data: { teamId: team.id, name: "Claims" } });
  return { user, team, project };
}

type Owner = Awaited<ReturnType<typeof seedOwner>>;

let serial = 0;
function addGeneration(db: Db, owner: Owner, status: InFlightStatus, nextAttemptAt: Date, lease: { owner: string; until: Date } | null = null) {
  const n = serial++;
  return db.generation.create({
    data: {
      teamId: owner.team.id,
      projectId: owner.project.id,
      creatorId: owner.user.id,
      mode: "t2v",
      model: "wan2.2-t2v-plus",
      region: "intl",
      prompt: `claim ${n}`,
      request: { prompt: `claim ${n}` },
      status,
      keySource: "instance",
      requestHash: `claim-${n}`,
      nextAttemptAt,
      leaseOwner: lease?.owner ?? null,
      leaseUntil: lease?.until ?? null,
    },
  });
}

describe.each(DB_KINDS)("claiming due rows (%s)", (kind) => {
  let dir: string;
  let url: string;
  let counting: CountingDb;
  let owner: Owner;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "reelroom-claim-"));
    url = await freshDatabase(kind, dir);
    await migrate(url);
    counting = createCountingDb(url);
    owner = await seedOwner(counting.db);
  });
  afterAll(async () => {
    await counting?.db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("claims a batch of generations in one statement: the oldest due, unleased rows of the asked statuses", async () => {
    const db = counting.db;
    const oldest = await addGeneration(db, owner, STATUS.pending, ago(50 * SECOND));
    const expiredLease = await addGeneration(db, owner, STATUS.running, ago(40 * SECOND), { owner: "dead-worker", until: ago(SECOND) });
    const younger = await addGeneration(db, owner, STATUS.pending, ago(30 * SECOND));
    await addGeneration(db, owner, STATUS.running, ago(60 * SECOND), { owner: "live-worker", until: new Date(Date.now() + 60 * SECOND) });
    await addGeneration(db, owner, STATUS.pending, new Date(Date.now() + 60 * SECOND)); // not due yet
    await addGeneration(db, owner, STATUS.archiving, ago(70 * SECOND)); // another step's status
    const youngest = await addGeneration(db, owner, STATUS.pending, ago(10 * SECOND)); // beyond the limit

    counting.reset();
    const ids = await claimDue("Generation", { owner: "w1", statuses: [STATUS.pending, STATUS.running], limit: 3, database: db });
    expect(counting.statements).toHaveLength(1);
    expect(counting.statements[0]).toMatch(/^UPDATE "Generation" SET .* RETURNING "id"$/s);
    if (kind === "postgres") expect(counting.statements[0]).toContain("FOR UPDATE SKIP LOCKED");
    expect(ids.sort()).toEqual([oldest.id, expiredLease.id, younger.id].sort());

    const rows = await db.generation.findMany({ where: { id: { in: ids } } });
    for (const row of rows) {
      expect(row.leaseOwner).toBe("w1");
      expect(row.leaseUntil?.getTime()).toBeGreaterThan(Date.now() + 50 * SECOND);
    }
    expect((await db.generation.findUniqueOrThrow({ where: { id: youngest.id } })).leaseOwner).toBeNull();
  });

  it("claims and reads a batch of generations in two statements, an empty batch in one", async () => {
    const db = counting.db;
    const first = await addGeneration(db, owner, STATUS.queued, ago(20 * SECOND));
    const second = await addGeneration(db, owner, STATUS.queued, ago(10 * SECOND));
    counting.reset();
    const rows = await claimGenerations([STATUS.queued], "w2", 20, db);
    expect(counting.statements).toHaveLength(2);
    expect(rows.map((r) => r.id)).toEqual([first.id, second.id]);
    expect(rows.every((r) => r.leaseOwner === "w2" && r.status === STATUS.queued)).toBe(true);

    counting.reset();
    expect(await claimGenerations([STATUS.queued], "w3", 20, db)).toEqual([]);
    expect(counting.statements).toHaveLength(1);
  });

  it("claims deliveries in one statement, at most two per webhook counting those in flight, none of paused webhooks", async () => {
    const db = counting.db;
    const hook = (active = true) =>
      db.webhook.create({
        data: {
          teamId: owner.team.id,
          url: "https://example.com/hook",
          secretCiphertext: "x",
          events: "generation.succeeded",
          createdById: owner.user.id,
          active,
        },
      });
    const [busy, idle, paused] = [await hook(), await hook(), await hook(false)];
    let age = 100;
    const deliveries: Record<string, string[]> = {};
    for (const webhook of [busy, idle, paused]) {
      deliveries[webhook.id] = [];
      for (let i = 0; i < 3; i++) {
        const d = await db.webhookDelivery.create({
          data: { webhookId: webhook.id, event: "generation.succeeded", payload: "{}", status: DELIVERY_DUE, nextAttemptAt: ago(age-- * SECOND) },
        });
        deliveries[webhook.id].push(d.id);
      }
    }
    const ctx = deliveryContext({ workerId: "w4", db, allowPrivate: true });
    counting.reset();
    const claimed = await claimDeliveries(ctx, 10, { max: 2, inFlight: new Map([[busy.id, 1]]) });
    expect(counting.statements).toHaveLength(2); // the claim and one read of the batch
    expect(counting.statements[0]).toMatch(/^UPDATE "WebhookDelivery" SET /);
    expect(claimed.map((d) => d.id)).toEqual([deliveries[busy.id][0], deliveries[idle.id][0], deliveries[idle.id][1]]);
    expect(claimed[0]).toMatchObject({
      webhookId: busy.id,
      event: "generation.succeeded",
      payload: "{}",
      attempts: 0,
      webhook: { url: "https://example.com/hook" },
    });
    expect(claimed[0].createdAt).toBeInstanceOf(Date);
  });

  it("refuses statuses its table is not claimed in", async () => {
    const wrong = [STATUS.queued] as unknown as (typeof DELIVERY_DUE)[];
    await expect(claimDue("WebhookDelivery", { owner: "w5", statuses: wrong, limit: 1, database: counting.db })).rejects.toThrow(/not claimed/);
  });

  it("never gives one row to two workers claiming at the same time", async () => {
    const db = counting.db;
    const ids = new Set<string>();
    for (let i = 0; i < 60; i++) ids.add((await addGeneration(db, owner, STATUS.dispatching, ago((i + 1) * SECOND))).id);
    // Each worker has its own client (its own connections), as separate processes would.
    const workers = Array.from({ length: 6 }, (_, i) => ({ name: `racer-${i}`, db: createDb(url) }));
    try {
      const claims = await Promise.all(
        workers.map(async (w) => {
          const got: string[] = [];
          for (let round = 0; round < 6; round++)
            got.push(...(await claimDue("Generation", { owner: w.name, statuses: [STATUS.dispatching], limit: 4, database: w.db })));
          return got;
        }),
      );
      const all = claims.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all.every((id) => ids.has(id))).toBe(true);
      expect(all).toHaveLength(60);
      const rows = await db.generation.findMany({ where: { id: { in: [...ids] } }, select: { id: true, leaseOwner: true } });
      const ownerOf = new Map(claims.flatMap((got, i) => got.map((id) => [id, workers[i].name] as const)));
      for (const row of rows) expect(row.leaseOwner).toBe(ownerOf.get(row.id));
    } finally {
      await Promise.all(workers.map((w) => w.db.$disconnect()));
    }
  });
});
