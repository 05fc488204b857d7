// A Prisma client over the app's driver adapters that records every SQL statement it sends, so
// tests and benchmarks can count a code path's database round trips.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "@/lib/adapters/db/client";
import { PrismaClient as SqliteClient } from "@/lib/adapters/db/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/adapters/db/generated/postgres/client";
import { isPostgres } from "@/lib/platform/config/env";

type Factory = PrismaBetterSQLite3 | PrismaPg;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Queryable = Pick<Adapter, "queryRaw" | "executeRaw">;

export interface CountingDb {
  db: Db;
  /** SQL text of every statement sent since the last `reset()`, in order. */
  statements: string[];
  reset(): void;
}

/**
 * Records the statements sent through `target`. A transaction counts its BEGIN and its COMMIT or
 * ROLLBACK, whether Prisma sends those as SQL (SQLite) or the adapter runs them itself (pg).
 */
function counting<T extends Queryable>(target: T, log: string[], inTransaction = false): T {
  let ended = false;
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (prop === "queryRaw" || prop === "executeRaw") {
        return (query: { sql: string }) => {
          log.push(query.sql);
          if (/^(COMMIT|ROLLBACK)\b/i.test(query.sql)) ended = true;
          return (value as (q: unknown) => unknown).call(obj, query);
        };
      }
      if (prop === "startTransaction") {
        return async (...args: unknown[]) => {
          log.push("BEGIN");
          return counting(await (value as (...a: unknown[]) => Promise<Queryable>).apply(obj, args), log, true);
        };
      }
      if (inTransaction && (prop === "commit" || prop === "rollback")) {
        return () => {
          if (!ended) log.push(prop === "commit" ? "COMMIT" : "ROLLBACK");
          ended = true;
          return (value as () => Promise<void>).call(obj);
        };
      }
      return typeof value === "function" ? value.bind(obj) : value;
    },
  });
}

export function createCountingDb(url: string): CountingDb {
  const statements: string[] = [];
  const inner: Factory = isPostgres(url) ? new PrismaPg({ connectionString: url, max: 10 }) : new PrismaBetterSQLite3({ url, timeout: 10_000 });
  const adapter = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => counting(await inner.connect(), statements),
  } as Factory;
  const db = isPostgres(url)
    ? (new PostgresClient({ adapter: adapter as PrismaPg }) as unknown as Db)
    : new SqliteClient({ adapter: adapter as PrismaBetterSQLite3 });
  return { db, statements, reset: () => statements.splice(0) };
}
