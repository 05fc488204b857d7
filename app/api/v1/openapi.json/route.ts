import { env } from "@/lib/env";
import { publicRoute } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { openApiDocument } from "@/lib/openapi/document";

export const GET = publicRoute({}, async () => json(openApiDocument(env().APP_URL), { headers: { "cache-control": "public, max-age=300" } }));
