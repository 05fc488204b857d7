import { publicRoute } from "@/lib/platform/http/handler";
import { resolveShare } from "@/lib/services/generations/share";
import { posterResponse } from "@/lib/services/generations/poster-response";

// Public like the shared video: anyone with a valid share link may see its poster.
export const GET = publicRoute({}, async ({ params, req }) => posterResponse(await resolveShare(params.token), req));
export const HEAD = GET;
