// Where tests step into the worker: the crash-safety tests kill the process at these points
// (tests/support/crash-worker.ts builds a worker with such hooks). A normal worker has none.
import "server-only";
export type CrashPoint = "after-claim" | "after-create" | "mid-download" | "after-upload";

export interface WorkerHooks {
  /** Called as the worker passes `point`. */
  at(point: CrashPoint): void;
  /** Sees the archive download's response before storage reads it (a test may cut it short). */
  wrapDownload(response: Response): Response;
}

export const NO_HOOKS: WorkerHooks = { at: () => undefined, wrapDownload: (response) => response };
