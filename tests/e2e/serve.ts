// The end-to-end server: a fresh SQLite database and data directory, the demo simulator, fast
// polling. Started by Playwright's webServer.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/lib/adapters/db/migrate";
import { serverInfoPath } from "./server-info";

const port = process.env.E2E_PORT ?? "3210";
const dataDir = mkdtempSync(path.join(os.tmpdir(), "reelroom-e2e-"));
// Tests that need the database itself (e.g. to damage a row on purpose) find it here.
mkdirSync("test-results", { recursive: true });
writeFileSync(serverInfoPath(port), JSON.stringify({ dataDir, databaseFile: path.join(dataDir, "e2e.db") }));
const url = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "e2e.db")}`,
  APP_URL: url,
  NEXTAUTH_URL: url,
  PORT: port,
  ALLOW_PRIVATE_URLS: "true",
  WORKER_POLL_INTERVAL_MS: "300",
  WORKER_TICK_MS: "150",
  DASHSCOPE_API_KEY: "",
  // Fast simulated tasks so the gallery's live updates can be watched within a test.
  SIMULATOR_PENDING_MS: process.env.SIMULATOR_PENDING_MS ?? "1000",
  SIMULATOR_RUNNING_MS: process.env.SIMULATOR_RUNNING_MS ?? "3000",
  SCREENSHOT_DIR: process.env.SCREENSHOT_DIR ?? "test-results/screenshots",
} as NodeJS.ProcessEnv;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
}

void (async () => {
  // The demo simulator listens on a known port and DASHSCOPE_BASE_URL points at it, so a provider
  // key saved in Settings → Provider keys is checked (and then used) against the simulator instead
  // of the real DashScope. Demo mode is unchanged: without DASHSCOPE_API_KEY the simulator stays on.
  env.SIMULATOR_PORT = process.env.SIMULATOR_PORT || String(await freePort());
  env.DASHSCOPE_BASE_URL = process.env.DASHSCOPE_BASE_URL || `http://127.0.0.1:${env.SIMULATOR_PORT}/{region}/api/v1`;
  await migrate(env.DATABASE_URL!);
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
})();
