import { cookies } from "next/headers";
import { AppError } from "@/lib/http/errors";
import { publicRoute } from "@/lib/http/handler";
import { sessionUser, TEAM_COOKIE } from "@/lib/auth/actor";
import { assertMemberOf } from "@/lib/teams/teams";
import { switchTeamBody } from "@/lib/teams/schemas";

export const POST = publicRoute({ body: switchTeamBody }, async ({ body }) => {
  const user = await sessionUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to switch teams.");
  await assertMemberOf(user.id, body.teamId);
  (await cookies()).set(TEAM_COOKIE, body.teamId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 86_400 });
  return { teamId: body.teamId };
});
