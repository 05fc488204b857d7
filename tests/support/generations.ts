import { expect } from "vitest";
import type { Client } from "@/tests/support/client";

export { t2vBody } from "@/tests/support/bodies";

export async function waitForStatus(c: Client, id: string, statuses: string[], timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last: any;
  while (Date.now() < deadline) {
    last = (await c.json(`/api/v1/generations/${id}`)).body;
    if (last && statuses.includes(last.status) && !last.archiving) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  expect.fail(`generation ${id} did not reach ${statuses.join("/")}; last: ${JSON.stringify(last)}`);
}
