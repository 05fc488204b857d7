import { authed } from "@/lib/platform/http/handler";
import { revokeInvitation } from "@/lib/services/teams/invitations";

export const DELETE = authed({ action: "member.invite", write: true }, async ({ actor, params }) => {
  await revokeInvitation(actor, params.id);
  return { ok: true };
});
