// Where serve.ts tells the tests about the server it started (one file per port).
import { readFileSync } from "node:fs";
import path from "node:path";

export const serverInfoPath = (port: string | number) => path.join("test-results", `e2e-server-${port}.json`);

export function serverInfo(): { dataDir: string; databaseFile: string } {
  return JSON.parse(readFileSync(serverInfoPath(process.env.E2E_PORT ?? 3210), "utf8"));
}
