// Runs the worker as a separate process against a test app's database and storage: the normal one
// (`npm run worker`) or one that dies at a crash point (tests/support/crash-worker.ts).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { TestApp } from "@/tests/support/app";
import type { CrashPoint } from "@/lib/services/worker/hooks";

export interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  logs: string[];
}

function spawnWorker(app: TestApp, args: string[], extraEnv: Record<string, string>): WorkerProcess {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", ...args], {
    env: { ...process.env, ...app.env, NODE_ENV: "production", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  child.stdout?.on("data", (d) => logs.push(String(d)));
  child.stderr?.on("data", (d) => logs.push(String(d)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, logs };
}

export function startWorkerProcess(app: TestApp, extraEnv: Record<string, string> = {}): WorkerProcess {
  return spawnWorker(app, ["scripts/cli.ts", "worker"], extraEnv);
}

/** A worker that SIGKILLs itself at `point`; at "mid-download" after `afterBytes` of the video. */
export function startCrashingWorker(app: TestApp, point: CrashPoint, options: { afterBytes?: number; env?: Record<string, string> } = {}): WorkerProcess {
  const args = ["tests/support/crash-worker.ts", point, ...(options.afterBytes ? [String(options.afterBytes)] : [])];
  return spawnWorker(app, args, options.env ?? {});
}
