// The public shape of GET /api/v1/usage (JSON-safe: counts are numbers, money is decimal strings).
// Shared by the API, the CSV export and the reports page; no server imports here.
export const GROUP_BYS = ["project", "user", "model", "region", "day", "month"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface UsageFigures {
  /** Every generation created in the range, whatever its status. */
  generations: number;
  succeeded: number;
  failed: number;
  canceled: number;
  expired: number;
  /** Queued, submitted or running (including archiving): may still be billed. */
  inFlight: number;
  /** Seconds the provider billed: succeeded generations and those billed whose video was lost. */
  billedSeconds: number;
  /** Estimates of the billed generations (compare with actualAmount). */
  estimatedAmount: string;
  /** What the provider's usage says the billed generations cost (only those with a known price). */
  actualAmount: string;
  /** Estimates of the generations still in flight. */
  inFlightAmount: string;
  /** actualAmount + inFlightAmount: what budgets count. */
  committedAmount: string;
  /** Generations whose billed seconds differ from the estimate. */
  mismatches: number;
  /** Generations created while no price was known (their amounts count as 0). */
  priceUnknown: number;
  /** Finished and billed by the provider, but the video could not be stored ("Billed, video lost"). */
  videoLost: number;
  /** What those cost; already part of actualAmount. */
  videoLostAmount: string;
  /** Billed seconds without a known price: part of billedSeconds, never of any amount. */
  unpricedBilledSeconds: number;
}

export interface UsageRow extends UsageFigures {
  /** Project id, user id, model id, region, "2026-01-31" (day) or "2026-01" (month). */
  key: string;
  label: string;
  currency: string;
}

export interface UsageTotal extends UsageFigures {
  currency: string;
}

export interface UsageReport {
  from: string;
  to: string;
  groupBy: GroupBy;
  /** "team": everyone's generations; "own": only the caller's (members and viewers). */
  scope: "team" | "own";
  projectId: string | null;
  rows: UsageRow[];
  totals: UsageTotal[];
}

export const GROUP_LABELS: Record<GroupBy, string> = {
  project: "Project",
  user: "Person",
  model: "Model",
  region: "Region",
  day: "Day",
  month: "Month",
};
