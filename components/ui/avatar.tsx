import type { ComponentProps } from "react";
import { cn } from "./cn";
import { avatarHueIndex, initialsOf } from "./avatar-initials";

// Soft tinted backgrounds with readable text in both themes.
const HUES = [
  "bg-violet-500/15 text-violet-700 dark:text-violet-300",
  "bg-sky-500/15 text-sky-700 dark:text-sky-300",
  "bg-emerald-500/15 text-emerald-700 dark:text-emerald-300",
  "bg-amber-500/15 text-amber-700 dark:text-amber-300",
  "bg-rose-500/15 text-rose-700 dark:text-rose-300",
  "bg-teal-500/15 text-teal-700 dark:text-teal-300",
  "bg-fuchsia-500/15 text-fuchsia-700 dark:text-fuchsia-300",
  "bg-indigo-500/15 text-indigo-700 dark:text-indigo-300",
] as const;

const SIZES = { xs: "size-5 text-[9px]", sm: "size-6 text-[10px]", md: "size-8 text-xs", lg: "size-10 text-sm" } as const;

export interface AvatarProps extends Omit<ComponentProps<"span">, "children"> {
  /** A person's name or email; initials and color derive from it. */
  name: string;
  size?: keyof typeof SIZES;
  /** Hide from screen readers when the name is already written next to it. */
  decorative?: boolean;
}

export function Avatar({ name, size = "md", decorative = false, className, ...props }: AvatarProps) {
  return (
    <span
      role={decorative ? undefined : "img"}
      aria-label={decorative ? undefined : name}
      aria-hidden={decorative || undefined}
      title={decorative ? undefined : name}
      className={cn(
        "inline-flex shrink-0 select-none items-center justify-center rounded-full font-semibold tracking-tight",
        "ring-1 ring-border ring-inset",
        HUES[avatarHueIndex(name.trim().toLowerCase())],
        SIZES[size],
        className,
      )}
      {...props}
    >
      {initialsOf(name)}
    </span>
  );
}
