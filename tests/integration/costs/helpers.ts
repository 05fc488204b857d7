// Shared set-up of the costs tests: the app routed to a real DashScope simulator, people in roles,
// and the two request bodies whose prices are known (t2v 0.10 USD/s, r2v-flash with sound 0.05 USD/s).
import { expect } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { startApp, type DbKind, type TestApp } from "@/tests/support/app";
import { Client, uniqueEmail } from "@/tests/support/client";
import { waitForStatus } from "@/tests/support/generations";

export { waitForStatus };

export interface CostsEnv {
  sim: RunningSimulator;
  app: TestApp;
}

export async function startCostsApp(kind: DbKind): Promise<CostsEnv> {
  const sim = await startSimulator({ pendingMs: 100, runningMs: 200 });
  const app = await startApp(kind, { DASHSCOPE_API_KEY: "sk-test", DASHSCOPE_BASE_URL: sim.baseUrlTemplate, SIMULATOR: "off" });
  return { sim, app };
}

export async function stopCostsApp(env: Partial<CostsEnv>) {
  await env.app?.stop();
  await env.sim?.close();
}

/** 1280*720, 5 s → 5 billed seconds × 0.10 USD = 0.5 USD. */
export { t2vBody as t2v } from "@/tests/support/bodies";

/** Output 5 s + the 4.2 s video truncated to 2.5 s (two references) = 7.5 s × 0.05 USD = 0.375 USD. */
export const r2vFlash = (sim: RunningSimulator, projectId: string, prompt = "character1 holds character2 up to the camera") => ({
  projectId,
  model: "wan2.6-r2v-flash",
  region: "singapore",
  prompt,
  references: [{ url: sim.mediaUrl("person.mp4") }, { url: sim.mediaUrl("product.png") }],
  size: "1280*720",
  duration: 5,
  audio: true,
});

let keys = 0;
export async function submit(c: Client, body: unknown) {
  return c.json("/api/v1/generations", { body, headers: { "idempotency-key": `costs-${Date.now()}-${keys++}` } });
}

export async function submitAndFinish(c: Client, body: unknown) {
  const res = await submit(c, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return waitForStatus(c, res.body.generation.id, ["succeeded", "failed", "expired"], 45_000);
}

export async function join(
  app: TestApp,
  owner: Client,
  role: "admin" | "member" | "viewer",
  name = `${role} person`,
): Promise<{ client: Client; userId: string }> {
  const invited = await owner.json("/api/v1/invitations", { body: { role } });
  expect(invited.status).toBe(201);
  const token = new URL(invited.body.invitation.url).pathname.split("/").pop()!;
  const client = new Client(app.url);
  const account = await client.signUp(name, uniqueEmail(role));
  const accepted = await client.json("/api/v1/invitations/accept", { body: { token } });
  expect(accepted.status).toBe(200);
  return { client, userId: account.user.id };
}

/** This UTC day and month, as the report keys them. */
export const today = () => new Date().toISOString().slice(0, 10);
