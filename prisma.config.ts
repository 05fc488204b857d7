// Prisma CLI configuration: the JS schema engine through driver adapters, so no engine binary
// is ever downloaded. PRISMA_TARGET=postgres selects the generated PostgreSQL schema.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL ?? "file:./data/reelroom.db";
const postgres = process.env.PRISMA_TARGET === "postgres" || /^postgres(ql)?:/.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  adapter: async () => (postgres ? new PrismaPg({ connectionString: url, allowExitOnIdle: true }) : new PrismaBetterSQLite3({ url })),
});
