// Who may change a generation (move, delete, share, revoke its links): anyone whose role manages
// any generation, or its creator when their role manages their own.
import "server-only";
import type { Actor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";

export function mayManageGeneration(actor: Actor, generation: { creatorId: string }): boolean {
  if (can(actor.role, "generation.manageAny")) return true;
  return generation.creatorId === actor.user.id && can(actor.role, "generation.manageOwn");
}
