import { expect } from "vitest";
import type { Client } from "@/tests/support/client";

export const t2vBody = (projectId: string, prompt = "A lighthouse at dusk, waves crashing, cinematic") => ({
  projectId,
  model: "wan2.6-t2v",
  region: "singapore",
  prompt,
  size: "1280*720",
  duration: 5,
});

export async function waitForStatus(c: Client, id: string, statuses: string[], timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last: any;
  while (Date.now() < deadline) {
    last = (await c.json(`/api/v1/generations/${id}`)).body?.generation;
    if (last && statuses.includes(last.status) && !last.archiving) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  expect.fail(`generation ${id} did not reach ${statuses.join("/")}; last: ${JSON.stringify(last)}`);
}
