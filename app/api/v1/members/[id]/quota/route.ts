import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { putQuotaBody } from "@/lib/services/quotas/schemas";
import { deleteQuota, putQuota } from "@/lib/services/quotas/service";

export const PUT = authed({ action: "budget.manage", body: putQuotaBody, write: true }, async ({ actor, params, body }) => {
  const { quota, created } = await putQuota(actor, params.id, body);
  return json({ quota }, { status: created ? 201 : 200 });
});

export const DELETE = authed({ action: "budget.manage", write: true }, async ({ actor, params }) => deleteQuota(actor, params.id));
