import { authed } from "@/lib/http/handler";
import { deleteKey } from "@/lib/keys/keys";

export const DELETE = authed({ action: "key.manage", write: true }, async ({ actor, params }) => {
  await deleteKey(actor, params.region);
  return { ok: true };
});
