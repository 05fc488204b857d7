import { json } from "@/lib/platform/http/json";
import { databaseReachable } from "@/lib/services/instance/health";

export async function GET() {
  if (await databaseReachable()) return json({ ok: true });
  return json({ ok: false, error: { code: "provider_unavailable", message: "The database is not reachable." } }, { status: 503 });
}
