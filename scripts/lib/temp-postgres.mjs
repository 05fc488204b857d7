// Starts a throwaway PostgreSQL cluster on a free loopback port (for tests, benchmarks and
// generating migrations) and stops it again. Runs the server as the `postgres` user when root.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

function pgBinDir() {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(path.join(root, v, "bin", "initdb"))) return path.join(root, v, "bin");
  }
  return ""; // rely on PATH
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(bin, args) {
  const cmd = path.join(pgBinDir(), bin);
  const asRoot = process.getuid?.() === 0;
  const result = asRoot ? spawnSync("runuser", ["-u", "postgres", "--", cmd, ...args], { encoding: "utf8" }) : spawnSync(cmd, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${bin} failed: ${result.stderr || result.stdout || result.error}`);
  return result.stdout;
}

/**
 * @param {{ database?: string, settings?: Record<string, string> }} [options] settings: extra server
 *   settings (`-c name=value`), e.g. statement logging for a benchmark
 * @returns {Promise<{ url: string, port: number, logFile: string, stop: () => void }>}
 */
export async function startTempPostgres({ database = "reelroom", settings = {} } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "reelroom-pg-"));
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
  const port = await freePort();
  run("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  run("pg_ctl", [
    "-D",
    path.join(dir, "data"),
    "-l",
    path.join(dir, "log"),
    "-w",
    "start",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200${Object.entries(
      settings,
    )
      .map(([name, value]) => ` -c ${name}=${value}`)
      .join("")}`,
  ]);
  run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database]);
  const stop = () => {
    try {
      run("pg_ctl", ["-D", path.join(dir, "data"), "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgresql://postgres@127.0.0.1:${port}/${database}`, port, logFile: path.join(dir, "log"), stop };
}

/** Creates another database in the same cluster and returns its URL. */
export function createDatabase(baseUrl, name) {
  const u = new URL(baseUrl);
  run("createdb", ["-h", u.hostname, "-p", u.port, "-U", "postgres", name]);
  u.pathname = `/${name}`;
  return u.toString();
}
