import { authed } from "@/lib/http/handler";
import { createInvitation, listInvitations } from "@/lib/teams/invitations";
import { invitationBody } from "@/lib/teams/schemas";

export const GET = authed({ action: "member.invite" }, async ({ actor }) => ({ invitations: await listInvitations(actor) }));

export const POST = authed({ body: invitationBody, action: "member.invite", write: true }, async ({ actor, body }) =>
  Response.json({ invitation: await createInvitation(actor, body) }, { status: 201 }),
);
