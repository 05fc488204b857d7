// Instance secrets: from the environment, or generated once and kept in data/secrets.json.
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/platform/config/env";

interface StoredSecrets {
  secretKey: string;
  authSecret: string;
}

let stored: StoredSecrets | undefined;

function storedSecrets(): StoredSecrets {
  if (stored) return stored;
  const file = path.join(env().DATA_DIR, "secrets.json");
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, "utf8")) as StoredSecrets;
    return stored;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  stored = { secretKey: randomBytes(32).toString("hex"), authSecret: randomBytes(32).toString("hex") };
  writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  console.warn(
    `[reelroom] SECRET_KEY / NEXTAUTH_SECRET are not set: generated new ones in ${file}. ` +
      "Back this file up (it decrypts stored provider keys) or set the variables explicitly.",
  );
  return stored;
}

/** The key that encrypts provider keys and webhook secrets at rest. */
export function secretKey(): string {
  return env().SECRET_KEY ?? storedSecrets().secretKey;
}

/** The previous SECRET_KEY during a rotation (see `npm run cli -- keys:rotate`). */
export function previousSecretKey(): string | undefined {
  return env().SECRET_KEY_PREVIOUS;
}

/** Signs sessions (next-auth) and share links. */
export function authSecret(): string {
  return env().NEXTAUTH_SECRET ?? storedSecrets().authSecret;
}
