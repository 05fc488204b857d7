// Why an archive download failed, whether trying again can help, and what to tell the user.
import "server-only";

export type IngestErrorCode =
  | "invalid_url" //        not an http(s) URL
  | "url_expired" //        403/404/410: the provider's 24 h link is gone
  | "upstream_rejected" //  other 4xx
  | "upstream_error" //     5xx, 408, 429
  | "network" //            connection refused, reset or dropped mid-body
  | "timeout" //            the whole download exceeded its deadline
  | "content_type" //       not an allowed type, or octet-stream that is not an MP4
  | "too_large" //          over maxBytes, by Content-Length or by counting
  | "empty" //              zero bytes
  | "storage"; //           the object store failed

const DETAILS: Record<IngestErrorCode, { retryable: boolean; userMessage: string }> = {
  invalid_url: { retryable: false, userMessage: "The video download link is not valid." },
  url_expired: {
    retryable: false,
    userMessage: "The provider's download link for this video has expired, so it could not be archived.",
  },
  upstream_rejected: { retryable: false, userMessage: "The provider refused the video download." },
  upstream_error: {
    retryable: true,
    userMessage: "The provider's file server had a temporary problem while sending the video.",
  },
  network: { retryable: true, userMessage: "The video download was interrupted." },
  timeout: { retryable: true, userMessage: "The video download took too long." },
  content_type: { retryable: false, userMessage: "The provider returned a file that is not a supported video." },
  too_large: { retryable: false, userMessage: "The video is larger than the allowed maximum size." },
  empty: { retryable: false, userMessage: "The provider returned an empty file." },
  storage: { retryable: true, userMessage: "The video could not be saved to storage." },
};

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly retryable: boolean;
  /** Safe to show to end users: never contains provider or library text. */
  readonly userMessage: string;
  /** HTTP status of the download, when there was one. */
  readonly status?: number;

  constructor(code: IngestErrorCode, detail: string, options: { status?: number; cause?: unknown; retryable?: boolean } = {}) {
    super(detail, { cause: options.cause });
    this.name = "IngestError";
    this.code = code;
    this.retryable = options.retryable ?? DETAILS[code].retryable;
    this.userMessage = DETAILS[code].userMessage;
    this.status = options.status;
  }
}

/** Maps a non-2xx download status to an error. 403/404/410 mean the signed link expired or was purged. */
export function errorForStatus(status: number): IngestError {
  if (status === 403 || status === 404 || status === 410) {
    return new IngestError("url_expired", `download answered HTTP ${status}`, { status });
  }
  if (status >= 500 || status === 408 || status === 429) {
    return new IngestError("upstream_error", `download answered HTTP ${status}`, { status });
  }
  return new IngestError("upstream_rejected", `download answered HTTP ${status}`, { status });
}
