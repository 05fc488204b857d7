import { db } from "@/lib/db";
import { json } from "@/lib/http/json";

export async function GET() {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return json({ ok: true });
  } catch {
    return json({ ok: false, error: { code: "provider_unavailable", message: "The database is not reachable." } }, { status: 503 });
  }
}
