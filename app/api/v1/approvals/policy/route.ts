import { authed } from "@/lib/platform/http/handler";
import { getPolicy, putPolicy, putPolicyBody } from "@/lib/services/approvals/policy";

export const GET = authed({ action: "team.view" }, async ({ actor }) => getPolicy(actor));

export const PUT = authed({ action: "budget.manage", body: putPolicyBody, write: true }, async ({ actor, body }) => putPolicy(actor, body));
