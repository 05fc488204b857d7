import { env } from "@/lib/platform/config/env";
import { AppError } from "@/lib/contracts/errors";
import { publicRoute, readJson } from "@/lib/platform/http/handler";
import { signUp } from "@/lib/services/users/sign-up";

export const POST = publicRoute({}, async ({ req }) => {
  if (!env().SIGNUP_ENABLED) throw new AppError("forbidden", "Sign-up is closed on this instance; ask an admin for an invitation.");
  const account = await signUp(await readJson(req));
  return Response.json({ user: account.user, teamId: account.teamId, projectId: account.projectId }, { status: 201 });
});
