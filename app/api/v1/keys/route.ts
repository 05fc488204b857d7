import { authed } from "@/lib/platform/http/handler";
import { listKeys, saveKey } from "@/lib/services/keys/keys";
import { saveKeyBody } from "@/lib/services/keys/schemas";

export const GET = authed({ action: "key.manage" }, async ({ actor }) => listKeys(actor));

export const PUT = authed({ action: "key.manage", body: saveKeyBody, write: true, outbound: true }, async ({ actor, body }) => ({
  key: await saveKey(actor, body),
}));
