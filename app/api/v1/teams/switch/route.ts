import { publicRoute } from "@/lib/http/handler";
import { requireSessionUser, setCurrentTeam } from "@/lib/auth/actor";
import { assertMemberOf } from "@/lib/teams/teams";
import { switchTeamBody } from "@/lib/teams/schemas";

export const POST = publicRoute({ body: switchTeamBody }, async ({ body }) => {
  const user = await requireSessionUser("switch teams");
  await assertMemberOf(user.id, body.teamId);
  await setCurrentTeam(body.teamId);
  return { teamId: body.teamId };
});
