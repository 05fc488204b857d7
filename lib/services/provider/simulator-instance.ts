// The in-process simulator of demo mode: started once per server process, shared through
// globalThis because Next may load this module in several bundles.
import { env } from "@/lib/platform/config/env";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";

const holder = globalThis as unknown as { reelroomSimulator?: Promise<RunningSimulator> };

export function ensureSimulator(): Promise<RunningSimulator> {
  holder.reelroomSimulator ??= startSimulator({
    host: "127.0.0.1",
    port: env().SIMULATOR_PORT,
    pendingMs: env().SIMULATOR_PENDING_MS,
    runningMs: env().SIMULATOR_RUNNING_MS,
  }).then((sim) => {
    console.log(`[reelroom] simulator listening on ${sim.url} (no real videos are generated)`);
    return sim;
  });
  return holder.reelroomSimulator;
}
