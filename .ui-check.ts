import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { chromium } from "@playwright/test";
import { migrate } from "@/lib/db/migrate";
import { startSimulator } from "@/lib/simulator";

const out = "/tmp/ui-shots";
mkdirSync(out, { recursive: true });

async function main() {
  const sim = await startSimulator();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ui-check-"));
  const databaseUrl = `file:${path.join(dataDir, "t.db")}`;
  await migrate(databaseUrl);
  const port = 3900 + Math.floor(Math.random() * 90);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), APP_URL: url, NEXTAUTH_URL: url, DATA_DIR: dataDir, DATABASE_URL: databaseUrl,
      SECRET_KEY: randomBytes(32).toString("hex"), NEXTAUTH_SECRET: randomBytes(32).toString("hex"), ALLOW_PRIVATE_URLS: "true", DASHSCOPE_BASE_URL: sim.baseUrlTemplate, DASHSCOPE_API_KEY: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  child.stdout!.on("data", (d) => logs.push(String(d)));
  child.stderr!.on("data", (d) => logs.push(String(d)));
  for (let i = 0; i < 200; i++) {
    try { if ((await fetch(`${url}/api/v1/health`)).ok) break; } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ baseURL: url, viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Ada Admin");
    await page.getByLabel("Email").fill(`ada.${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/projects/);

    await page.goto("/settings/keys");
    await page.screenshot({ path: `${out}/keys-empty.png`, fullPage: true });
    await page.getByRole("region", { name: "Singapore provider key" }).getByRole("button", { name: "Add key" }).click();
    await page.getByRole("textbox", { name: "API key" }).fill("sk-beijing-0123456789");
    await page.getByRole("button", { name: "Check and save" }).click();
    await page.getByText("This key belongs to beijing").waitFor();
    await page.screenshot({ path: `${out}/keys-wrong-region.png` });
    await page.getByRole("textbox", { name: "API key" }).fill("sk-singapore-0123456789");
    await page.getByRole("button", { name: "Check and save" }).click();
    await page.getByTestId("key-singapore").waitFor();
    await page.screenshot({ path: `${out}/keys-saved.png`, fullPage: true });

    await page.goto("/settings/tokens");
    await page.getByRole("button", { name: "New token" }).click();
    await page.getByLabel("Name").fill("CI pipeline");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByTestId("new-token").waitFor();
    await page.screenshot({ path: `${out}/token-created.png` });
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("cell", { name: "CI pipeline" }).waitFor();
    await page.screenshot({ path: `${out}/tokens.png`, fullPage: true });

    await page.goto("/settings/webhooks");
    await page.screenshot({ path: `${out}/webhooks-empty.png`, fullPage: true });
    await page.getByRole("button", { name: "New webhook" }).click();
    await page.getByLabel("Endpoint URL").fill("http://10.0.0.1/hook");
    await page.getByRole("button", { name: "Create webhook" }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/webhook-error.png` });
    await page.getByLabel("Endpoint URL").fill("http://127.0.0.1:9/hook");
    await page.getByRole("button", { name: "Create webhook" }).click();
    await page.getByTestId("webhook-secret").waitFor();
    await page.screenshot({ path: `${out}/webhook-secret.png` });
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("button", { name: "Delivery log" }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/webhooks.png`, fullPage: true });

    await page.goto("/settings/audit");
    await page.getByRole("table", { name: "Audit events" }).waitFor();
    await page.screenshot({ path: `${out}/audit.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${out}/audit-mobile.png`, fullPage: true });
    await page.goto("/settings/keys");
    await page.screenshot({ path: `${out}/keys-mobile.png`, fullPage: true });
  } catch (e) {
    console.error("FAILED", e);
    await page.screenshot({ path: `${out}/failure.png`, fullPage: true });
  } finally {
    console.log("console errors:", errors);
    await browser.close();
    child.kill();
    await sim.close();
  }
}
main();
