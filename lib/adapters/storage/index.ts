// Entry point of the storage adapter: pick a driver from configuration.
import "server-only";
import { LocalObjectStorage } from "@/lib/adapters/storage/local";
import { S3ObjectStorage } from "@/lib/adapters/storage/s3";
import type { ObjectStorage, StorageConfig } from "@/lib/adapters/storage/types";

export function createStorage(config: StorageConfig): ObjectStorage {
  switch (config.driver) {
    case "local":
      return new LocalObjectStorage(config);
    case "s3":
      return new S3ObjectStorage(config);
  }
}

export type * from "@/lib/adapters/storage/types";
export { StorageError } from "@/lib/adapters/storage/errors";
export { storageConfigFromEnv } from "@/lib/adapters/storage/config";
export { APP_KEY_PREFIXES, posterObjectKey, posterVersion, videoObjectKey } from "@/lib/adapters/storage/keys";
export { ingestFromUrl, IngestError } from "@/lib/adapters/storage/ingest";
export { serveObject } from "@/lib/adapters/storage/serve";
export { objectResponse } from "@/lib/adapters/storage/web-response";
