import "server-only";
import { db } from "@/lib/adapters/db/client";

/** Whether the database answers: the health check's one question. */
export async function databaseReachable(): Promise<boolean> {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
