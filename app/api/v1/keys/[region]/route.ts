import { authed } from "@/lib/platform/http/handler";
import { deleteKey } from "@/lib/services/keys/keys";

export const DELETE = authed({ action: "key.manage", write: true }, async ({ actor, params }) => {
  await deleteKey(actor, params.region);
  return { ok: true };
});
