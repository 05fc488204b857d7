import { authed } from "@/lib/http/handler";
import { listKeys, saveKey } from "@/lib/keys/keys";
import { saveKeyBody } from "@/lib/keys/schemas";

export const GET = authed({ action: "key.manage" }, async ({ actor }) => listKeys(actor));

export const PUT = authed({ action: "key.manage", body: saveKeyBody, write: true, outbound: true }, async ({ actor, body }) => ({
  key: await saveKey(actor, body),
}));
