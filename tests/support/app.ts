// Starts the built Next app as a real HTTP server on a free port with its own fresh database
// (SQLite file or a new PostgreSQL database in the suite's throwaway cluster).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { migrate } from "@/lib/adapters/db/migrate";
import { createDatabase } from "@/scripts/lib/temp-postgres.mjs";

export type DbKind = "sqlite" | "postgres";
export const DB_KINDS: DbKind[] = ["sqlite", "postgres"];

export interface TestApp {
  url: string;
  databaseUrl: string;
  dataDir: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let dbCounter = 0;

export async function freshDatabase(kind: DbKind, dataDir: string): Promise<string> {
  if (kind === "sqlite") return `file:${path.join(dataDir, "test.db")}`;
  const name = `t_${process.pid}_${Date.now().toString(36)}_${dbCounter++}`;
  const base = process.env.TEST_POSTGRES_URL ?? (await import("vitest")).inject("postgresUrl");
  return createDatabase(base, name);
}

export async function startApp(kind: DbKind, extraEnv: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "reelroom-app-"));
  const databaseUrl = await freshDatabase(kind, dataDir);
  await migrate(databaseUrl);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: url,
    NEXTAUTH_URL: url,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SECRET_KEY: randomBytes(32).toString("hex"),
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    ALLOW_PRIVATE_URLS: "true",
    WORKER_POLL_INTERVAL_MS: "200",
    WORKER_TICK_MS: "100",
    ...extraEnv,
  };
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, DASHSCOPE_API_KEY: extraEnv.DASHSCOPE_API_KEY ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  child.stdout?.on("data", (d) => logs.push(String(d)));
  child.stderr?.on("data", (d) => logs.push(String(d)));
  await waitForHttp(`${url}/api/v1/health`, child, logs);
  return {
    url,
    databaseUrl,
    dataDir,
    env,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHttp(url: string, child: ChildProcess, logs: string[]) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited early:\n${logs.join("")}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`app did not start:\n${logs.join("")}`);
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
