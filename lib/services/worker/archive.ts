// archiving → succeeded: stream the provider's 24-hour video URL into permanent storage (never
// held in memory), with content-type and size checks and a sha256, then mark the row succeeded.
// The object key is fixed per generation, so a retry overwrites instead of leaving orphans.
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/env";
import { appStorage } from "@/lib/platform/app-storage";
import { ingestFromUrl, IngestError, videoObjectKey } from "@/lib/adapters/storage";
import { safeFetch } from "@/lib/adapters/net/safe-fetch";
import { addEvent } from "@/lib/services/generations/events";
import { crashPoint } from "@/lib/services/worker/crash";
import { finish } from "@/lib/services/worker/finish";
import { extendLease, release } from "@/lib/services/worker/lease";

const DAY_MS = 24 * 3600_000;
const MAX_VIDEO_BYTES = 2 * 1024 ** 3;

/** The download: SSRF-checked (the simulator's own result URLs are loopback and trusted). */
const fetchForArchive = (allowPrivate: boolean) => (url: string, init: RequestInit) => {
  const response = safeFetch(url, { ...init, allowPrivate, timeoutMs: 30 * 60_000 });
  if (process.env.WORKER_CRASH_AT !== "mid-download") return response;
  // Test hook: pass on the first WORKER_CRASH_AFTER_BYTES (default 32 KB), then hold the download
  // while storage writes them, and die with the file half-stored.
  const crashAfter = Number(process.env.WORKER_CRASH_AFTER_BYTES ?? 32 * 1024);
  return response.then((res) => {
    let seen = 0;
    const hold = () => new Promise<void>(() => setTimeout(() => crashPoint("mid-download"), 500));
    const body = res.body!.pipeThrough(
      new TransformStream({
        transform: (chunk, c) => {
          seen += chunk.byteLength;
          c.enqueue(chunk);
          return seen > crashAfter ? hold() : undefined;
        },
      }),
    );
    return new Response(body, { status: res.status, headers: res.headers });
  });
};

/** When the provider's URL stops working: its Expires parameter, else 24 h after the task finished. */
function linkExpiry(g: Generation): number {
  const expires = Number(g.providerVideoUrl ? new URL(g.providerVideoUrl).searchParams.get("Expires") : NaN);
  if (Number.isFinite(expires) && expires > 0) return expires * 1000;
  return (g.submittedAt ?? g.createdAt).getTime() + DAY_MS;
}

export async function archive(g: Generation, workerId: string): Promise<void> {
  if (!g.providerVideoUrl) {
    await finish(
      g,
      workerId,
      "failed",
      { errorCode: "NoVideoUrl", errorMessage: "The provider reported success but gave no video URL." },
      { message: "No video URL in the provider's answer." },
    );
    return;
  }
  const key = videoObjectKey(g.teamId, g.id);
  // Long downloads keep their lease alive; a dead worker's lease simply runs out.
  const leaseMs = env().WORKER_LEASE_MS;
  const heartbeat = setInterval(() => void extendLease(g, workerId, leaseMs).catch(() => undefined), leaseMs / 3);
  try {
    const stored = await ingestFromUrl({
      url: g.providerVideoUrl,
      storage: appStorage(),
      key,
      fetchImpl: fetchForArchive(env().ALLOW_PRIVATE_URLS || g.keySource === "simulator"),
      allowedContentTypes: ["video/mp4"],
      maxBytes: MAX_VIDEO_BYTES,
      timeoutMs: 30 * 60_000,
    });
    crashPoint("after-upload");
    await finish(
      g,
      workerId,
      "succeeded",
      {
        videoKey: key,
        videoBytes: BigInt(stored.bytes),
        videoSha256: stored.sha256,
        videoContentType: stored.contentType,
        archivedAt: new Date(),
        providerVideoUrl: null,
      },
      {
        message: `Archived ${(stored.bytes / 1024 / 1024).toFixed(2)} MB`,
        data: { bytes: stored.bytes, sha256: stored.sha256, key },
      },
    );
  } catch (error) {
    await onArchiveError(g, workerId, error);
  } finally {
    clearInterval(heartbeat);
  }
}

async function onArchiveError(g: Generation, workerId: string, error: unknown) {
  const retryable = error instanceof IngestError ? error.retryable : true;
  const message = error instanceof IngestError ? error.userMessage : "The video could not be stored.";
  if (!(error instanceof IngestError)) console.error("[reelroom] archive failed", g.id, error);
  const failures = g.attempts + 1;
  const next = Date.now() + Math.min(5 * 60_000, 2_000 * 2 ** Math.min(failures, 8));
  if (!retryable || next >= linkExpiry(g)) {
    await finish(
      g,
      workerId,
      "expired",
      { errorCode: "ResultExpired", errorMessage: `The video could not be archived before the provider's link expired: ${message}` },
      {
        message: `Archiving gave up: ${message}`,
      },
    );
    return;
  }
  await release(g, workerId, new Date(next), { attempts: failures });
  await addEvent(db(), g.id, "archive_retry", { message: `Archiving failed (${message}); retrying.`, data: { attempt: failures } });
}
