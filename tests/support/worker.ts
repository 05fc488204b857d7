// Runs `npm run worker` as a separate process against a test app's database and storage.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { TestApp } from "@/tests/support/app";

export interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  logs: string[];
}

export function startWorkerProcess(app: TestApp, extraEnv: Record<string, string> = {}): WorkerProcess {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/cli.ts", "worker"], {
    env: { ...process.env, ...app.env, NODE_ENV: "production", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  child.stdout?.on("data", (d) => logs.push(String(d)));
  child.stderr?.on("data", (d) => logs.push(String(d)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, logs };
}
