import { authed } from "@/lib/platform/http/handler";
import { simulatorEnabled } from "@/lib/services/provider/mode";
import { ensureSimulator } from "@/lib/services/provider/simulator-instance";
import { SIM_MEDIA } from "@/lib/simulator";

// Demo mode only: sample reference files served by the simulator, so the form can be tried
// without hosting files anywhere.
export const GET = authed({ action: "generation.view" }, async () => {
  if (!simulatorEnabled()) return { enabled: false, samples: [] };
  const sim = await ensureSimulator();
  const samples = Object.values(SIM_MEDIA)
    .filter((m) => m.name !== "result.mp4")
    .map((m) => ({ name: m.name, kind: m.kind, contentType: m.contentType, durationSeconds: m.durationSeconds ?? null, url: sim.mediaUrl(m.name) }));
  return { enabled: true, samples };
});
