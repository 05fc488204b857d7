"use client";

import { createContext, useContext } from "react";

/** What a Field hands to the control inside it (all valid DOM props), so label, hint and error stay wired up. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
  disabled?: boolean;
}

export interface FieldContextValue {
  control: FieldControlProps;
  /** The label's id, for controls a `<label for>` cannot name (e.g. a slider thumb). */
  labelId: string;
}

export const FieldContext = createContext<FieldContextValue | null>(null);

/** The surrounding Field's control props, or null outside a Field. */
export function useFieldControl(): FieldControlProps | null {
  return useContext(FieldContext)?.control ?? null;
}

/** The surrounding Field's label id, or undefined outside a Field. */
export function useFieldLabelId(): string | undefined {
  return useContext(FieldContext)?.labelId;
}

/** Space-separated ids, skipping empty ones; undefined when none are left. */
export function joinIds(...ids: Array<string | undefined | null | false>): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined.length > 0 ? joined : undefined;
}

interface AriaWireableProps {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling";
}

interface WireableProps extends AriaWireableProps {
  required?: boolean;
  disabled?: boolean;
}

/**
 * Merges a Field's id and aria wiring into a control's own props. Explicit props win,
 * except aria-describedby, which is combined so neither the Field's nor the caller's ids are lost.
 */
export function mergeFieldAria<P extends AriaWireableProps>(field: FieldControlProps | null, props: P): P {
  if (!field) return props;
  return {
    ...props,
    id: props.id ?? field.id,
    "aria-describedby": joinIds(field["aria-describedby"], props["aria-describedby"]),
    "aria-invalid": props["aria-invalid"] ?? field["aria-invalid"],
  };
}

/** Like mergeFieldAria, plus the Field's `required` and `disabled` (for native form controls). */
export function mergeFieldProps<P extends WireableProps>(field: FieldControlProps | null, props: P): P {
  if (!field) return props;
  return {
    ...mergeFieldAria(field, props),
    required: props.required ?? field.required,
    disabled: props.disabled ?? field.disabled,
  };
}
