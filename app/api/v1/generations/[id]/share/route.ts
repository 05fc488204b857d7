import { z } from "zod";
import { authed } from "@/lib/platform/http/handler";
import { createShare, listShares, revokeShare } from "@/lib/services/generations/share";

const body = z.object({ expiresInDays: z.number().int().min(1).max(365).nullable().default(null) }).strict();
const revokeQuery = z.object({ shareId: z.string().min(1).max(64) });

export const GET = authed({ action: "generation.view" }, async ({ actor, params }) => ({ shares: await listShares(actor, params.id) }));

export const POST = authed({ action: "generation.view", body, write: true }, async ({ actor, params, body }) =>
  Response.json({ share: await createShare(actor, params.id, body.expiresInDays) }, { status: 201 }),
);

export const DELETE = authed({ action: "generation.view", query: revokeQuery, write: true }, async ({ actor, params, query }) => {
  await revokeShare(actor, params.id, query.shareId);
  return { ok: true };
});
