// AES-256-GCM for secrets at rest (provider keys, webhook signing secrets).
// Format: "v1.<iv>.<tag>.<ciphertext>" (base64url). The key comes from SECRET_KEY.
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { previousSecretKey, secretKey } from "@/lib/platform/config/secrets";

function keyBytes(secret: string): Buffer {
  return /^[0-9a-f]{64}$/i.test(secret) ? Buffer.from(secret, "hex") : createHash("sha256").update(secret).digest();
}

export function encryptSecret(plain: string, secret: string = secretKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyBytes(secret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function decryptSecret(box: string, secret: string = secretKey()): string {
  const [version, iv, tag, data] = box.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("Unrecognized secret format.");
  const decipher = createDecipheriv("aes-256-gcm", keyBytes(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

/** Decrypts with SECRET_KEY, or with SECRET_KEY_PREVIOUS while a rotation is under way. */
export function openSecret(box: string): string {
  try {
    return decryptSecret(box);
  } catch (error) {
    const previous = previousSecretKey();
    if (previous) return decryptSecret(box, previous);
    throw error;
  }
}
