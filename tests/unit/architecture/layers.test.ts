// Who may import whom inside lib/: every import of every module is checked against the table
// below, so an arrow running back up a layer fails here (and names the file and the import).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Rooms by path prefix under the repository root; the longest matching prefix wins. */
const ROOMS = {
  rules: "lib/rules/",
  contracts: "lib/contracts/",
  /** The OpenAPI document is built from the contracts and the services' input schemas. */
  openapi: "lib/contracts/openapi/",
  config: "lib/platform/config/",
  adapters: "lib/adapters/",
  auth: "lib/platform/auth/",
  appStorage: "lib/platform/app-storage.ts",
  /** The current request's client address, for the audit log. */
  requestContext: "lib/platform/http/request-context.ts",
  http: "lib/platform/http/",
  services: "lib/services/",
  simulator: "lib/simulator/",
} as const;

type Room = keyof typeof ROOMS;

/** The arrows allowed between rooms (a room may always import itself). */
const MAY_IMPORT: Record<Room, readonly Room[]> = {
  rules: [],
  contracts: ["rules"],
  config: ["rules"],
  adapters: ["rules", "config"],
  requestContext: [],
  auth: ["rules", "contracts", "config", "adapters"],
  appStorage: ["config", "adapters"],
  http: ["rules", "contracts", "config", "auth", "requestContext"],
  services: ["rules", "contracts", "config", "adapters", "auth", "appStorage", "requestContext", "simulator"],
  openapi: ["contracts", "rules", "services", "auth"],
  simulator: ["rules"],
};

/**
 * Backward arrows that still exist and belong to other work, as "importer -> imported" (exact
 * module paths without extension). Remove an entry when its arrow is gone; a stale entry fails.
 */
const KNOWN_EXCEPTIONS: readonly string[] = [
  // Response contracts reading constants that should live in contracts (or rules) themselves.
  "lib/contracts/delivery -> lib/services/webhooks/events",
  "lib/contracts/webhook -> lib/services/webhooks/events",
  "lib/contracts/team -> lib/platform/auth/permissions",
  // The public catalog (pure) typed by its response contract, which itself reads the catalog's enums.
  "lib/rules/models/public -> lib/contracts/model",
];

const ROOT = path.resolve(__dirname, "../../..");

function modulesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return rel === "lib/adapters/db/generated" ? [] : modulesUnder(rel);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

/** Every module a file imports or re-exports through the @/ alias, static or dynamic. */
function importsOf(source: string): string[] {
  const found = new Set<string>();
  const patterns = [/\b(?:import|export)\s[^;]*?\sfrom\s*["']@\/([^"']+)["']/g, /\bimport\s*["']@\/([^"']+)["']/g, /\bimport\(\s*["']@\/([^"']+)["']\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

function roomOf(modulePath: string): Room | null {
  let best: Room | null = null;
  for (const [room, prefix] of Object.entries(ROOMS) as [Room, string][]) {
    const matches = prefix.endsWith("/") ? `${modulePath}/`.startsWith(prefix) : modulePath.replace(/(\.tsx?)?$/, ".ts") === prefix;
    if (matches && (best === null || prefix.length > ROOMS[best].length)) best = room;
  }
  return best;
}

function arrows(): { from: string; to: string; fromRoom: Room | null; toRoom: Room | null }[] {
  return modulesUnder("lib").flatMap((file) => {
    const from = file.replace(/\.tsx?$/, "");
    return importsOf(readFileSync(path.join(ROOT, file), "utf8")).map((to) => ({ from, to, fromRoom: roomOf(file), toRoom: roomOf(to) }));
  });
}

describe("lib/ layers", () => {
  const all = arrows();

  it("reads the imports of every module in lib/", () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter((a) => a.fromRoom === null).map((a) => a.from)).toEqual([]);
  });

  it("never imports the app or its components from lib/", () => {
    expect(all.filter((a) => a.to.startsWith("app/") || a.to.startsWith("components/")).map((a) => `${a.from} -> ${a.to}`)).toEqual([]);
  });

  it("imports only along the allowed arrows", () => {
    const backward = all
      .filter((a) => a.to.startsWith("lib/") && a.fromRoom !== null && a.fromRoom !== a.toRoom)
      .filter((a) => a.toRoom === null || !MAY_IMPORT[a.fromRoom as Room].includes(a.toRoom))
      .map((a) => `${a.from} -> ${a.to}`)
      .filter((arrow) => !KNOWN_EXCEPTIONS.includes(arrow));
    expect(backward).toEqual([]);
  });

  it("lists no exception that is already gone", () => {
    const present = new Set(all.map((a) => `${a.from} -> ${a.to}`));
    expect(KNOWN_EXCEPTIONS.filter((arrow) => !present.has(arrow))).toEqual([]);
  });
});
