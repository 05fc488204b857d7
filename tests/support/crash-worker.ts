// A worker process that dies at one point, the way a power cut would: the crash-safety tests start
// it with `tsx tests/support/crash-worker.ts <point> [bytes]` (see startCrashingWorker). It is the
// normal worker, built with hooks that SIGKILL the process as it passes `point`; at "mid-download"
// the download passes its first `bytes` (default 32 KB) and then stalls while storage writes them.
import { prepareRuntime } from "@/scripts/lib/runtime";
import type { CrashPoint, WorkerHooks } from "@/lib/services/worker/hooks";

const POINTS: CrashPoint[] = ["after-claim", "after-create", "mid-download", "after-upload"];

function die(point: CrashPoint): void {
  console.error(`[reelroom] worker crashing at ${point}`);
  process.kill(process.pid, "SIGKILL");
}

function crashingHooks(point: CrashPoint, afterBytes: number): WorkerHooks {
  return {
    at: (reached) => {
      if (reached === point) die(point);
    },
    wrapDownload: (response) => {
      if (point !== "mid-download" || !response.body) return response;
      let seen = 0;
      const stall = () => new Promise<void>(() => setTimeout(() => die(point), 500));
      const body = response.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform: (chunk, controller) => {
            seen += chunk.byteLength;
            controller.enqueue(chunk);
            return seen > afterBytes ? stall() : undefined;
          },
        }),
      );
      return new Response(body, { status: response.status, headers: response.headers });
    },
  };
}

async function main() {
  const [point, bytes] = process.argv.slice(2);
  if (!POINTS.includes(point as CrashPoint)) throw new Error(`Usage: crash-worker.ts <${POINTS.join("|")}> [bytes]`);
  await prepareRuntime({ quiet: true });
  const { startWorker } = await import("@/lib/services/worker/worker");
  const worker = startWorker({ hooks: crashingHooks(point as CrashPoint, Number(bytes ?? 32 * 1024)) });
  console.log(`[reelroom] worker ${worker.id} running; Ctrl-C to stop.`);
  process.once("SIGTERM", () => void worker.stop().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
