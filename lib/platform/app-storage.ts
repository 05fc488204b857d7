// The configured object storage (local disk under data/ by default, or S3-compatible).
import "server-only";
import { env } from "@/lib/platform/config/env";
import { createStorage, storageConfigFromEnv, type ObjectStorage } from "@/lib/adapters/storage";

const holder = globalThis as unknown as { reelroomStorage?: ObjectStorage };

export function appStorage(): ObjectStorage {
  if (!holder.reelroomStorage) {
    const e = env();
    holder.reelroomStorage = createStorage(storageConfigFromEnv({ ...process.env, STORAGE_DRIVER: e.STORAGE_DRIVER, STORAGE_ROOT: e.STORAGE_DIR }));
  }
  return holder.reelroomStorage;
}
