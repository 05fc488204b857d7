import { signedIn } from "@/lib/platform/http/handler";
import { setCurrentTeam } from "@/lib/platform/auth/actor";
import { acceptInvitation } from "@/lib/services/teams/invitations";
import { acceptBody } from "@/lib/services/teams/schemas";

export const POST = signedIn({ purpose: "accept the invitation (or create an account first)", body: acceptBody }, async ({ user, body }) => {
  const joined = await acceptInvitation(user.id, body.token);
  await setCurrentTeam(joined.teamId);
  return joined;
});
