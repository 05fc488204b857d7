import { cn } from "@/components/ui/cn";

/** A fixed-height bar of how much of a budget is committed: accent, warning from 80 %, danger from 100 %. */
export function UsageMeter({ percent, label }: { percent: number; label: string }) {
  const tone = percent >= 100 ? "bg-danger" : percent >= 80 ? "bg-warning" : "bg-accent";
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.min(100, Math.round(percent))}
      aria-valuetext={`${percent.toLocaleString("en", { maximumFractionDigits: 1 })}% used`}
      className="h-2 w-full overflow-hidden rounded-full bg-surface-3"
    >
      <div
        className={cn("h-full rounded-full transition-[width] duration-300", tone)}
        style={{ width: `${Math.min(100, Math.max(percent, percent > 0 ? 1.5 : 0))}%` }}
      />
    </div>
  );
}
