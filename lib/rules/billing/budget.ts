// Which generations count against a monthly budget, and how (the sums are read by
// lib/services/budgets/spend.ts): finished ones by what the provider billed, those in flight by
// their estimate.
import { AWAITING_DECISION_STATUSES, IN_FLIGHT_STATUSES, TERMINAL_STATUSES } from "@/lib/rules/generation-status";

/** Counted by their estimate: every status still moving, but not one awaiting approval (checked again when approved). */
export const IN_FLIGHT: string[] = IN_FLIGHT_STATUSES.filter((s) => !AWAITING_DECISION_STATUSES.includes(s));
/** Terminal statuses; each carries the provider's bill (0 when the provider did not finish the task). */
export const FINISHED: string[] = [...TERMINAL_STATUSES];

/** The start (UTC) of the budget month `at` falls in. */
export function monthStart(at = new Date()): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}
