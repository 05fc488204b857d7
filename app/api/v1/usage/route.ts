// GET /api/v1/usage — usage and cost report of the caller's team.
//
// Query (all optional; unknown parameters are a 422):
//   from, to   UTC calendar days, YYYY-MM-DD, inclusive; default: the first of this month to today.
//              If only one is given the other follows it. At most 1100 days.
//   groupBy    project | user | model | region | day | month (default day)
//   projectId  only this project's generations (404 when not one of the team's projects)
//
// Who sees what: owners and admins (usage.viewAll) see every generation of the team; members and
// viewers (usage.viewOwn) only the ones they created ("scope": "own").
//
// 200 → {
//   "from": "2026-01-01", "to": "2026-01-31", "groupBy": "model", "scope": "team" | "own", "projectId": null,
//   "rows": [{
//     "key": "wan2.6-t2v",            // project id, user id, model id, region, "2026-01-31" or "2026-01"
//     "label": "Wan 2.6 text-to-video", // project or person name, model label, region name, "Jan 31, 2026"
//     "currency": "USD",               // a row is one key in one currency: amounts are never added across currencies
//     "generations": 12,               // created in the range, any status
//     "succeeded": 9, "failed": 1, "canceled": 1, "expired": 0, "inFlight": 1,
//     "billedSeconds": 47.5,           // billed by the provider: the succeeded ones and those whose video was lost
//     "estimatedAmount": "4.75",       // estimates of the billed ones (compare with actualAmount)
//     "actualAmount": "4.8",           // the provider's usage × the unit price stored at submit
//     "inFlightAmount": "0.5",         // estimates of the in-flight ones
//     "committedAmount": "5.3",        // actualAmount + inFlightAmount (what budgets count)
//     "mismatches": 1,                 // generations whose billed seconds differ from the estimate
//     "priceUnknown": 0,               // generations created while no price was known (count as 0)
//     "videoLost": 0,                  // billed by the provider, but the video could not be stored
//     "videoLostAmount": "0",          // what those cost (part of actualAmount)
//     "unpricedBilledSeconds": 0       // billed seconds without a known price: in no amount
//   }],
//   "totals": [{ "currency": "USD", …the same figures… }]   // one per currency
// }
// Amounts are decimal strings in the currency's units, never floats. Day and month rows are in
// time order (only buckets with generations; a chart fills the gaps); the others by committed
// amount, largest first, within each currency.
import { authed } from "@/lib/platform/http/handler";
import { usageQuery } from "@/lib/services/reports/schemas";
import { usageReport } from "@/lib/services/reports/usage";

export const GET = authed({ action: "usage.viewOwn", query: usageQuery }, async ({ actor, query }) => usageReport(actor, query));
