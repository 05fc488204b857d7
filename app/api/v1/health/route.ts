import { db } from "@/lib/adapters/db/client";
import { json } from "@/lib/platform/http/json";

export async function GET() {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return json({ ok: true });
  } catch {
    return json({ ok: false, error: { code: "provider_unavailable", message: "The database is not reachable." } }, { status: 503 });
  }
}
