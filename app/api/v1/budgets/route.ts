// GET /api/v1/budgets — the team's monthly budgets with this month's committed spend (any member).
//   200 → {"budgets": [{"id", "scope": "team" | "project", "projectId", "projectName", "currency",
//          "amount": "25", "committed": "20.5", "remaining": "4.5", "percentUsed": 82, "month": "2026-01",
//          "updatedAt"}]}
//   Committed = actual cost of this month's succeeded generations + estimates of those in flight.
// PUT /api/v1/budgets — owners and admins (budget.manage): set a budget.
//   body {"projectId": "…" | null (null or absent: the whole team), "currency": "USD" | "CNY", "amount": "25.00"}
//   One budget per scope and currency: a second PUT replaces the amount (200), a new one is 201.
//   → {"budget": {…as above…}}. Audited as "budget.changed" with the old and new amount.
//   A generation whose estimate would push committed spend over a budget of its project or team
//   (same currency) is refused with 402 budget_exceeded.
import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { putBudgetBody } from "@/lib/services/budgets/schemas";
import { listBudgets, putBudget } from "@/lib/services/budgets/service";

export const GET = authed({ action: "team.view" }, async ({ actor }) => listBudgets(actor));

export const PUT = authed({ action: "budget.manage", body: putBudgetBody, write: true }, async ({ actor, body }) => {
  const { budget, created } = await putBudget(actor, body);
  return json({ budget }, { status: created ? 201 : 200 });
});
