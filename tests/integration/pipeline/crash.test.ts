// Kills the worker (SIGKILL) at each step and restarts it: every generation must end archived
// exactly once, with one provider task and one stored file.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { startApp, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { t2vBody, waitForStatus } from "@/tests/support/generations";
import { startWorkerProcess } from "@/tests/support/worker";

const CRASH_POINTS = ["after-claim", "after-create", "mid-download", "after-upload"] as const;

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
  } catch {
    return [];
  }
}

describe("crash safety of the worker", () => {
  let sim: RunningSimulator;
  let app: TestApp;
  let c: Client;
  let projectId: string;
  let teamId: string;

  beforeAll(async () => {
    sim = await startSimulator({ pendingMs: 100, runningMs: 200 });
    app = await startApp("sqlite", {
      DASHSCOPE_API_KEY: "sk-test",
      DASHSCOPE_BASE_URL: sim.baseUrlTemplate,
      SIMULATOR: "off",
      WORKER_IN_PROCESS: "false",
      WORKER_LEASE_MS: "1500",
    });
    c = new Client(app.url);
    ({ projectId, teamId } = await c.signUp("Crashy", uniqueEmail("crash")));
  });
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  it.each(CRASH_POINTS)("survives a SIGKILL %s", async (point) => {
    // The generation is inserted while no worker runs (the "after insert" crash point).
    const prompt = `Crash test ${point}`;
    const { body } = await c.json("/api/v1/generations", { body: t2vBody(projectId, prompt) });
    const id = body.generation.id as string;

    const doomed = startWorkerProcess(app, { WORKER_CRASH_AT: point });
    const code = await doomed.exited;
    // tsx runs the worker in a child node process; its SIGKILL surfaces as exit code 137.
    expect(doomed.child.signalCode === "SIGKILL" || code === 137, doomed.logs.join("")).toBe(true);
    expect(doomed.logs.join("")).toContain(`crashing at ${point}`);

    const healthy = startWorkerProcess(app);
    try {
      const done = await waitForStatus(c, id, ["succeeded", "failed", "expired"], 45_000);
      expect(done.status).toBe("succeeded");
    } finally {
      healthy.child.kill("SIGTERM");
      await healthy.exited;
    }
    expect(sim.stats().tasks.filter((t) => t.prompt === prompt)).toHaveLength(1);
    const events = (await c.json(`/api/v1/generations/${id}/events`)).body.events.map((e: { type: string }) => e.type);
    expect(events.filter((t: string) => t === "succeeded")).toHaveLength(1);
    if (point === "after-create") {
      // The task created just before the crash was found at the provider and adopted, not re-sent.
      const timeline = (await c.json(`/api/v1/generations/${id}/events`)).body.events as { type: string; data: { recovered?: boolean } | null }[];
      expect(timeline.some((e) => e.type === "submitted" && e.data?.recovered)).toBe(true);
    }
    const stored = filesUnder(path.join(app.dataDir, "storage", "videos", teamId)).filter((f) => f.includes(id));
    expect(stored.filter((f) => f.endsWith(".mp4"))).toHaveLength(1);
  });

  it("leaves no temporary or orphaned files behind", () => {
    const all = filesUnder(path.join(app.dataDir, "storage"));
    const videos = all.filter((f) => f.endsWith(".mp4"));
    expect(videos).toHaveLength(CRASH_POINTS.length);
    expect(all.filter((f) => !f.endsWith(".mp4") && !f.endsWith(".meta.json"))).toEqual([]);
  });
});
