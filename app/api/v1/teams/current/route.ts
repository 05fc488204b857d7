import { authed } from "@/lib/platform/http/handler";
import { deleteTeam, renameTeam } from "@/lib/services/teams/teams";
import { teamNameBody } from "@/lib/services/teams/schemas";

export const GET = authed({ action: "team.view" }, async ({ actor }) => ({
  team: { id: actor.teamId, name: actor.teamName, role: actor.role },
}));

export const PATCH = authed({ body: teamNameBody, write: true }, async ({ actor, body }) => ({ team: await renameTeam(actor, body.name) }));

export const DELETE = authed({ write: true }, async ({ actor }) => {
  await deleteTeam(actor);
  return { ok: true };
});
