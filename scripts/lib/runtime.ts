// Shared start-up for every entry point (server, worker, CLI): validated env, secrets, migrations.
import { env } from "@/lib/platform/config/env";
import { authSecret, secretKey } from "@/lib/platform/config/secrets";
import { migrate } from "@/lib/adapters/db/migrate";

export async function prepareRuntime({ quiet = false } = {}) {
  const e = env();
  process.env.SECRET_KEY ??= secretKey();
  process.env.NEXTAUTH_SECRET ??= authSecret();
  process.env.NEXTAUTH_URL ??= e.APP_URL;
  process.env.DATABASE_URL ??= e.DATABASE_URL;
  const result = await migrate(e.DATABASE_URL);
  if (!quiet && result.applied.length) console.log(`[reelroom] applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`);
  return e;
}
