// DELETE /api/v1/prices/{id} — owners and admins: remove one of the team's own prices (the
// override id from GET /api/v1/prices); the default applies again. Instance defaults and other
// teams' prices are 404. Audited as "price.deleted". → {"ok": true}
import { authed } from "@/lib/platform/http/handler";
import { deletePrice } from "@/lib/services/prices/service";

export const DELETE = authed({ action: "price.manage", write: true }, async ({ actor, params }) => deletePrice(actor, params.id));
