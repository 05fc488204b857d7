import { AppError } from "@/lib/http/errors";
import { publicRoute } from "@/lib/http/handler";
import { sessionUser } from "@/lib/auth/actor";
import { createTeam, listMyTeams } from "@/lib/teams/teams";
import { teamNameBody } from "@/lib/teams/schemas";

async function requireUser() {
  const user = await sessionUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to manage your teams.");
  return user;
}

export const GET = publicRoute({}, async () => ({ teams: await listMyTeams((await requireUser()).id) }));

export const POST = publicRoute({ body: teamNameBody }, async ({ body }) => {
  const team = await createTeam((await requireUser()).id, body.name);
  return Response.json({ team }, { status: 201 });
});
