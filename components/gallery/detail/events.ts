// Timeline events (GET /generations/{id}/events) as readable entries (pure).
import { STATUS } from "@/lib/rules/generation-status";
import { formatBytes, formatSeconds, money } from "../cost";
import type { GenerationEventJson as GenerationEvent } from "@/lib/contracts/generation";

export type EventTone = "neutral" | "accent" | "success" | "warning" | "danger";

export interface EventDetail {
  label: string;
  value: string;
  /** Long identifiers get a copy button. */
  copy?: boolean;
}

export interface DescribedEvent {
  title: string;
  tone: EventTone;
  details: EventDetail[];
}

const TITLES: Record<string, [string, EventTone]> = {
  queued: ["Queued", "neutral"],
  requeued: ["Queued again", "warning"],
  submitted: ["Submitted to the provider", "accent"],
  pending: ["Waiting at the provider", "accent"],
  running: ["Generating", "accent"],
  throttled: ["Provider busy", "warning"],
  dispatch_uncertain: ["Checking the submission", "warning"],
  poll_error: ["Status check failed", "warning"],
  provider_succeeded: ["Provider finished", "success"],
  archive_retry: ["Archiving retried", "warning"],
  succeeded: ["Archived", "success"],
  failed: ["Failed", "danger"],
  canceled: ["Canceled", "neutral"],
  cancel_requested: ["Cancel requested", "warning"],
  cancel_refused: ["Cancel refused: already generating", "warning"],
  edited: ["Edited while queued", "neutral"],
  expired: ["Expired", "warning"],
  moved: ["Moved", "neutral"],
  reviewed: ["Reviewed", "accent"],
};

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : typeof value === "number" ? String(value) : null);

export function describeEvent(event: GenerationEvent): DescribedEvent {
  const [title, tone] = TITLES[event.type] ?? [event.type.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()), "neutral" as EventTone];
  const data = event.data ?? {};
  const details: EventDetail[] = [];
  const add = (label: string, value: string | null, copy = false) => value && details.push({ label, value, copy });

  add("Task id", text(data.taskId), true);
  add("Request id", text(data.requestId), true);
  add("Error code", text(data.code));
  if (typeof data.billedSeconds === "number") {
    const estimated = typeof data.estimateBilledSeconds === "number" ? ` (estimated ${formatSeconds(data.estimateBilledSeconds)})` : "";
    add(event.type === STATUS.queued ? "Estimated billing" : "Billed", `${formatSeconds(data.billedSeconds)}${estimated}`);
  }
  if (event.type === STATUS.queued) add("Estimated cost", money(text(data.amount), text(data.currency)));
  if (typeof data.bytes === "number") add("Size", formatBytes(data.bytes));
  add("SHA-256", text(data.sha256), true);
  return { title, tone, details };
}
