import { authed } from "@/lib/platform/http/handler";
import { createInvitation, listInvitations } from "@/lib/services/teams/invitations";
import { invitationBody } from "@/lib/services/teams/schemas";

export const GET = authed({ action: "member.invite" }, async ({ actor }) => ({ invitations: await listInvitations(actor) }));

export const POST = authed({ body: invitationBody, action: "member.invite", write: true }, async ({ actor, body }) =>
  Response.json({ invitation: await createInvitation(actor, body) }, { status: 201 }),
);
