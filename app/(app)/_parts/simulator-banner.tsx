import { FlaskConical } from "lucide-react";
import { simulatorEnabled } from "@/lib/services/provider/mode";

export function SimulatorBanner() {
  if (!simulatorEnabled()) return null;
  return (
    <div
      role="status"
      className="flex items-center justify-center gap-2 border-b border-warning/30 bg-warning/10 px-4 py-2 text-center text-[13px] text-warning"
    >
      <FlaskConical className="size-4 shrink-0" aria-hidden />
      <span>
        <strong className="font-semibold">Simulator</strong> — no real videos are generated. Regions without a provider key use the built-in simulator; admins
        can add keys in Settings.
      </span>
    </div>
  );
}
