// DELETE /api/v1/budgets/{id} — owners and admins: remove a budget (404 when absent or another
// team's). Audited as "budget.deleted". → {"ok": true}
import { authed } from "@/lib/platform/http/handler";
import { deleteBudget } from "@/lib/services/budgets/service";

export const DELETE = authed({ action: "budget.manage", write: true }, async ({ actor, params }) => deleteBudget(actor, params.id));
