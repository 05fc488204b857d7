// The in-process simulator of demo mode: started once per server process, shared through
// globalThis because Next may load this module in several bundles.
import "server-only";
import { env } from "@/lib/platform/config/env";
import { SIM_MEDIA, startSimulator, type RunningSimulator } from "@/lib/simulator";
import { simulatorEnabled } from "@/lib/services/provider/mode";

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

/** Demo mode only: the sample reference files the simulator serves, so the form can be tried without hosting files. */
export async function simulatorSamples() {
  if (!simulatorEnabled()) return { enabled: false, samples: [] };
  const sim = await ensureSimulator();
  const samples = Object.values(SIM_MEDIA)
    .filter((m) => m.name !== "result.mp4")
    .map((m) => ({ name: m.name, kind: m.kind, contentType: m.contentType, durationSeconds: m.durationSeconds ?? null, url: sim.mediaUrl(m.name) }));
  return { enabled: true, samples };
}
