import { signedIn } from "@/lib/platform/http/handler";
import { createTeam, listMyTeams } from "@/lib/services/teams/teams";
import { teamNameBody } from "@/lib/services/teams/schemas";

const purpose = "manage your teams";

export const GET = signedIn({ purpose }, async ({ user }) => ({ teams: await listMyTeams(user.id) }));

export const POST = signedIn({ purpose, body: teamNameBody, write: true }, async ({ user, body }) => {
  const team = await createTeam(user.id, body.name);
  return Response.json({ team }, { status: 201 });
});
