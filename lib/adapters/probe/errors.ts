import "server-only";
import { displayUrl } from "@/lib/adapters/net/errors";
import type { MediaKind } from "@/lib/rules/models/types";

export type ProbeErrorCode =
  | "invalid_url"
  | "unreachable"
  | "blocked_address"
  | "http_status"
  | "unsupported_type"
  | "oversize"
  | "unreadable_duration"
  | "timeout";

/** A probe failure. `userMessage` names the URL and the problem and is safe to show. */
export class ProbeError extends Error {
  readonly code: ProbeErrorCode;
  readonly url: string;
  readonly userMessage: string;
  readonly status?: number;

  constructor(code: ProbeErrorCode, url: string, userMessage: string, extra: { status?: number; cause?: unknown } = {}) {
    super(userMessage, { cause: extra.cause });
    this.name = "ProbeError";
    this.code = code;
    this.url = url;
    this.userMessage = userMessage;
    this.status = extra.status;
  }
}

const MB = 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export const probeErrors = {
  unreachable: (url: string, cause?: unknown, detail?: string) =>
    new ProbeError("unreachable", url, `Could not reach ${displayUrl(url)}${detail ? `: ${detail}` : ""}.`, {
      cause,
    }),
  blocked: (url: string, cause?: unknown) =>
    new ProbeError("blocked_address", url, `${displayUrl(url)} points to a private or local network address; use a public http(s) URL.`, { cause }),
  status: (url: string, status: number) =>
    new ProbeError(
      "http_status",
      url,
      `${displayUrl(url)} answered with HTTP ${status}${status === 403 || status === 401 ? " (access denied)" : status === 404 ? " (not found)" : ""}; check that the URL is public and still valid.`,
      { status },
    ),
  unsupported: (url: string, contentType?: string) =>
    new ProbeError(
      "unsupported_type",
      url,
      `${displayUrl(url)} is not a supported image, video or audio file${contentType ? ` (it was served as ${contentType})` : ""}.`,
    ),
  empty: (url: string) => new ProbeError("unsupported_type", url, `${displayUrl(url)} is an empty file.`),
  oversize: (url: string, kind: MediaKind, bytes: number | undefined, maxBytes: number) =>
    new ProbeError(
      "oversize",
      url,
      `The ${kind} at ${displayUrl(url)} is ${bytes === undefined ? "larger than" : `${sizeText(bytes)}, over`} the ${sizeText(maxBytes)} limit.`,
    ),
  unreadableDuration: (url: string, kind: MediaKind, cause?: unknown) =>
    new ProbeError(
      "unreadable_duration",
      url,
      `Could not read the duration of the ${kind} at ${displayUrl(url)}; make sure it is a complete, standard file (e.g. MP4, MOV, WebM, WAV or MP3).`,
      { cause },
    ),
  timeout: (url: string, timeoutMs: number) =>
    new ProbeError("timeout", url, `${displayUrl(url)} did not respond in time (${Math.round(timeoutMs / 100) / 10} s); try a faster host.`),
};
