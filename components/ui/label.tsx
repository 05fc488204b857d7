"use client";

import type { ComponentProps } from "react";
import { Label as LabelPrimitive } from "radix-ui";
import { cn } from "./cn";

export interface LabelProps extends ComponentProps<typeof LabelPrimitive.Root> {
  /** Adds a discreet marker; the control itself should carry `required`. */
  required?: boolean;
  /** Adds a quiet "(optional)" after the text. */
  optional?: boolean;
}

export function Label({ className, children, required, optional, ...props }: LabelProps) {
  return (
    <LabelPrimitive.Root
      className={cn(
        "inline-flex items-center gap-1 text-[13px] font-medium leading-5 text-text select-none",
        "peer-disabled:cursor-not-allowed peer-disabled:opacity-60",
        className,
      )}
      {...props}
    >
      {children}
      {required ? (
        <span aria-hidden="true" className="text-danger">
          *
        </span>
      ) : null}
      {optional ? <span className="font-normal text-muted">(optional)</span> : null}
    </LabelPrimitive.Root>
  );
}
