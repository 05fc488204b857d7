// The current request's client address, available to the audit log without threading it
// through every service call.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

const storage = new AsyncLocalStorage<{ ip: string | null }>();

export function clientIp(req: Request): string | null {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || req.headers.get("x-real-ip") || null;
}

export function withRequestContext<T>(req: Request, fn: () => Promise<T>): Promise<T> {
  return storage.run({ ip: clientIp(req) }, fn);
}

export function currentIp(): string | null {
  return storage.getStore()?.ip ?? null;
}
