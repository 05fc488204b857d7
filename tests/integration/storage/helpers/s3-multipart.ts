// s3rver keeps multipart uploads but answers ListMultipartUploads, ListParts and
// AbortMultipartUpload with NotImplemented / 405. This middleware answers those three the way S3
// does, over s3rver's own upload folders, so the storage sweep can be tested over real HTTP.
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";

/** Where s3rver (3.x, filesystem store) keeps a bucket's unfinished multipart uploads. */
export const uploadsDirOf = (directory: string, bucket: string) => path.join(directory, bucket, "._S3rver_uploads");

export interface StoredUpload {
  key: string;
  uploadId: string;
  initiated: Date;
  dir: string;
}

export async function storedUploads(directory: string, bucket: string): Promise<StoredUpload[]> {
  const root = uploadsDirOf(directory, bucket);
  const ids = await readdir(root).catch(() => [] as string[]);
  const uploads = await Promise.all(
    ids.map(async (uploadId) => {
      const dir = path.join(root, uploadId);
      const keyFile = path.join(dir, "key");
      const key = await readFile(keyFile, "utf8").catch(() => null);
      return key === null ? null : { key, uploadId, initiated: (await stat(keyFile)).mtime, dir };
    }),
  );
  return uploads.filter((u): u is StoredUpload => u !== null).sort((a, b) => a.key.localeCompare(b.key) || a.uploadId.localeCompare(b.uploadId));
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const tag = (name: string, value: string | number | boolean) => `<${name}>${escapeXml(String(value))}</${name}>`;
const xml = (root: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${body}</${root}>`;

interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
}

function noSuchUpload(ctx: KoaContext, uploadId: string) {
  ctx.status = 404;
  ctx.type = "application/xml";
  ctx.body = xml("Error", tag("Code", "NoSuchUpload") + tag("Message", "The specified upload does not exist.") + tag("UploadId", uploadId));
}

export function multipartListingMiddleware(directory: string) {
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const [bucket, ...keyParts] = ctx.path.replace(/^\//, "").split("/").map(decodeURIComponent);
    const key = keyParts.join("/");
    const q = (name: string) => (typeof ctx.query[name] === "string" ? (ctx.query[name] as string) : undefined);

    if (ctx.method === "GET" && !key && "uploads" in ctx.query) {
      const prefix = q("prefix") ?? "";
      const max = Number(q("max-uploads") ?? 1000);
      const keyMarker = q("key-marker") ?? "";
      const idMarker = q("upload-id-marker") ?? "";
      const after = (u: StoredUpload) => u.key > keyMarker || (u.key === keyMarker && idMarker !== "" && u.uploadId > idMarker);
      const matching = (await storedUploads(directory, bucket)).filter((u) => u.key.startsWith(prefix) && (!keyMarker || after(u)));
      const page = matching.slice(0, max);
      const truncated = matching.length > page.length;
      const last = page[page.length - 1];
      ctx.type = "application/xml";
      ctx.body = xml(
        "ListMultipartUploadsResult",
        tag("Bucket", bucket) +
          tag("KeyMarker", keyMarker) +
          tag("UploadIdMarker", idMarker) +
          tag("Prefix", prefix) +
          tag("MaxUploads", max) +
          tag("IsTruncated", truncated) +
          (truncated ? tag("NextKeyMarker", last.key) + tag("NextUploadIdMarker", last.uploadId) : "") +
          page
            .map(
              (u) =>
                `<Upload>${tag("Key", u.key)}${tag("UploadId", u.uploadId)}${tag("Initiated", u.initiated.toISOString())}${tag("StorageClass", "STANDARD")}</Upload>`,
            )
            .join(""),
      );
      return;
    }

    const uploadId = q("uploadId");
    if (key && uploadId && (ctx.method === "DELETE" || (ctx.method === "GET" && !q("partNumber")))) {
      const upload = (await storedUploads(directory, bucket)).find((u) => u.uploadId === uploadId && u.key === key);
      if (!upload) return noSuchUpload(ctx, uploadId);
      if (ctx.method === "DELETE") {
        await rm(upload.dir, { recursive: true, force: true });
        ctx.status = 204;
        return;
      }
      const names = (await readdir(upload.dir)).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(a) - Number(b));
      const parts = await Promise.all(
        names.map(async (name) => {
          const info = await stat(path.join(upload.dir, name));
          const md5 = await readFile(path.join(upload.dir, `${name}.md5`), "utf8").catch(() => "");
          return `<Part>${tag("PartNumber", name)}${tag("LastModified", info.mtime.toISOString())}${tag("ETag", `"${md5}"`)}${tag("Size", info.size)}</Part>`;
        }),
      );
      ctx.type = "application/xml";
      ctx.body = xml("ListPartsResult", tag("Bucket", bucket) + tag("Key", key) + tag("UploadId", uploadId) + tag("IsTruncated", false) + parts.join(""));
      return;
    }
    await next();
  };
}
