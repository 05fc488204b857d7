import { authed } from "@/lib/platform/http/handler";
import { getGenerationRow } from "@/lib/services/generations/queries";
import { videoResponse } from "@/lib/services/generations/video";

export const GET = authed({ action: "generation.download" }, async ({ actor, params, req }) =>
  videoResponse(await getGenerationRow(actor, params.id), req, { download: new URL(req.url).searchParams.get("download") === "1" }),
);
export const HEAD = GET;
