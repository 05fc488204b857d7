// Shared set-up for the admin integration tests: people in roles, tokens, a Bearer client.
import { expect } from "vitest";
import { Client, uniqueEmail } from "@/tests/support/client";
import type { TestApp } from "@/tests/support/app";

export type Role = "owner" | "admin" | "member" | "viewer";

export async function join(app: TestApp, owner: Client, role: Exclude<Role, "owner">, name = `${role} person`): Promise<Client> {
  const invited = await owner.json("/api/v1/invitations", { body: { role } });
  expect(invited.status).toBe(201);
  const token = new URL(invited.body.invitation.url).pathname.split("/").pop()!;
  const c = new Client(app.url);
  await c.signUp(name, uniqueEmail(role));
  const accepted = await c.json("/api/v1/invitations/accept", { body: { token } });
  expect(accepted.status).toBe(200);
  return c;
}

export async function createToken(c: Client, name = "script"): Promise<{ token: string; id: string }> {
  const res = await c.json("/api/v1/tokens", { body: { name } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { token: res.body.token, id: res.body.apiToken.id };
}

/** Requests with Authorization: Bearer and no cookies. */
export function bearer(app: TestApp, token: string) {
  const c = new Client(app.url);
  return {
    json: <T = any>(path: string, init: { method?: string; body?: unknown } = {}) =>
      c.json<T>(path, { ...init, headers: { authorization: `Bearer ${token}` } }),
  };
}

/** Waits until the current fixed one-minute rate-limit window has at least `seconds` left. */
export async function awayFromMinuteBoundary(seconds = 10): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((r) => setTimeout(r, left + 200));
}
