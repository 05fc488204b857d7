// Generates both Prisma clients (SQLite and PostgreSQL) from the one schema source.
import { execFileSync } from "node:child_process";
import { writePostgresSchema } from "./postgres-schema.mjs";

writePostgresSchema();
for (const target of ["sqlite", "postgres"]) {
  execFileSync("npx", ["prisma", "generate"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_TARGET: target,
      DATABASE_URL: target === "postgres" ? "postgresql://generate@localhost/generate" : "file:./data/generate.db",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
}
