import { authed } from "@/lib/platform/http/handler";
import { leaveTeam } from "@/lib/services/teams/members";

export const POST = authed({ write: true }, async ({ actor }) => {
  await leaveTeam(actor);
  return { ok: true };
});
