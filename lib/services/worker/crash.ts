// Crash-safety tests set WORKER_CRASH_AT to a step name; the worker then dies (SIGKILL) right there,
// the way a power cut would. Unset in normal operation.
export type CrashPoint = "after-claim" | "after-create" | "mid-download" | "after-upload";

export function crashPoint(point: CrashPoint): void {
  if (process.env.WORKER_CRASH_AT === point) {
    console.error(`[reelroom] worker crashing at ${point} (WORKER_CRASH_AT)`);
    process.kill(process.pid, "SIGKILL");
  }
}
