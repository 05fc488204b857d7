// Entry point of the storage adapter: pick a driver from configuration.
import { LocalObjectStorage } from "@/lib/storage/local";
import { S3ObjectStorage } from "@/lib/storage/s3";
import type { ObjectStorage, StorageConfig } from "@/lib/storage/types";

export function createStorage(config: StorageConfig): ObjectStorage {
  switch (config.driver) {
    case "local":
      return new LocalObjectStorage(config);
    case "s3":
      return new S3ObjectStorage(config);
  }
}

export type * from "@/lib/storage/types";
export { StorageError } from "@/lib/storage/errors";
export { storageConfigFromEnv, DEFAULT_LOCAL_ROOT } from "@/lib/storage/config";
export { APP_KEY_PREFIXES, videoObjectKey, assertValidKey, isValidKey, attachmentDisposition } from "@/lib/storage/keys";
export { ingestFromUrl, IngestError } from "@/lib/storage/ingest";
export { parseRangeHeader, rangeResponseHeaders } from "@/lib/storage/range";
export { serveObject } from "@/lib/storage/serve";
