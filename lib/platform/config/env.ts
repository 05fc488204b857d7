// Environment, validated once with zod. Missing secrets are generated on first start and kept
// under data/ (see lib/platform/config/secrets.ts) so a newcomer needs no configuration at all.
import "server-only";
import { z } from "zod";
import { REGIONS } from "@/lib/rules/models/types";

const bool = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === "true" || v === "1"));

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: int(3000),
    APP_URL: z.url({ message: "APP_URL must be an absolute URL such as https://reelroom.example.com" }).optional(),
    DATA_DIR: z.string().default("data"),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)")
      .optional(),
    DASHSCOPE_API_KEY: z.string().min(1).optional(),
    DASHSCOPE_REGION: z.enum(REGIONS, { message: `DASHSCOPE_REGION must be one of ${REGIONS.join(", ")}` }).default("singapore"),
    DASHSCOPE_BASE_URL: z.url({ message: "DASHSCOPE_BASE_URL must be an absolute URL ending in /api/v1" }).optional(),
    DASHSCOPE_TIMEOUT_MS: int(20_000),
    SIMULATOR: z.enum(["auto", "on", "off"]).default("auto"),
    SIMULATOR_PORT: z.coerce.number().int().min(0).default(0),
    SIMULATOR_PENDING_MS: z.coerce.number().int().min(0).default(3_000),
    SIMULATOR_RUNNING_MS: z.coerce.number().int().min(0).default(12_000),
    ALLOW_PRIVATE_URLS: bool(false),
    WORKER_IN_PROCESS: bool(true),
    WORKER_POLL_INTERVAL_MS: int(15_000),
    WORKER_TICK_MS: int(1_000),
    WORKER_LEASE_MS: int(60_000),
    /** How often each provider account is reconciled with the provider's task list (lib/services/reconciliation). */
    RECONCILE_INTERVAL_MS: int(3_600_000),
    PROVIDER_CONCURRENCY: z.coerce.number().int().positive().optional(),
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    STORAGE_DIR: z.string().optional(),
    S3_BUCKET: z.string().optional(),
    S3_ENDPOINT: z.string().optional(),
    S3_REGION: z.string().default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: bool(false),
    SECRET_KEY: z.string().min(32, "SECRET_KEY must be at least 32 characters (64 hex characters recommended)").optional(),
    SECRET_KEY_PREVIOUS: z.string().optional(),
    NEXTAUTH_SECRET: z.string().min(16).optional(),
    SIGNUP_ENABLED: bool(true),
    SIGNIN_MAX_ATTEMPTS: int(10),
    API_WRITE_RATE_PER_MINUTE: int(120),
    OUTBOUND_RATE_PER_MINUTE: int(60),
    GITHUB_ID: z.string().optional(),
    GITHUB_SECRET: z.string().optional(),
    GOOGLE_ID: z.string().optional(),
    GOOGLE_SECRET: z.string().optional(),
    OIDC_ISSUER: z.string().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_NAME: z.string().default("SSO"),
    SMTP_HOST: z.string().optional(),
    SMTP_PORT: z.coerce
      .number({ message: "SMTP_PORT must be a port number such as 587" })
      .int()
      .min(1)
      .max(65535, "SMTP_PORT must be at most 65535")
      .default(587),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_FROM: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE_DRIVER === "s3") {
      for (const key of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required when STORAGE_DRIVER=s3` });
      }
    }
    if (env.SMTP_HOST && !env.SMTP_FROM)
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_FROM"],
        message: "SMTP_FROM is required when SMTP_HOST is set (for example Reelroom <reelroom@example.com>)",
      });
    if (env.SMTP_USER && !env.SMTP_PASSWORD)
      ctx.addIssue({ code: "custom", path: ["SMTP_PASSWORD"], message: "SMTP_PASSWORD is required when SMTP_USER is set" });
  });

export type Env = z.infer<typeof schema> & { APP_URL: string; DATABASE_URL: string; STORAGE_DIR: string };

let cached: Env | undefined;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set" (as in `FOO= npm start`).
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "env"}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  return {
    ...env,
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    DATABASE_URL: env.DATABASE_URL ?? `file:${env.DATA_DIR}/reelroom.db`,
    STORAGE_DIR: env.STORAGE_DIR ?? `${env.DATA_DIR}/storage`,
  };
}

export function env(): Env {
  cached ??= loadEnv();
  return cached;
}

export function isPostgres(url: string = env().DATABASE_URL): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
