import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { publicRoute, readJson } from "@/lib/http/handler";
import { signUp } from "@/lib/users/sign-up";

export const POST = publicRoute({}, async ({ req }) => {
  if (!env().SIGNUP_ENABLED) throw new AppError("forbidden", "Sign-up is closed on this instance; ask an admin for an invitation.");
  const account = await signUp(await readJson(req));
  return Response.json({ user: account.user, teamId: account.teamId, projectId: account.projectId }, { status: 201 });
});
