// Vocabulary of the usage report; its JSON shape is the contract in lib/contracts/usage.ts.
// Shared by the API, the CSV export and the reports page; no server imports here.
import { GROUP_BYS } from "@/lib/contracts/usage";

export { GROUP_BYS } from "@/lib/contracts/usage";
export type { UsageFigures, UsageReport, UsageRow, UsageTotal } from "@/lib/contracts/usage";
export type GroupBy = (typeof GROUP_BYS)[number];

export const GROUP_LABELS: Record<GroupBy, string> = {
  project: "Project",
  user: "Person",
  model: "Model",
  region: "Region",
  day: "Day",
  month: "Month",
};
