import { authed } from "@/lib/platform/http/handler";
import { approveGeneration } from "@/lib/services/approvals/decide";

export const POST = authed({ action: "approval.decide", write: true }, async ({ actor, params }) => approveGeneration(actor, params.id));
