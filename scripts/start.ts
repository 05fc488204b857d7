// `npm start`: validates configuration, creates and migrates the database, builds the app when
// needed, then serves it (the worker and, in demo mode, the simulator start inside the server).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { prepareRuntime } from "@/scripts/lib/runtime";

async function main() {
  const dev = process.argv.includes("--dev");
  const env = await prepareRuntime();
  mkdirSync(env.DATA_DIR, { recursive: true });
  const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!dev && (!existsSync(`${distDir}/BUILD_ID`) || process.env.REELROOM_REBUILD === "1")) {
    console.log("[reelroom] building the app (first start only)…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: nextEnv });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  console.log(`[reelroom] serving on ${env.APP_URL}`);
  const child = spawn("npx", ["next", dev ? "dev" : "start", "-p", String(env.PORT)], { stdio: "inherit", env: nextEnv });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
