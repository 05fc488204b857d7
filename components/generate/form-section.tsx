import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A titled block of the form. */
export function FormSection({ title, aside, children }: { title?: string; aside?: ReactNode; children: ReactNode }) {
  if (!title) return <Card className="flex flex-col gap-4 p-5">{children}</Card>;
  const headingId = `${title.toLowerCase().replace(/\W+/g, "-")}-heading`;
  return (
    <Card>
      <section aria-labelledby={headingId} className="flex flex-col gap-4 p-5">
        <div className="flex items-center justify-between gap-3">
          <h2 id={headingId} className="text-[15px] font-semibold tracking-tight">
            {title}
          </h2>
          {aside ? <div className="text-xs text-muted">{aside}</div> : null}
        </div>
        {children}
      </section>
    </Card>
  );
}
