// SQLite in WAL mode refuses to turn a transaction that has read into one that writes when another
// connection committed in between (SQLITE_BUSY_SNAPSHOT). A busy timeout cannot help: the snapshot
// is stale. Running the whole transaction again can, so callers wrap read-then-write transactions.
import "server-only";
const BUSY = /^SQLITE_BUSY/;

export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && BUSY.test(code);
}

export async function retryOnSqliteBusy<T>(run: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isSqliteBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
