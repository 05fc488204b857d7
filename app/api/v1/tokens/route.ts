import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { createTokenBody, listTokensQuery } from "@/lib/services/tokens/schemas";
import { createToken, listTokens } from "@/lib/services/tokens/tokens";

export const GET = authed({ action: "token.manageOwn", query: listTokensQuery }, async ({ actor, query }) => ({
  tokens: await listTokens(actor, { includeRevoked: query.includeRevoked === "true" }),
}));

export const POST = authed({ action: "token.manageOwn", body: createTokenBody, write: true }, async ({ actor, body }) =>
  json(await createToken(actor, body), { status: 201 }),
);
