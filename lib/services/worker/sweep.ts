// Writes cut short by a crash (a worker killed mid-download, an app killed mid-upload) leave temp
// files or incomplete multipart uploads behind. Workers remove those idle for longer than a lease:
// a live write keeps writing, and by then a dead worker's generation has gone back to the queue.
import "server-only";
import { appStorage } from "@/lib/platform/app-storage";
import { APP_KEY_PREFIXES, type ObjectStorage } from "@/lib/adapters/storage";

export async function sweepAbandonedWrites(idleMs: number, storage: ObjectStorage = appStorage()): Promise<number> {
  const idleBefore = new Date(Date.now() - idleMs);
  let removed = 0;
  for (const prefix of APP_KEY_PREFIXES) removed += await storage.removeAbandonedWrites(prefix, idleBefore);
  if (removed > 0) console.log(`[reelroom] removed ${removed} partial file(s) left by interrupted writes`);
  return removed;
}
