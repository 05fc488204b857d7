import { authed } from "@/lib/platform/http/handler";
import { changeRole, removeMember } from "@/lib/services/teams/members";
import { roleBody } from "@/lib/services/teams/schemas";

export const PATCH = authed({ body: roleBody, write: true }, async ({ actor, params, body }) => {
  await changeRole(actor, params.id, body.role);
  return { ok: true };
});

export const DELETE = authed({ write: true }, async ({ actor, params }) => {
  await removeMember(actor, params.id);
  return { ok: true };
});
