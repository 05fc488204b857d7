import { env } from "@/lib/platform/config/env";
import { publicRoute } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { openApiDocument } from "@/lib/services/openapi/document";

export const GET = publicRoute({}, async () => json(openApiDocument(env().APP_URL), { headers: { "cache-control": "public, max-age=300" } }));
