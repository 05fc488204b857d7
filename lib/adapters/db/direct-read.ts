// A plain driver connection beside Prisma for the one read hot enough to notice Prisma's own work
// per query (a statement prepared on every call, every value decoded twice): a page of the
// generations list. Read-only by use; every write goes through Prisma.
import "server-only";
import { createHash } from "node:crypto";
import Database, { type Statement } from "better-sqlite3";
import pg from "pg";
import { env, isPostgres } from "@/lib/platform/config/env";

export type Dialect = "postgres" | "sqlite";
export type SqlParam = string | number | Date;
export type SqlRow = Record<string, unknown>;

export interface DirectReader {
  dialect: Dialect;
  /** The rows of one SELECT written with `placeholder(n)` (1-based) for its parameters. */
  all(sql: string, params: readonly SqlParam[]): Promise<SqlRow[]>;
}

export const placeholder = (dialect: Dialect, n: number) => (dialect === "postgres" ? `$${n}` : "?");

// Prisma stores SQLite dates as ISO text with "+00:00" and PostgreSQL ones as UTC wall time in
// `timestamp` columns: parameters and results follow the same conventions.
const sqliteParam = (p: SqlParam) => (p instanceof Date ? p.toISOString().replace("Z", "+00:00") : p);
const postgresParam = (p: SqlParam) => (p instanceof Date ? p.toISOString() : p);
const TIMESTAMP_OID = 1114;
const utcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);

const MAX_CACHED_STATEMENTS = 200;

function sqliteReader(url: string): DirectReader {
  const connection = new Database(url.replace(/^file:/, "").replace(/\?.*$/, ""), { timeout: 10_000 });
  const statements = new Map<string, Statement>();
  return {
    dialect: "sqlite",
    async all(sql, params) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_CACHED_STATEMENTS) statements.clear();
        statement = connection.prepare(sql);
        statements.set(sql, statement);
      }
      return statement.all(...params.map(sqliteParam)) as SqlRow[];
    },
  };
}

function postgresReader(url: string): DirectReader {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    types: { getTypeParser: (oid, format) => (oid === TIMESTAMP_OID ? utcTimestamp : pg.types.getTypeParser(oid, format)) },
  });
  return {
    dialect: "postgres",
    async all(sql, params) {
      // Named, so each connection prepares a statement shape once.
      const name = `direct_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`;
      return (await pool.query({ name, text: sql, values: params.map(postgresParam) })).rows as SqlRow[];
    },
  };
}

const globalForReader = globalThis as unknown as { reelroomDirectReader?: { url: string; reader: DirectReader } };

export function directReader(url: string = env().DATABASE_URL): DirectReader {
  const current = globalForReader.reelroomDirectReader;
  if (current?.url === url) return current.reader;
  const reader = isPostgres(url) ? postgresReader(url) : sqliteReader(url);
  globalForReader.reelroomDirectReader = { url, reader };
  return reader;
}
