import { publicRoute } from "@/lib/http/handler";
import { requireSessionUser, setCurrentTeam } from "@/lib/auth/actor";
import { acceptInvitation } from "@/lib/teams/invitations";
import { acceptBody } from "@/lib/teams/schemas";

export const POST = publicRoute({ body: acceptBody }, async ({ body }) => {
  const user = await requireSessionUser("accept the invitation (or create an account first)");
  const joined = await acceptInvitation(user.id, body.token);
  await setCurrentTeam(joined.teamId);
  return joined;
});
