import { signedIn } from "@/lib/http/handler";
import { createTeam, listMyTeams } from "@/lib/teams/teams";
import { teamNameBody } from "@/lib/teams/schemas";

const purpose = "manage your teams";

export const GET = signedIn({ purpose }, async ({ user }) => ({ teams: await listMyTeams(user.id) }));

export const POST = signedIn({ purpose, body: teamNameBody, write: true }, async ({ user, body }) => {
  const team = await createTeam(user.id, body.name);
  return Response.json({ team }, { status: 201 });
});
