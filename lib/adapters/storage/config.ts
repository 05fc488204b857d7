// Storage configuration from environment variables (STORAGE_DRIVER, S3_*), validated with zod.
import "server-only";
import { z } from "zod";
import type { StorageConfig } from "@/lib/adapters/storage/types";

export const DEFAULT_LOCAL_ROOT = "data/storage";

const booleanFlag = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((value) => value === "true" || value === "1" || value === "yes");

const s3EnvSchema = z.object({
  S3_BUCKET: z.string({ error: "is required when STORAGE_DRIVER=s3" }),
  S3_ENDPOINT: z.url("must be a URL such as https://oss-ap-southeast-1.aliyuncs.com").optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string({ error: "is required when STORAGE_DRIVER=s3" }),
  S3_SECRET_ACCESS_KEY: z.string({ error: "is required when STORAGE_DRIVER=s3" }),
  S3_FORCE_PATH_STYLE: booleanFlag.default(false),
});

export type StorageEnv = Record<string, string | undefined>;

/** Throws an Error listing every problem when the variables do not describe a usable storage. */
export function storageConfigFromEnv(env: StorageEnv): StorageConfig {
  const driver = env.STORAGE_DRIVER?.trim() || "local";
  if (driver === "local") {
    return { driver: "local", root: env.STORAGE_ROOT?.trim() || DEFAULT_LOCAL_ROOT };
  }
  if (driver !== "s3") throw new Error(`STORAGE_DRIVER must be "local" or "s3", got "${driver}"`);
  const blankToUndefined = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, value?.trim() ? value.trim() : undefined]));
  const parsed = s3EnvSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    throw new Error(`Invalid S3 storage settings: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  const s3 = parsed.data;
  return {
    driver: "s3",
    bucket: s3.S3_BUCKET,
    endpoint: s3.S3_ENDPOINT,
    region: s3.S3_REGION,
    accessKeyId: s3.S3_ACCESS_KEY_ID,
    secretAccessKey: s3.S3_SECRET_ACCESS_KEY,
    forcePathStyle: s3.S3_FORCE_PATH_STYLE,
  };
}
