"use client";

import { Fragment, type ComponentProps, type ReactNode } from "react";
import { Select as SelectPrimitive } from "radix-ui";
import { Check, ChevronDown, ChevronUp } from "lucide-react";
import { cn } from "./cn";
import { controlClassName } from "./input";
import { mergeFieldAria, useFieldControl } from "./field-context";
import { floatingPanelClassName, menuItemClassName } from "./popover-surface";

export function SelectTrigger({ className, children, ...rest }: ComponentProps<typeof SelectPrimitive.Trigger>) {
  // `required` and `disabled` belong on the Root (it drives the hidden native select).
  const props = mergeFieldAria(useFieldControl(), rest);
  return (
    <SelectPrimitive.Trigger
      className={cn(controlClassName, "flex h-9 items-center justify-between gap-2 px-3 text-left", "data-placeholder:text-faint [&>span]:truncate", className)}
      {...props}
    >
      {children}
      <SelectPrimitive.Icon asChild>
        <ChevronDown aria-hidden="true" className="size-4 shrink-0 text-muted" />
      </SelectPrimitive.Icon>
    </SelectPrimitive.Trigger>
  );
}

export function SelectContent({ className, children, position = "popper", sideOffset = 6, ...props }: ComponentProps<typeof SelectPrimitive.Content>) {
  return (
    <SelectPrimitive.Portal>
      <SelectPrimitive.Content
        position={position}
        sideOffset={sideOffset}
        className={cn(
          floatingPanelClassName,
          "relative max-h-(--radix-select-content-available-height) min-w-32",
          position === "popper" && "w-(--radix-select-trigger-width)",
          className,
        )}
        {...props}
      >
        <SelectPrimitive.ScrollUpButton className="flex h-6 items-center justify-center text-muted">
          <ChevronUp aria-hidden="true" className="size-4" />
        </SelectPrimitive.ScrollUpButton>
        <SelectPrimitive.Viewport className="p-1">{children}</SelectPrimitive.Viewport>
        <SelectPrimitive.ScrollDownButton className="flex h-6 items-center justify-center text-muted">
          <ChevronDown aria-hidden="true" className="size-4" />
        </SelectPrimitive.ScrollDownButton>
      </SelectPrimitive.Content>
    </SelectPrimitive.Portal>
  );
}

export function SelectLabel({ className, ...props }: ComponentProps<typeof SelectPrimitive.Label>) {
  return <SelectPrimitive.Label className={cn("px-2 pt-2 pb-1 text-xs font-medium text-muted", className)} {...props} />;
}

export interface SelectItemProps extends ComponentProps<typeof SelectPrimitive.Item> {
  /** A second, quieter line under the label (shown in the list only). */
  description?: ReactNode;
  icon?: ReactNode;
}

export function SelectItem({ className, children, description, icon, ...props }: SelectItemProps) {
  return (
    <SelectPrimitive.Item className={cn(menuItemClassName, "pr-8", className)} {...props}>
      {icon ? (
        <span aria-hidden="true" className="flex shrink-0 items-center">
          {icon}
        </span>
      ) : null}
      <span className="flex min-w-0 flex-col">
        <SelectPrimitive.ItemText>{children}</SelectPrimitive.ItemText>
        {description ? <span className="text-xs text-muted">{description}</span> : null}
      </span>
      <SelectPrimitive.ItemIndicator className="absolute right-2 flex items-center">
        <Check aria-hidden="true" className="text-accent-text!" />
      </SelectPrimitive.ItemIndicator>
    </SelectPrimitive.Item>
  );
}

export function SelectSeparator({ className, ...props }: ComponentProps<typeof SelectPrimitive.Separator>) {
  return <SelectPrimitive.Separator className={cn("-mx-1 my-1 h-px bg-border", className)} {...props} />;
}

// ---------- Simple API ----------

export interface SelectOption {
  /** Must be a non-empty string (an empty value is how the placeholder is shown). */
  value: string;
  label: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  disabled?: boolean;
  /** Text used for type-ahead when `label` is not plain text. */
  textValue?: string;
}

export interface SelectOptionGroup {
  label: ReactNode;
  options: SelectOption[];
}

export type SelectEntry = SelectOption | SelectOptionGroup;

export function isOptionGroup(entry: SelectEntry): entry is SelectOptionGroup {
  return "options" in entry;
}

export interface SelectProps
  extends Omit<ComponentProps<typeof SelectPrimitive.Root>, "children">,
    Pick<ComponentProps<"button">, "id" | "aria-label" | "aria-labelledby" | "aria-describedby" | "aria-invalid"> {
  options: SelectEntry[];
  placeholder?: ReactNode;
  /** Class of the trigger button. */
  className?: string;
  contentClassName?: string;
}

/** A styled select from a flat or grouped `options` list. */
export function Select({ options, placeholder = "Select…", className, contentClassName, id, ...rest }: SelectProps) {
  const field = useFieldControl();
  const { "aria-label": ariaLabel, "aria-labelledby": labelledBy, "aria-describedby": describedBy, "aria-invalid": invalid, ...rootProps } = rest;
  const root = { ...rootProps, required: rootProps.required ?? field?.required, disabled: rootProps.disabled ?? field?.disabled };

  return (
    <SelectPrimitive.Root {...root}>
      <SelectTrigger id={id} className={className} aria-label={ariaLabel} aria-labelledby={labelledBy} aria-describedby={describedBy} aria-invalid={invalid}>
        <SelectPrimitive.Value placeholder={placeholder} />
      </SelectTrigger>
      <SelectContent className={contentClassName}>
        {options.map((entry, index) =>
          isOptionGroup(entry) ? (
            <Fragment key={`group-${index}`}>
              {index > 0 ? <SelectSeparator /> : null}
              <SelectPrimitive.Group>
                <SelectLabel>{entry.label}</SelectLabel>
                {entry.options.map((option) => renderOption(option))}
              </SelectPrimitive.Group>
            </Fragment>
          ) : (
            renderOption(entry)
          ),
        )}
      </SelectContent>
    </SelectPrimitive.Root>
  );
}

function renderOption(option: SelectOption) {
  return (
    <SelectItem
      key={option.value}
      value={option.value}
      disabled={option.disabled}
      textValue={option.textValue}
      description={option.description}
      icon={option.icon}
    >
      {option.label}
    </SelectItem>
  );
}
