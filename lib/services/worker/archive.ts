// archiving → succeeded: stream the provider's 24-hour video URL into permanent storage (never
// held in memory), with content-type and size checks and a sha256, then mark the row succeeded.
// The object key is fixed per generation, so a retry overwrites instead of leaving orphans.
import "server-only";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { appStorage } from "@/lib/platform/app-storage";
import { ingestFromUrl, IngestError, videoObjectKey } from "@/lib/adapters/storage";
import { safeFetch } from "@/lib/adapters/net/safe-fetch";
import { addEvent } from "@/lib/services/generations/events";
import { posterFields } from "@/lib/services/generations/poster";
import { NO_HOOKS, type WorkerHooks } from "@/lib/services/worker/hooks";
import { finish } from "@/lib/services/worker/finish";
import { extendLease, leaseMs, release } from "@/lib/services/worker/lease";
import { assertStatusIn, STATUS, statusesOfStep, type RowIn, type StepStatus } from "@/lib/rules/generation-status";

type Archiving = RowIn<StepStatus<"archive">, Generation>;

const DAY_MS = 24 * 3600_000;
const MAX_VIDEO_BYTES = 2 * 1024 ** 3;

/** The download: SSRF-checked (the simulator's own result URLs are loopback and trusted). */
const fetchForArchive = (allowPrivate: boolean, hooks: WorkerHooks) => async (url: string, init: RequestInit) =>
  hooks.wrapDownload(await safeFetch(url, { ...init, allowPrivate, timeoutMs: 30 * 60_000 }));

/** When the provider's URL stops working: its Expires parameter, else 24 h after the task finished. */
function linkExpiry(g: Generation): number {
  const expires = Number(g.providerVideoUrl ? new URL(g.providerVideoUrl).searchParams.get("Expires") : NaN);
  if (Number.isFinite(expires) && expires > 0) return expires * 1000;
  return (g.submittedAt ?? g.createdAt).getTime() + DAY_MS;
}

export async function archive(g: Generation, workerId: string, hooks: WorkerHooks = NO_HOOKS): Promise<void> {
  assertStatusIn(g, statusesOfStep("archive"));
  if (!g.providerVideoUrl) {
    await finish(
      g,
      workerId,
      STATUS.failed,
      { errorCode: "NoVideoUrl", errorMessage: "The provider reported success but gave no video URL." },
      { message: "No video URL in the provider's answer." },
    );
    return;
  }
  const key = videoObjectKey(g.teamId, g.id);
  // Long downloads keep their lease alive; a dead worker's lease simply runs out.
  const lease = leaseMs();
  const heartbeat = setInterval(() => void extendLease(g, workerId, lease).catch(() => undefined), lease / 3);
  try {
    const stored = await ingestFromUrl({
      url: g.providerVideoUrl,
      storage: appStorage(),
      key,
      fetchImpl: fetchForArchive(env().ALLOW_PRIVATE_URLS || g.keySource === "simulator", hooks),
      allowedContentTypes: ["video/mp4"],
      maxBytes: MAX_VIDEO_BYTES,
      timeoutMs: 30 * 60_000,
    });
    hooks.at("after-upload");
    await finish(
      g,
      workerId,
      STATUS.succeeded,
      {
        videoKey: key,
        videoBytes: BigInt(stored.bytes),
        videoSha256: stored.sha256,
        videoContentType: stored.contentType,
        ...(await posterFields({ id: g.id, teamId: g.teamId, videoKey: key })),
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

async function onArchiveError(g: Archiving, workerId: string, error: unknown) {
  const retryable = error instanceof IngestError ? error.retryable : true;
  const message = error instanceof IngestError ? error.userMessage : "The video could not be stored.";
  if (!(error instanceof IngestError)) console.error("[reelroom] archive failed", g.id, error);
  const failures = g.attempts + 1;
  const next = Date.now() + Math.min(5 * 60_000, 2_000 * 2 ** Math.min(failures, 8));
  if (!retryable || next >= linkExpiry(g)) {
    await finish(
      g,
      workerId,
      STATUS.expired,
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
