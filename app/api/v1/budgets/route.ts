import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { putBudgetBody } from "@/lib/services/budgets/schemas";
import { listBudgets, putBudget } from "@/lib/services/budgets/service";

export const GET = authed({ action: "team.view" }, async ({ actor }) => listBudgets(actor));

export const PUT = authed({ action: "budget.manage", body: putBudgetBody, write: true }, async ({ actor, body }) => {
  const { budget, created } = await putBudget(actor, body);
  return json({ budget }, { status: created ? 201 : 200 });
});
