import { signedIn } from "@/lib/http/handler";
import { setCurrentTeam } from "@/lib/auth/actor";
import { acceptInvitation } from "@/lib/teams/invitations";
import { acceptBody } from "@/lib/teams/schemas";

export const POST = signedIn({ purpose: "accept the invitation (or create an account first)", body: acceptBody }, async ({ user, body }) => {
  const joined = await acceptInvitation(user.id, body.token);
  await setCurrentTeam(joined.teamId);
  return joined;
});
