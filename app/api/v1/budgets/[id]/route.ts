import { authed } from "@/lib/platform/http/handler";
import { deleteBudget } from "@/lib/services/budgets/service";

export const DELETE = authed({ action: "budget.manage", write: true }, async ({ actor, params }) => deleteBudget(actor, params.id));
