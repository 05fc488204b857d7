// Started from Next's instrumentation hook: the in-process worker (unless WORKER_IN_PROCESS=false)
// and, in demo mode, the simulator.
import "server-only";
import { env } from "@/lib/platform/config/env";
import { simulatorEnabled } from "@/lib/services/provider/mode";
import { ensureSimulator } from "@/lib/services/provider/simulator-instance";
import { startWorker, type WorkerHandle } from "@/lib/services/worker/worker";

const holder = globalThis as unknown as { reelroomWorker?: WorkerHandle };

export async function bootInProcess(): Promise<void> {
  if (simulatorEnabled()) await ensureSimulator();
  if (!env().WORKER_IN_PROCESS || holder.reelroomWorker) return;
  holder.reelroomWorker = startWorker();
  console.log(`[reelroom] worker ${holder.reelroomWorker.id} started in-process`);
  const stop = () => void holder.reelroomWorker?.stop();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
