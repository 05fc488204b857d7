import { publicRoute } from "@/lib/http/handler";
import { requireSessionUser } from "@/lib/auth/actor";
import { createTeam, listMyTeams } from "@/lib/teams/teams";
import { teamNameBody } from "@/lib/teams/schemas";

const requireUser = () => requireSessionUser("manage your teams");

export const GET = publicRoute({}, async () => ({ teams: await listMyTeams((await requireUser()).id) }));

export const POST = publicRoute({ body: teamNameBody }, async ({ body }) => {
  const team = await createTeam((await requireUser()).id, body.name);
  return Response.json({ team }, { status: 201 });
});
