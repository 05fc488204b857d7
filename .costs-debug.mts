import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { migrate } from "@/lib/db/migrate";
import { Client, uniqueEmail } from "@/tests/support/client";
import { seedGenerations } from "@/tests/integration/costs/seed";

const dir = mkdtempSync(path.join(os.tmpdir(), "costs-dbg-"));
const url = `file:${path.join(dir, "t.db")}`;
await migrate(url);
const port = 3291;
const env = { ...process.env, NODE_ENV: "production", PORT: String(port), APP_URL: `http://127.0.0.1:${port}`, NEXTAUTH_URL: `http://127.0.0.1:${port}`, DATA_DIR: dir, DATABASE_URL: url, SECRET_KEY: randomBytes(32).toString("hex"), NEXTAUTH_SECRET: randomBytes(32).toString("hex"), WORKER_IN_PROCESS: "false", DASHSCOPE_API_KEY: "" };
const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "inherit", "inherit"] });
child.on("exit", (c, s) => console.log("APP EXIT", c, s));
for (;;) { try { if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) break; } catch {} await new Promise(r => setTimeout(r, 200)); }
const c = new Client(`http://127.0.0.1:${port}`);
const acc = await c.signUp("X", uniqueEmail("x"));
function* rows() { for (let i = 0; i < 100000; i++) yield { teamId: acc.teamId, projectId: acc.projectId, creatorId: acc.user.id, model: "wan2.6-t2v", region: "singapore", currency: "USD", status: "succeeded", createdAt: new Date(Date.UTC(2026,0,1) + i*26784), estimatedBilledMs: 5000, estimatedAmountMicros: 500000n, actualBilledMs: 5000, actualAmountMicros: 500000n, costMismatch: false }; }
let t = performance.now();
await seedGenerations(url, rows());
console.log("seeded", performance.now() - t);
for (const g of ["day", "month", "model"]) {
  t = performance.now();
  const r = await c.json(`/api/v1/usage?from=2026-01-01&to=2026-01-31&groupBy=${g}`);
  console.log(g, r.status, performance.now() - t, JSON.stringify(r.body.totals));
}
child.kill("SIGTERM");
