import type { IncomingMessage } from "node:http";
import { REGIONS, type Region } from "@/lib/rules/models/types";

export type AuthOutcome = { ok: true; key: string } | { ok: false; status: 401; code: "InvalidApiKey"; message: string };

/**
 * Simulated keys: "sk-<region>-…" is valid only in that region (as real keys are region-bound),
 * "sk-bad…" and listed invalid keys are rejected, any other "sk-…" key works everywhere.
 */
export function checkApiKey(req: IncomingMessage, region: Region, invalidKeys: string[]): AuthOutcome {
  const header = req.headers.authorization ?? "";
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  const key = match ? match[1].trim() : "";
  if (key === "") return { ok: false, status: 401, code: "InvalidApiKey", message: "No API-key provided." };
  const invalid = { ok: false, status: 401, code: "InvalidApiKey", message: "Invalid API-key provided." } as const;
  if (!key.startsWith("sk-") || key.startsWith("sk-bad") || invalidKeys.includes(key)) return invalid;
  const boundRegion = REGIONS.find((r) => key.startsWith(`sk-${r}-`));
  if (boundRegion && boundRegion !== region) return invalid;
  return { ok: true, key };
}
