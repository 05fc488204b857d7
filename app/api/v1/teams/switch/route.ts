import { signedIn } from "@/lib/http/handler";
import { setCurrentTeam } from "@/lib/auth/actor";
import { assertMemberOf } from "@/lib/teams/teams";
import { switchTeamBody } from "@/lib/teams/schemas";

export const POST = signedIn({ purpose: "switch teams", body: switchTeamBody }, async ({ user, body }) => {
  await assertMemberOf(user.id, body.teamId);
  await setCurrentTeam(body.teamId);
  return { teamId: body.teamId };
});
