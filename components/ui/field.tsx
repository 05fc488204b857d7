"use client";

import { useId, useMemo, type ReactNode } from "react";
import { CircleAlert } from "lucide-react";
import { cn } from "./cn";
import { Label } from "./label";
import { FieldContext, joinIds, type FieldContextValue, type FieldControlProps } from "./field-context";

export interface FieldProps {
  label: ReactNode;
  /** Help text under the control; linked with aria-describedby. */
  hint?: ReactNode;
  /** Error text; marks the control aria-invalid and is linked with aria-describedby. */
  error?: ReactNode;
  required?: boolean;
  optional?: boolean;
  disabled?: boolean;
  /** Use a known id for the control (otherwise one is generated). */
  id?: string;
  /** Something small on the label row, right-aligned (e.g. a "Learn more" link). */
  labelAside?: ReactNode;
  className?: string;
  /**
   * The control. Input, Textarea, SelectTrigger, Switch and Slider pick the wiring up by
   * themselves; for any other control use the render form: `{(control) => <input {...control} />}`.
   */
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
}

export function Field({ label, hint, error, required, optional, disabled, id, labelAside, className, children }: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? `field-${generatedId}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const invalid = Boolean(error);

  const labelId = `${controlId}-label`;
  const context = useMemo<FieldContextValue>(
    () => ({
      labelId,
      control: {
        id: controlId,
        "aria-describedby": joinIds(errorId, hintId),
        "aria-invalid": invalid ? true : undefined,
        required: required || undefined,
        disabled: disabled || undefined,
      },
    }),
    [controlId, labelId, errorId, hintId, invalid, required, disabled],
  );

  return (
    <div className={cn("flex flex-col gap-1.5", className)} data-invalid={invalid || undefined}>
      <div className="flex items-center justify-between gap-2">
        <Label id={labelId} htmlFor={controlId} required={required} optional={optional}>
          {label}
        </Label>
        {labelAside ? <div className="text-xs text-muted">{labelAside}</div> : null}
      </div>
      <FieldContext.Provider value={context}>{typeof children === "function" ? children(context.control) : children}</FieldContext.Provider>
      <FieldMessages error={error} errorId={errorId} hint={hint} hintId={hintId} />
    </div>
  );
}

/** The error and hint lines under a control, with the ids its aria-describedby points at. */
export function FieldMessages({ error, errorId, hint, hintId }: { error?: ReactNode; errorId?: string; hint?: ReactNode; hintId?: string }) {
  return (
    <>
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-[13px] leading-5 text-danger">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-[13px] leading-5 text-muted">
          {hint}
        </p>
      ) : null}
    </>
  );
}
