// Probes every URL a request names (references, voice samples, audio track), once per URL:
// results are cached in the ReferenceProbe table for a day.
import { db } from "@/lib/db";
import { probeMedia, ProbeError } from "@/lib/probe";
import type { Issue, MediaKind, ProbedMedia } from "@/lib/models/types";

const CACHE_MS = 24 * 3600_000;

interface UrlField {
  url: string;
  path: string;
}

export function urlFields(body: Record<string, unknown>): UrlField[] {
  const fields: UrlField[] = [];
  const refs = Array.isArray(body.references) ? body.references : [];
  refs.forEach((ref, i) => {
    if (ref && typeof ref === "object") {
      const r = ref as Record<string, unknown>;
      if (typeof r.url === "string") fields.push({ url: r.url, path: `references.${i}.url` });
      if (typeof r.voiceUrl === "string") fields.push({ url: r.voiceUrl, path: `references.${i}.voiceUrl` });
    }
  });
  if (typeof body.audioUrl === "string") fields.push({ url: body.audioUrl, path: "audioUrl" });
  return fields;
}

async function cached(url: string): Promise<ProbedMedia | null> {
  const row = await db().referenceProbe.findUnique({ where: { url } });
  if (!row || Date.now() - row.probedAt.getTime() > CACHE_MS) return null;
  return {
    url,
    kind: row.kind as MediaKind,
    contentType: row.contentType ?? undefined,
    bytes: row.bytes === null ? undefined : Number(row.bytes),
    durationSeconds: row.durationSeconds ?? undefined,
  };
}

async function remember(media: ProbedMedia): Promise<void> {
  const data = {
    kind: media.kind,
    contentType: media.contentType ?? null,
    bytes: media.bytes === undefined ? null : BigInt(media.bytes),
    durationSeconds: media.durationSeconds ?? null,
    probedAt: new Date(),
  };
  await db().referenceProbe.upsert({ where: { url: media.url }, create: { url: media.url, ...data }, update: data }).catch(() => undefined);
}

export async function probeAll(fields: UrlField[], allowPrivate: boolean): Promise<{ probes: Record<string, ProbedMedia>; issues: Issue[] }> {
  const probes: Record<string, ProbedMedia> = {};
  const issues: Issue[] = [];
  const unique = [...new Map(fields.map((f) => [f.url, f])).values()];
  await Promise.all(
    unique.map(async (field) => {
      try {
        const media = (await cached(field.url)) ?? (await probeMedia(field.url, { allowPrivate }));
        probes[field.url] = media;
        await remember(media);
      } catch (error) {
        const message = error instanceof ProbeError ? error.userMessage : `${field.url} could not be read.`;
        for (const f of fields.filter((x) => x.url === field.url)) issues.push({ path: f.path, message: `${f.path}: ${message}` });
      }
    }),
  );
  return { probes, issues };
}
