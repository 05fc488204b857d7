import { authed } from "@/lib/http/handler";
import { revokeToken } from "@/lib/tokens/tokens";

export const DELETE = authed({ action: "token.manageOwn", write: true }, async ({ actor, params }) => ({
  apiToken: await revokeToken(actor, params.id),
}));
