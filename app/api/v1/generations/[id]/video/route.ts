import { authed } from "@/lib/http/handler";
import { getGenerationRow } from "@/lib/generations/queries";
import { videoResponse } from "@/lib/generations/video";

export const GET = authed({ action: "generation.download" }, async ({ actor, params, req }) =>
  videoResponse(await getGenerationRow(actor, params.id), req, { download: new URL(req.url).searchParams.get("download") === "1" }),
);
export const HEAD = GET;
