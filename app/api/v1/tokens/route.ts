import { authed } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { createTokenBody, listTokensQuery } from "@/lib/tokens/schemas";
import { createToken, listTokens } from "@/lib/tokens/tokens";

export const GET = authed({ action: "token.manageOwn", query: listTokensQuery }, async ({ actor, query }) => ({
  tokens: await listTokens(actor, { includeRevoked: query.includeRevoked === "true" }),
}));

export const POST = authed({ action: "token.manageOwn", body: createTokenBody, write: true }, async ({ actor, body }) =>
  json(await createToken(actor, body), { status: 201 }),
);
