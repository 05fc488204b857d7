import { authed } from "@/lib/platform/http/handler";
import { listQuotas } from "@/lib/services/quotas/service";

export const GET = authed({ action: "team.view" }, async ({ actor }) => listQuotas(actor));
