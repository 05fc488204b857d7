import { authed } from "@/lib/platform/http/handler";
import { rejectGeneration } from "@/lib/services/approvals/decide";
import { rejectBody } from "@/lib/services/approvals/schemas";

export const POST = authed({ action: "approval.decide", body: rejectBody, write: true }, async ({ actor, params, body }) =>
  rejectGeneration(actor, params.id, body.reason),
);
