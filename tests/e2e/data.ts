// Set-up through the API for the end-to-end specs: the UI under test is elsewhere.
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { serverInfo } from "./server-info";

export const T2V = { model: "wan2.6-t2v", region: "singapore", size: "1280*720", duration: 5 } as const;

export async function firstProject(page: Page): Promise<{ id: string; name: string }> {
  const { projects } = await (await page.request.get("/api/v1/projects")).json();
  return projects[0];
}

export async function createProject(page: Page, name: string): Promise<{ id: string; name: string }> {
  const res = await page.request.post("/api/v1/projects", { data: { name } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).project;
}

export async function createGeneration(page: Page, projectId: string, prompt: string): Promise<{ id: string; projectId: string }> {
  const res = await page.request.post("/api/v1/generations", {
    data: { ...T2V, projectId, prompt },
    headers: { "Idempotency-Key": `e2e-${Date.now()}-${Math.random()}` },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).generation;
}

/** Waits until the simulator has finished it (a few seconds with serve.ts's timings). */
export async function waitUntilSucceeded(page: Page, id: string): Promise<void> {
  await expect.poll(async () => (await (await page.request.get(`/api/v1/generations/${id}`)).json()).status, { timeout: 45_000 }).toBe("succeeded");
}

/** Damages a stored generation the way a bad disk or a broken manual edit would: its request is no longer JSON. */
export function corruptGeneration(id: string): void {
  const db = new Database(serverInfo().databaseFile);
  try {
    db.prepare("UPDATE Generation SET request = ? WHERE id = ?").run("{not json", id);
  } finally {
    db.close();
  }
}
