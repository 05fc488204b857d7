// A submit that the policy sent to awaiting_approval: its first timeline event and webhook
// deliveries (in the submit's transaction), then the approval event once committed.
import "server-only";
import type { Db, Prisma } from "@/lib/adapters/db/client";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import type { Actor } from "@/lib/platform/auth/actor";
import { STATUS } from "@/lib/rules/generation-status";
import type { ApprovalReason } from "@/lib/rules/billing/approval-policy";
import { addEvent } from "@/lib/services/generations/events";
import { toResource } from "@/lib/services/generations/resource";
import { enqueueGenerationEvent } from "@/lib/services/webhooks/enqueue";
import { approvalEvents } from "@/lib/services/approvals/events";

type Tx = Pick<Db, "generationEvent" | "webhook" | "webhookDelivery">;
type Row = Generation & { creator?: { id: string; name: string } | null };

export async function onApprovalRequested(tx: Tx, actor: Actor, row: Row, reasons: ApprovalReason[]): Promise<void> {
  await addEvent(tx, row.id, STATUS.awaiting_approval, {
    actorId: actor.user.id,
    message: `Submitted by ${actor.user.name}; awaiting approval: ${reasons.map((r) => r.message).join(" ")}`,
    data: { reasons: reasons as unknown as Prisma.InputJsonValue },
  });
  await enqueueGenerationEvent(tx, row, "generation.awaiting_approval", toResource(row) as unknown as Record<string, unknown>);
}

export function afterApprovalRequested(row: Pick<Generation, "id" | "teamId" | "creatorId" | "status">): void {
  if (row.status === STATUS.awaiting_approval) void approvalEvents.requested({ teamId: row.teamId, generationId: row.id, creatorId: row.creatorId });
}
