// Starts s3rver (an S3-compatible server) on loopback with a throwaway bucket directory.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3StorageConfig } from "@/lib/adapters/storage/types";
import { multipartListingMiddleware, storedUploads, type StoredUpload } from "./s3-multipart";

export const TEST_BUCKET = "reelroom-test";

export interface RunningS3 {
  config: S3StorageConfig;
  /** Names of S3 events seen so far, e.g. "ObjectCreated:Post" for a completed multipart upload. */
  events: string[];
  /** Where s3rver keeps its files (objects and unfinished multipart uploads). */
  directory: string;
  /** Multipart uploads started and neither completed nor aborted. */
  incompleteUploads(): Promise<StoredUpload[]>;
  close(): Promise<void>;
}

export async function startS3(): Promise<RunningS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "reelroom-s3-"));
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  // First in line, ahead of s3rver's router (Koa composes the list when the server starts).
  server.middleware.unshift(multipartListingMiddleware(directory));
  const events: string[] = [];
  server.on("event", (event) => events.push(...event.Records.map((record) => record.eventName)));
  const { port } = await server.run();
  return {
    config: {
      driver: "s3",
      bucket: TEST_BUCKET,
      endpoint: `http://127.0.0.1:${port}`,
      region: "us-east-1",
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
    },
    events,
    directory,
    incompleteUploads: () => storedUploads(directory, TEST_BUCKET),
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** The app's settings for storing into this server's bucket. */
export function s3StorageEnv(s3: RunningS3): Record<string, string> {
  return {
    STORAGE_DRIVER: "s3",
    S3_BUCKET: s3.config.bucket,
    S3_ENDPOINT: s3.config.endpoint!,
    S3_REGION: s3.config.region,
    S3_ACCESS_KEY_ID: s3.config.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.config.secretAccessKey,
    S3_FORCE_PATH_STYLE: "true",
  };
}
