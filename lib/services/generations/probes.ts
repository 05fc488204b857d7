// Probes every URL a request names (references, voice samples, audio track), once per URL.
// Results are cached in the ReferenceProbe table for a day, per version of the file: before a
// cached probe is used, a one-byte request reads the file's ETag / Last-Modified / size, so a
// file replaced under the same URL (a re-uploaded alice.mp4) is probed again, never under-quoted.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { probeMediaAndVersion, readValidators, versionKey, ProbeError } from "@/lib/adapters/probe";
import { fieldLabel } from "@/lib/rules/models/messages";
import type { Issue, MediaKind, ProbedMedia } from "@/lib/rules/models/types";
import type { UrlField } from "@/lib/rules/models/validate";

const CACHE_MS = 24 * 3600_000;

/**
 * The row key: URL plus version. The table's only key column is `url`, so the version rides in it
 * (a line break never occurs in a URL); rows of older versions expire with the day.
 */
function cacheKey(url: string, version: string): string {
  return `${url}\n${version}`;
}

async function cached(url: string, version: string): Promise<ProbedMedia | null> {
  const row = await db().referenceProbe.findUnique({ where: { url: cacheKey(url, version) } });
  if (!row || Date.now() - row.probedAt.getTime() > CACHE_MS) return null;
  return {
    url,
    kind: row.kind as MediaKind,
    contentType: row.contentType ?? undefined,
    bytes: row.bytes === null ? undefined : Number(row.bytes),
    durationSeconds: row.durationSeconds ?? undefined,
  };
}

async function remember(media: ProbedMedia, version: string): Promise<void> {
  const key = cacheKey(media.url, version);
  const data = {
    kind: media.kind,
    contentType: media.contentType ?? null,
    bytes: media.bytes === undefined ? null : BigInt(media.bytes),
    durationSeconds: media.durationSeconds ?? null,
    probedAt: new Date(),
  };
  await db()
    .referenceProbe.upsert({ where: { url: key }, create: { url: key, ...data }, update: data })
    .catch(() => undefined);
  await db()
    .referenceProbe.deleteMany({ where: { probedAt: { lt: new Date(Date.now() - CACHE_MS) } } })
    .catch(() => undefined);
}

/** The cached probe of the file as it is now, else a fresh probe (cached when the server names a version). */
async function probeCurrent(url: string, allowPrivate: boolean): Promise<ProbedMedia> {
  const current = await readValidators(url, { allowPrivate });
  const version = current ? versionKey(current) : null;
  const hit = version ? await cached(url, version) : null;
  if (hit) return hit;
  const { media, validators } = await probeMediaAndVersion(url, { allowPrivate });
  // Filed under the version the probe itself read, in case the file changed in between.
  const probedVersion = versionKey(validators);
  if (probedVersion) await remember(media, probedVersion);
  return media;
}

/** `mayReachPrivate` says, per URL, whether it may lead to a private address (one of ours, or allowed instance-wide). */
export async function probeAll(
  fields: readonly UrlField[],
  mayReachPrivate: (url: string) => boolean,
): Promise<{ probes: Record<string, ProbedMedia>; issues: Issue[] }> {
  const probes: Record<string, ProbedMedia> = {};
  const issues: Issue[] = [];
  const unique = [...new Map(fields.map((f) => [f.url, f])).values()];
  await Promise.all(
    unique.map(async (field) => {
      try {
        probes[field.url] = await probeCurrent(field.url, mayReachPrivate(field.url));
      } catch (error) {
        const message = error instanceof ProbeError ? error.userMessage : `${field.url} could not be read.`;
        for (const f of fields.filter((x) => x.url === field.url)) issues.push({ path: f.path, message: `${fieldLabel(f.path)}: ${message}` });
      }
    }),
  );
  return { probes, issues };
}
