import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A placeholder block while content loads. Hidden from assistive tech: announce loading elsewhere. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-shimmer rounded-md bg-surface-3", className)} {...props} />;
}

/** A few lines of text-shaped skeletons; the last one is shorter. */
export function SkeletonText({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div aria-hidden="true" className={cn("flex flex-col gap-2", className)}>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} className={cn("h-3.5", index === lines - 1 && lines > 1 ? "w-3/5" : "w-full")} />
      ))}
    </div>
  );
}
