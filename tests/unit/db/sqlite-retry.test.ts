// A read-then-write transaction on SQLite fails with SQLITE_BUSY_SNAPSHOT when another connection
// commits between its read and its write (what a worker does while a submit checks the budget).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/adapters/db/client";
import { migrate } from "@/lib/adapters/db/migrate";
import { isSqliteBusy, retryOnSqliteBusy } from "@/lib/adapters/db/sqlite-retry";

let dir: string;
let a: Db;
let b: Db;
let n = 0;
const user = () => ({ data: { email: `u${n++}@example.com`, name: "U", passwordHash: "x" } });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "reelroom-busy-"));
  const url = `file:${path.join(dir, "t.db")}`;
  await migrate(url);
  a = createDb(url);
  b = createDb(url);
});

afterAll(async () => {
  await Promise.all([a.$disconnect(), b.$disconnect()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Reads, lets the other connection commit (on the first `interleaved` attempts), then writes. */
function readThenWrite(interleaved: number) {
  let attempt = 0;
  return () =>
    a.$transaction(async (tx) => {
      await tx.user.count();
      if (attempt++ < interleaved) await b.user.create(user());
      return tx.user.create(user());
    });
}

describe("SQLite read-then-write transactions", () => {
  it("fail with SQLITE_BUSY_SNAPSHOT when another connection commits in between", async () => {
    const error = await readThenWrite(1)().catch((e: unknown) => e);
    expect(isSqliteBusy(error)).toBe(true);
  });

  it("succeed when run again by retryOnSqliteBusy", async () => {
    const created = await retryOnSqliteBusy(readThenWrite(2));
    expect(created.id).toBeTruthy();
  });

  it("give up after the attempts and rethrow other errors at once", async () => {
    await expect(retryOnSqliteBusy(readThenWrite(10), 3)).rejects.toSatisfy(isSqliteBusy);
    let calls = 0;
    const other = retryOnSqliteBusy(async () => {
      calls++;
      throw new Error("boom");
    });
    await expect(other).rejects.toThrow("boom");
    expect(calls).toBe(1);
  });
});
