// Storage failures with a message that is safe to show to users; library details stay in `cause`.
import "server-only";

export type StorageErrorCode =
  | "invalid_key" //       key fails validation (traversal, absolute path, bad characters)
  | "invalid_range" //     requested range lies outside the object
  | "length_mismatch" //   body size differs from the declared contentLength
  | "invalid_argument" //  e.g. a signed URL lifetime out of bounds
  | "unavailable"; //      the backend failed (disk, network, credentials)

const USER_MESSAGES: Record<StorageErrorCode, string> = {
  invalid_key: "The storage key is not valid.",
  invalid_range: "The requested byte range is outside the stored file.",
  length_mismatch: "The file was incomplete and was not saved.",
  invalid_argument: "The storage request is not valid.",
  unavailable: "File storage is unavailable right now. Please try again later.",
};

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly userMessage: string;

  constructor(code: StorageErrorCode, detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = "StorageError";
    this.code = code;
    this.userMessage = USER_MESSAGES[code];
  }
}

/** Wraps anything a backend threw, keeping StorageErrors as they are. */
export function toStorageError(err: unknown, action: string): StorageError {
  if (err instanceof StorageError) return err;
  return new StorageError("unavailable", `${action} failed`, { cause: err });
}
