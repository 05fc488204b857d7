// Spend governance: member quotas, spend approval and reconciliation with the provider.
import "server-only";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { OkBody } from "@/lib/contracts/common";
import { ApprovalPolicy } from "@/lib/contracts/approval";
import { Generation } from "@/lib/contracts/generation";
import { MemberQuota } from "@/lib/contracts/quota";
import { Reconciliation } from "@/lib/contracts/reconciliation";
import { createdOrReplaced, ok, operationsOf, pathId } from "@/lib/services/openapi/common";
import { putPolicyBody } from "@/lib/services/approvals/policy";
import { rejectBody } from "@/lib/services/approvals/schemas";
import { putQuotaBody } from "@/lib/services/quotas/schemas";

const usage = operationsOf("Usage");
const generations = operationsOf("Generations");
const keys = operationsOf("Provider keys");
const Accounts = z.strictObject({ accounts: z.array(Reconciliation) });
const GenerationBody = z.strictObject({ generation: Generation });

export const approvalPaths: ZodOpenApiPathsObject = {
  "/api/v1/quotas": {
    get: usage.read("Member quotas with this month's use", ok("Quotas.", z.strictObject({ quotas: z.array(MemberQuota) })), {
      description: "Owners and admins see every member's quota; other roles only their own (the meter).",
    }),
  },
  "/api/v1/members/{id}/quota": {
    put: usage.write("Set a member's monthly quota (owners and admins)", createdOrReplaced("quota", MemberQuota), {
      description:
        'One quota per member: `{"unit":"money","currency","amount","region"?}` or `{"unit":"seconds","seconds","region"?}`. ' +
        "A regional money quota must be in the currency that region bills in (422 on `currency`). A submit that would exceed it answers 402 quota_exceeded with the numbers.",
      params: { path: pathId("id", "The membership id.") },
      body: putQuotaBody,
      errors: [404],
    }),
    delete: usage.write("Remove a member's quota (owners and admins)", ok("Deleted.", OkBody), {
      params: { path: pathId("id", "The membership id.") },
      errors: [404],
    }),
  },
  "/api/v1/approvals/policy": {
    get: usage.read("The team's spend-approval policy", ok("Policy.", z.strictObject({ policy: ApprovalPolicy }))),
    put: usage.write("Set the spend-approval policy (owners and admins)", ok("Policy.", z.strictObject({ policy: ApprovalPolicy })), { body: putPolicyBody }),
  },
  "/api/v1/reconciliation": {
    get: keys.read("The last reconciliation of each provider account (owners and admins)", ok("Accounts.", Accounts), {
      description:
        "Per provider account (key and region) the team uses: what the provider's batch query listed for the last 24 h against the generations here — " +
        "tasks made outside Reelroom, generations whose task the provider does not know, and finished tasks whose video was not archived. " +
        "The worker checks each account every RECONCILE_INTERVAL_MS.",
    }),
    post: keys.write("Check every provider account of the team now (owners and admins)", ok("Accounts.", Accounts), {
      description: "A provider failure is recorded on the account (`status: check_failed`, `error`), not answered as an error.",
    }),
  },
  "/api/v1/approvals": {
    get: generations.read(
      "Generations awaiting approval (owners and admins), oldest first",
      ok("Inbox.", z.strictObject({ generations: z.array(Generation), count: z.number().int() })),
    ),
  },
  "/api/v1/generations/{id}/approve": {
    post: generations.write("Approve a request: it joins the queue", ok("Approved.", GenerationBody), {
      description:
        "Budgets (and the creator's quota, unless the request waited because of it) are checked again now: 402 with the numbers. " +
        "403 when the policy forbids approving your own request; 409 when it is not awaiting approval.",
      params: { path: pathId() },
      errors: [402, 404, 409],
    }),
  },
  "/api/v1/generations/{id}/reject": {
    post: generations.write("Reject a request with a reason", ok("Rejected.", GenerationBody), {
      params: { path: pathId() },
      body: rejectBody,
      errors: [404, 409],
    }),
  },
};
