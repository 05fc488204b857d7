import { signedIn } from "@/lib/platform/http/handler";
import { setCurrentTeam } from "@/lib/platform/auth/actor";
import { assertMemberOf } from "@/lib/services/teams/teams";
import { switchTeamBody } from "@/lib/services/teams/schemas";

export const POST = signedIn({ purpose: "switch teams", body: switchTeamBody }, async ({ user, body }) => {
  await assertMemberOf(user.id, body.teamId);
  await setCurrentTeam(body.teamId);
  return { teamId: body.teamId };
});
