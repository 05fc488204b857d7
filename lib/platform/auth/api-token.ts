import "server-only";
import { createHash, randomBytes } from "node:crypto";

const PREFIX = "rr_";

export function newApiToken(): { token: string; hash: string; prefix: string } {
  const token = PREFIX + randomBytes(24).toString("base64url");
  return { token, hash: hashApiToken(token), prefix: token.slice(0, 10) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
