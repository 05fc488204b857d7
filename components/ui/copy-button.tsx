"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Check, Copy } from "lucide-react";
import { cn } from "./cn";
import { Button, type ButtonProps } from "./button";

export interface CopyButtonProps extends Omit<ButtonProps, "onClick" | "children" | "onError"> {
  /** The text put on the clipboard. */
  value: string;
  /** Visible text; omit for an icon-only button (then `label` names it for screen readers). */
  children?: ReactNode;
  /** Accessible name when icon-only. Default "Copy". */
  label?: string;
  onCopied?: () => void;
  /** Called when the clipboard refuses (insecure origin, permissions); show your own message. */
  onError?: () => void;
}

const COPIED_MS = 1600;

/** Copies `value`; the icon turns into a check and "Copied" is shown/announced for a moment. */
export function CopyButton({ value, children, label = "Copy", onCopied, onError, variant = "ghost", size, className, ...props }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), COPIED_MS);
      onCopied?.();
    } catch {
      onError?.();
    }
  }

  const iconOnly = children === undefined;
  const Icon = copied ? Check : Copy;
  return (
    <Button
      variant={variant}
      size={size ?? (iconOnly ? "icon" : "sm")}
      onClick={copy}
      aria-label={iconOnly ? (copied ? "Copied" : label) : undefined}
      title={iconOnly ? label : undefined}
      className={className}
      {...props}
    >
      <Icon aria-hidden="true" className={cn(copied && "text-success")} />
      {iconOnly ? null : copied ? "Copied" : children}
      <span aria-live="polite" className="sr-only">
        {copied ? "Copied to clipboard" : ""}
      </span>
    </Button>
  );
}
