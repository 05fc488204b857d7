import { cookies } from "next/headers";
import { AppError } from "@/lib/http/errors";
import { publicRoute } from "@/lib/http/handler";
import { sessionUser, TEAM_COOKIE } from "@/lib/auth/actor";
import { acceptInvitation } from "@/lib/teams/invitations";
import { acceptBody } from "@/lib/teams/schemas";

export const POST = publicRoute({ body: acceptBody }, async ({ body }) => {
  const user = await sessionUser();
  if (!user) throw new AppError("unauthenticated", "Sign in or create an account to accept the invitation.");
  const joined = await acceptInvitation(user.id, body.token);
  (await cookies()).set(TEAM_COOKIE, joined.teamId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 86_400 });
  return joined;
});
