import type { ComponentProps, ComponentType } from "react";
import { Archive, Ban, CircleCheck, CircleDashed, CircleX, Clock, Hand, LoaderCircle, ShieldX, TimerOff, type LucideProps } from "lucide-react";
import { cn } from "./cn";
import { DISPLAY_STATUSES, PUBLIC_STATUS, type DisplayStatus } from "@/lib/rules/generation-status";
import { badgeClassName, type BadgeTone } from "./badge";

/** Generation statuses as the API reports them, plus `archiving` (running, video being stored). */
export const GENERATION_STATUSES = DISPLAY_STATUSES;
export type GenerationStatusName = DisplayStatus;

export interface StatusAppearance {
  label: string;
  tone: BadgeTone;
  Icon: ComponentType<LucideProps>;
  /** Work is in progress: the badge pulses softly and the icon may spin. */
  active: boolean;
  /** One line for tooltips and screen readers. */
  description: string;
}

export const STATUS_APPEARANCE: Record<GenerationStatusName, StatusAppearance> = {
  queued: { label: "Queued", tone: "neutral", Icon: Clock, active: false, description: "Waiting for a free slot before it is sent to the model." },
  pending: { label: "Pending", tone: "info", Icon: CircleDashed, active: true, description: "Accepted by the provider, waiting to start." },
  running: { label: "Running", tone: "accent", Icon: LoaderCircle, active: true, description: "The video is being generated." },
  archiving: { label: "Archiving", tone: "accent", Icon: Archive, active: true, description: "Done; the video is being saved to the archive." },
  succeeded: { label: "Succeeded", tone: "success", Icon: CircleCheck, active: false, description: "The video is ready and archived." },
  failed: { label: "Failed", tone: "danger", Icon: CircleX, active: false, description: "The generation failed." },
  canceled: { label: "Canceled", tone: "neutral", Icon: Ban, active: false, description: "The generation was canceled." },
  expired: { label: "Expired", tone: "warning", Icon: TimerOff, active: false, description: "The result expired before it could be archived." },
  awaiting_approval: { label: "Needs approval", tone: "warning", Icon: Hand, active: false, description: "Not sent yet: an admin must approve it first." },
  rejected: { label: "Rejected", tone: "neutral", Icon: ShieldX, active: false, description: "An admin rejected the request; it was never sent or billed." },
};

export function isGenerationStatus(value: string): value is GenerationStatusName {
  return (GENERATION_STATUSES as readonly string[]).includes(value);
}

/** Looks up how a status is shown; unknown values (a newer server) fall back to a neutral badge. */
export function statusAppearance(status: string): StatusAppearance {
  if (isGenerationStatus(status)) return STATUS_APPEARANCE[status];
  const label = status ? status.charAt(0).toUpperCase() + status.slice(1) : "Unknown";
  return { label, tone: "neutral", Icon: CircleDashed, active: false, description: label };
}

export interface StatusBadgeProps extends Omit<ComponentProps<"span">, "children"> {
  /** A generation status; use "archiving" when a running generation reports that archiving is under way. */
  status: GenerationStatusName | (string & {});
  size?: "sm" | "md";
  /** Drop the fixed width (e.g. a lone badge in a heading). */
  fluid?: boolean;
}

export function StatusBadge({ status, size = "md", fluid = false, className, ...props }: StatusBadgeProps) {
  const { label, tone, Icon, active, description } = statusAppearance(status);
  return (
    <span
      data-status={status}
      title={description}
      className={badgeClassName({
        tone,
        size,
        className: cn(
          // Fixed width (fits "Succeeded") so a live row does not shift as the status changes.
          !fluid && (size === "sm" ? "w-[5.75rem]" : "w-[6.75rem]"),
          "justify-start",
          className,
        ),
      })}
      {...props}
    >
      <span aria-hidden="true" className={cn("flex shrink-0 items-center", active && "animate-pulse-soft")}>
        <Icon className={cn(status === PUBLIC_STATUS.running && "animate-spin [animation-duration:2.4s]")} />
      </span>
      <span className="truncate">{label}</span>
    </span>
  );
}
