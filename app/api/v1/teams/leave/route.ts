import { authed } from "@/lib/http/handler";
import { leaveTeam } from "@/lib/teams/members";

export const POST = authed({ write: true }, async ({ actor }) => {
  await leaveTeam(actor);
  return { ok: true };
});
