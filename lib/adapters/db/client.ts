// The Prisma singleton. SQLite (better-sqlite3) by default, PostgreSQL when DATABASE_URL says so.
// Both generated clients share one model API; the SQLite client's types are used for both.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/adapters/db/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/adapters/db/generated/postgres/client";
import { env, isPostgres } from "@/lib/platform/config/env";

export type Db = SqliteClient;
export type { Prisma } from "@/lib/adapters/db/generated/sqlite/client";

const globalForDb = globalThis as unknown as { reelroomDb?: Db };

export function createDb(url: string = env().DATABASE_URL): Db {
  if (isPostgres(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  return new SqliteClient({ adapter });
}

/**
 * Which database a client talks to, for the few statements written by hand (lib/services/worker/lease.ts).
 * A Prisma client is not an instance of its class, so this reads the provider it was generated for.
 */
export function dialectOf(database: Db): "postgres" | "sqlite" {
  return (database as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgres" : "sqlite";
}

export function db(): Db {
  globalForDb.reelroomDb ??= createDb();
  return globalForDb.reelroomDb;
}
