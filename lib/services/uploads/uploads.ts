// Reference uploads: a file from the browser goes to storage and gets a URL the provider can fetch
// (a signed app URL, or a presigned S3 URL). When the app's own URL is not reachable from the
// internet (localhost, private addresses), the answer says so.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { authSecret } from "@/lib/platform/config/secrets";
import { appStorage } from "@/lib/platform/app-storage";
import { AppError, notFound } from "@/lib/contracts/errors";
import { hostVerdict, policyFor } from "@/lib/rules/net/policy";
import { simulatorEnabled } from "@/lib/services/provider/mode";
import { unreachableUploadNote } from "@/lib/services/uploads/unreachable-note";
import type { Data } from "@/lib/contracts/common";
import type { Upload } from "@/lib/contracts/instance";

const TYPES: Record<string, { ext: string; maxBytes: number }> = {
  "image/png": { ext: ".png", maxBytes: 20 * 1024 ** 2 },
  "image/jpeg": { ext: ".jpg", maxBytes: 20 * 1024 ** 2 },
  "image/webp": { ext: ".webp", maxBytes: 20 * 1024 ** 2 },
  "image/bmp": { ext: ".bmp", maxBytes: 20 * 1024 ** 2 },
  "video/mp4": { ext: ".mp4", maxBytes: 100 * 1024 ** 2 },
  "video/quicktime": { ext: ".mov", maxBytes: 100 * 1024 ** 2 },
  "audio/wav": { ext: ".wav", maxBytes: 15 * 1024 ** 2 },
  "audio/x-wav": { ext: ".wav", maxBytes: 15 * 1024 ** 2 },
  "audio/mpeg": { ext: ".mp3", maxBytes: 15 * 1024 ** 2 },
};

const sign = (id: string) => createHmac("sha256", authSecret()).update(`upload:${id}`).digest("base64url").slice(0, 32);

export function publicReachability(): { reachable: boolean; note: string | null } {
  // The provider connects from the internet: the same answer as ours with no private destinations.
  const local = !hostVerdict(env().APP_URL, policyFor("upload", { allowPrivate: false })).allowed;
  if (!local || env().STORAGE_DRIVER === "s3") return { reachable: true, note: null };
  return {
    reachable: false,
    note: unreachableUploadNote(env().APP_URL, simulatorEnabled()),
  };
}

async function fileUrl(upload: { id: string; objectKey: string }): Promise<string> {
  const presigned = await appStorage().signedUrl(upload.objectKey, { expiresInSeconds: 7 * 24 * 3600 });
  return presigned ?? `${env().APP_URL}/api/v1/uploads/${upload.id}/file?sig=${sign(upload.id)}`;
}

export async function createUpload(actor: Actor, req: Request): Promise<Data<typeof Upload>> {
  assertCan(actor, "upload.create");
  const contentType = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const kind = TYPES[contentType];
  if (!kind)
    throw new AppError(
      "validation_failed",
      `Files of type "${contentType || "unknown"}" cannot be references; upload PNG, JPEG, WEBP, BMP, MP4, MOV, WAV or MP3.`,
    );
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > kind.maxBytes)
    throw new AppError("payload_too_large", `The file is larger than ${kind.maxBytes / 1024 ** 2} MB, the limit for ${contentType}.`);
  if (!req.body) throw new AppError("bad_request", "The upload is empty.");
  const fileName = (new URL(req.url).searchParams.get("name") ?? `upload${kind.ext}`).slice(0, 200);
  const row = await db().upload.create({ data: { teamId: actor.teamId, objectKey: "pending", contentType, bytes: 0n, fileName, createdById: actor.user.id } });
  const key = `uploads/${actor.teamId}/${row.id}${kind.ext}`;
  let seen = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > kind.maxBytes ? new AppError("payload_too_large", `The file is larger than ${kind.maxBytes / 1024 ** 2} MB.`) : null, chunk);
    },
  });
  try {
    const body = Readable.fromWeb(req.body as import("node:stream/web").ReadableStream).pipe(limit);
    const { bytes } = await appStorage().put(key, body, { contentType });
    if (bytes === 0) throw new AppError("bad_request", "The upload is empty.");
    const saved = await db().upload.update({ where: { id: row.id }, data: { objectKey: key, bytes: BigInt(bytes) } });
    return { id: saved.id, url: await fileUrl(saved), contentType, bytes, fileName, ...publicReachability() };
  } catch (error) {
    await db()
      .upload.delete({ where: { id: row.id } })
      .catch(() => undefined);
    await appStorage()
      .delete(key)
      .catch(() => undefined);
    throw error instanceof AppError ? error : new AppError("bad_request", "The upload did not complete; try again.");
  }
}

/** The stored upload behind a signed public URL (the provider fetches references without a session). */
export async function uploadForSignature(id: string, sig: string | null) {
  const expected = sign(id);
  if (!sig || sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) throw notFound("File");
  const upload = await db().upload.findUnique({ where: { id } });
  if (!upload || upload.objectKey === "pending") throw notFound("File");
  return upload;
}
