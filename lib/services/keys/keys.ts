// Provider keys per team and region: listed without secrets, validated before saving, encrypted at rest.
import "server-only";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { recordAudit } from "@/lib/services/audit/record";
import { encryptSecret } from "@/lib/adapters/crypto/secret-box";
import { db } from "@/lib/adapters/db/client";
import type { FetchLike } from "@/lib/adapters/dashscope";
import { AppError, validationFailed } from "@/lib/contracts/errors";
import { REGIONS, type Region } from "@/lib/rules/models/types";
import { assertUsableBaseUrl } from "@/lib/services/keys/base-url";
import { instanceFallback } from "@/lib/services/provider/mode";
import type { Data } from "@/lib/contracts/common";
import type { KeySource, ProviderKey, RegionKeyStatus as RegionKeyStatusContract } from "@/lib/contracts/key";
import type { SaveKeyInput } from "@/lib/services/keys/schemas";
import { verifyKey } from "@/lib/services/keys/verify-key";
export type PublicKey = Data<typeof ProviderKey>;
export type RegionKeyStatus = Data<typeof RegionKeyStatusContract>;

const PUBLIC_SELECT = {
  region: true,
  keyLast4: true,
  workspaceId: true,
  baseUrl: true,
  validatedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = { region: string; keyLast4: string; workspaceId: string | null; baseUrl: string | null; validatedAt: Date | null; createdAt: Date; updatedAt: Date };

function toPublic(row: Row): PublicKey {
  return {
    region: row.region as Region,
    last4: row.keyLast4,
    workspaceId: row.workspaceId,
    baseUrl: row.baseUrl,
    validatedAt: row.validatedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function listKeys(actor: Actor): Promise<{ keys: PublicKey[]; regions: RegionKeyStatus[] }> {
  assertCan(actor, "key.manage");
  const rows = await db().providerCredential.findMany({ where: { teamId: actor.teamId }, select: PUBLIC_SELECT });
  const keys = REGIONS.flatMap((region) => rows.filter((r) => r.region === region).map(toPublic));
  const regions = REGIONS.map((region) => {
    const fallback: Exclude<KeySource, "team"> = instanceFallback(region) ?? "none";
    return { region, uses: keys.some((k) => k.region === region) ? ("team" as const) : fallback, fallback };
  });
  return { keys, regions };
}

export function parseRegion(value: string): Region {
  if ((REGIONS as readonly string[]).includes(value)) return value as Region;
  throw validationFailed([{ path: "region", message: `Region must be one of ${REGIONS.join(", ")}.` }]);
}

/** Checks the key with DashScope, then stores it encrypted (one key per team and region). */
export async function saveKey(actor: Actor, input: SaveKeyInput, options: { fetchImpl?: FetchLike } = {}): Promise<PublicKey> {
  assertCan(actor, "key.manage");
  if (input.baseUrl) await assertUsableBaseUrl(input.baseUrl, input.region);
  await verifyKey(input, options.fetchImpl);

  const data = {
    keyCiphertext: encryptSecret(input.apiKey),
    keyLast4: input.apiKey.slice(-4),
    workspaceId: input.workspaceId ?? null,
    baseUrl: input.baseUrl ?? null,
    createdById: actor.user.id,
    validatedAt: new Date(),
  };
  const where = { teamId_region: { teamId: actor.teamId, region: input.region } };
  const previous = await db().providerCredential.findUnique({ where, select: { id: true, keyLast4: true, workspaceId: true, baseUrl: true } });
  const row = await db().providerCredential.upsert({
    where,
    create: { teamId: actor.teamId, region: input.region, ...data },
    update: data,
    select: { id: true, ...PUBLIC_SELECT },
  });
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "key.saved",
    targetType: "provider_key",
    targetId: input.region,
    data: {
      region: input.region,
      last4: data.keyLast4,
      replaced: Boolean(previous),
      workspaceId: data.workspaceId,
      customBaseUrl: Boolean(data.baseUrl),
      // The key it replaced, so the entry says what changed (last 4 characters only, as shown everywhere).
      previous: previous && { last4: previous.keyLast4, workspaceId: previous.workspaceId, customBaseUrl: Boolean(previous.baseUrl) },
    },
  });
  return toPublic(row);
}

export async function deleteKey(actor: Actor, regionParam: string): Promise<void> {
  assertCan(actor, "key.manage");
  const region = parseRegion(regionParam);
  const row = await db().providerCredential.findUnique({
    where: { teamId_region: { teamId: actor.teamId, region } },
    select: { id: true, keyLast4: true },
  });
  if (!row) throw new AppError("not_found", `No provider key is saved for ${region}.`);
  const { count } = await db().providerCredential.deleteMany({ where: { id: row.id, teamId: actor.teamId } });
  if (count === 0) throw new AppError("not_found", `No provider key is saved for ${region}.`);
  await recordAudit({
    teamId: actor.teamId,
    actorId: actor.user.id,
    action: "key.deleted",
    targetType: "provider_key",
    targetId: region,
    data: { region, last4: row.keyLast4 },
  });
}
