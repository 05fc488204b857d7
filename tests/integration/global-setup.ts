// One throwaway PostgreSQL cluster for the whole integration suite; each test file creates its
// own databases in it. SQLite tests use files in temp directories.
import type { TestProject } from "vitest/node";
import { startTempPostgres } from "../../scripts/lib/temp-postgres.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const pg = await startTempPostgres({ database: "postgres_main" });
  project.provide("postgresUrl", pg.url);
  return () => pg.stop();
}
