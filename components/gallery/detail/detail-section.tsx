import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A titled card on the detail page. */
export function DetailSection({ title, aside, className, children }: { title: string; aside?: ReactNode; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={cn("rounded-xl border border-border bg-surface p-4 shadow-card", className)}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-sm font-semibold tracking-tight">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
