import { json } from "@/lib/platform/http/json";
import { publicCatalog } from "@/lib/rules/models/public";

// The catalog is public data (no team information): the form and API clients share this truth.
export function GET() {
  return json(publicCatalog(), { headers: { "cache-control": "public, max-age=300" } });
}
