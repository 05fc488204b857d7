import { authed } from "@/lib/platform/http/handler";
import { revokeToken } from "@/lib/services/tokens/tokens";

export const DELETE = authed({ action: "token.manageOwn", write: true }, async ({ actor, params }) => ({
  apiToken: await revokeToken(actor, params.id),
}));
