import { publicRoute } from "@/lib/platform/http/handler";
import { resolveShare } from "@/lib/services/generations/share";
import { videoResponse } from "@/lib/services/generations/video";

// Public: anyone with a valid (signed, unrevoked, unexpired) share link may watch the video.
export const GET = publicRoute({}, async ({ params, req }) => videoResponse(await resolveShare(params.token), req));
export const HEAD = GET;
