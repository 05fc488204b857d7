// Webhook signatures: Reelroom-Signature: v1=<hex HMAC-SHA256(secret, `${timestamp}.${body}`)>.
import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_VERSION = "v1";
/** How far a receiver should accept a timestamp from its own clock (documented in docs/webhooks.md). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}

export function signPayload(secret: string, timestamp: number, body: string): string {
  return `${SIGNATURE_VERSION}=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export interface DeliveryHeaders {
  "content-type": string;
  "Reelroom-Event": string;
  "Reelroom-Delivery": string;
  "Reelroom-Timestamp": string;
  "Reelroom-Signature": string;
}

export function deliveryHeaders(input: { secret: string; event: string; deliveryId: string; body: string; timestamp: number }): DeliveryHeaders {
  return {
    "content-type": "application/json",
    "Reelroom-Event": input.event,
    "Reelroom-Delivery": input.deliveryId,
    "Reelroom-Timestamp": String(input.timestamp),
    "Reelroom-Signature": signPayload(input.secret, input.timestamp, input.body),
  };
}

/** The receiver's check, as documented: constant-time compare and a fresh timestamp. */
export function verifySignature(input: {
  secret: string;
  body: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  nowSeconds?: number;
  toleranceSeconds?: number;
}): boolean {
  const ts = Number(input.timestamp);
  if (!input.timestamp || !Number.isInteger(ts) || !input.signature) return false;
  const now = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - ts) > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signPayload(input.secret, ts, input.body));
  const given = Buffer.from(input.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
