import { authed } from "@/lib/platform/http/handler";
import { getGenerationRow } from "@/lib/services/generations/queries";
import { posterResponse } from "@/lib/services/generations/poster-response";

export const GET = authed({ action: "generation.download" }, async ({ actor, params, req }) => posterResponse(await getGenerationRow(actor, params.id), req));
export const HEAD = GET;
