// The two ways a request carries references: wan2.6's input.reference_urls and wan2.7's
// input.media, checked against the simulator's copy of the limits.
import { MAX_REFERENCE_IMAGES, MAX_REFERENCE_VIDEOS, MAX_REFERENCES, WAN27_MEDIA_TYPES, type SimModelRule } from "@/lib/simulator/model-rules";
import { isHttpUrl, type ReferenceKind } from "@/lib/simulator/reference-media";

export interface PlannedReference {
  url: string;
  kind: ReferenceKind;
}

export type KindOf = (url: string) => Promise<ReferenceKind>;

/** A provider 4xx answer; `field` is the request field it is about (for tests and logs). */
export class Rejection extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export const invalid = (field: string, message: string) => new Rejection(400, "InvalidParameter", field, message);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export async function checkReferenceUrls(rule: SimModelRule, raw: unknown, kindOf: KindOf): Promise<PlannedReference[]> {
  const field = "input.reference_urls";
  if (!Array.isArray(raw) || raw.length === 0) throw invalid(field, `${field} must hold 1 to ${MAX_REFERENCES} URLs.`);
  if (raw.length > MAX_REFERENCES) throw invalid(field, `${field} holds ${raw.length} URLs; at most ${MAX_REFERENCES} are allowed.`);
  const references: PlannedReference[] = [];
  for (const [index, url] of raw.entries()) {
    if (!isHttpUrl(url)) throw invalid(`${field}[${index}]`, `${field}[${index}] must be a public HTTP(S) URL.`);
    references.push({ url, kind: await kindOf(url) });
  }
  const videos = references.filter((r) => r.kind === "video").length;
  const images = references.filter((r) => r.kind === "image").length;
  const audio = references.findIndex((r) => r.kind === "audio");
  if (audio >= 0) throw invalid(`${field}[${audio}]`, `${field} accepts images and videos only, not audio.`);
  if (videos > MAX_REFERENCE_VIDEOS) throw invalid(field, `${field}: at most ${MAX_REFERENCE_VIDEOS} reference videos are allowed, got ${videos}.`);
  if (images > MAX_REFERENCE_IMAGES) throw invalid(field, `${field}: at most ${MAX_REFERENCE_IMAGES} reference images are allowed, got ${images}.`);
  if (rule.videosOnly) {
    const notVideo = references.findIndex((r) => r.kind !== "video");
    if (notVideo >= 0) {
      throw invalid(
        `${field}[${notVideo}]`,
        `${rule.name} in this region accepts reference videos only (text + video input); ${field}[${notVideo}] is not a video.`,
      );
    }
  }
  return references;
}

const KIND_OF_MEDIA_TYPE: Readonly<Record<string, ReferenceKind>> = {
  reference_image: "image",
  reference_video: "video",
  first_frame: "image",
};

export async function checkMedia(raw: unknown, kindOf: KindOf): Promise<PlannedReference[]> {
  const field = "input.media";
  if (!Array.isArray(raw) || raw.length === 0) throw invalid(field, `${field} must hold 1 to ${MAX_REFERENCES} items.`);
  if (raw.length > MAX_REFERENCES) throw invalid(field, `${field} holds ${raw.length} items; at most ${MAX_REFERENCES} are allowed.`);
  const references: PlannedReference[] = [];
  let firstFrames = 0;
  for (const [index, item] of raw.entries()) {
    const at = `${field}[${index}]`;
    if (!isRecord(item)) throw invalid(at, `${at} must be an object {type, url}.`);
    for (const key of Object.keys(item)) {
      if (!["type", "url", "reference_voice"].includes(key)) throw invalid(`${at}.${key}`, `${at}.${key} is not supported.`);
    }
    const type = item.type;
    if (typeof type !== "string" || !(WAN27_MEDIA_TYPES as readonly string[]).includes(type)) {
      throw invalid(`${at}.type`, `${at}.type must be one of ${WAN27_MEDIA_TYPES.join(", ")}.`);
    }
    if (!isHttpUrl(item.url)) throw invalid(`${at}.url`, `${at}.url must be a public HTTP(S) URL.`);
    if (item.reference_voice !== undefined && !isHttpUrl(item.reference_voice)) {
      throw invalid(`${at}.reference_voice`, `${at}.reference_voice must be a public HTTP(S) URL.`);
    }
    if (type === "first_frame") firstFrames += 1;
    const expected = KIND_OF_MEDIA_TYPE[type];
    const actual = await kindOf(item.url);
    if (actual !== "unknown" && actual !== expected) {
      const described = actual === "audio" ? "an audio file" : actual === "image" ? "an image" : "a video";
      throw invalid(`${at}.type`, `${at} is declared ${type} but the URL is ${described}.`);
    }
    references.push({ url: item.url, kind: expected });
  }
  if (firstFrames > 1) throw invalid(field, `${field} may contain at most one first_frame.`);
  return references;
}
