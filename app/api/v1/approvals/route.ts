import { authed } from "@/lib/platform/http/handler";
import { listApprovals } from "@/lib/services/approvals/decide";

export const GET = authed({ action: "approval.decide" }, async ({ actor }) => listApprovals(actor));
