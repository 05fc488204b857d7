import { publicRoute } from "@/lib/platform/http/handler";
import { uploadFileResponse } from "@/lib/services/uploads/file-response";

export const GET = publicRoute({}, ({ params, req }) => uploadFileResponse(params.id, req));
export const HEAD = GET;
