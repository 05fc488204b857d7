import type { Page } from "@playwright/test";

let n = 0;
export const email = (prefix: string) => `${prefix}.${Date.now().toString(36)}${n++}@example.com`;
export const PASSWORD = "correct horse battery";

export async function signUp(page: Page, name: string, address: string, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(address);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? "test-results/screenshots"}/${name}.png`, fullPage: true });
}
