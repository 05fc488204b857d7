import { expect, test, type Page } from "@playwright/test";
import { email, shot, signUp } from "./helpers";

test.setTimeout(120_000);

async function pick(page: Page, field: string, option: string | RegExp) {
  await page.getByLabel(field, { exact: true }).click();
  await page.getByRole("option", { name: option }).click();
}

async function chooseUnpricedModel(page: Page) {
  await page.goto("/generate");
  await expect(page.getByRole("heading", { name: "Generate", level: 1 })).toBeVisible();
  await pick(page, "Model", /^wan2\.5-t2v-preview/);
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("A paper lantern drifting over a lake at night");
}

test("price unknown: the admin's Set a price link opens the price settings on that row, and the estimate follows", async ({ page }) => {
  await signUp(page, "Priya Pricer", email("priya"));
  await expect(page).toHaveURL(/\/projects$/);

  await chooseUnpricedModel(page);
  await expect(page.getByTestId("estimate-amount")).toContainText("Price unknown");
  const note = page.getByTestId("missing-price");
  await expect(note).toContainText("wan2.5-t2v-preview");
  await expect(note).toContainText("Singapore at 1080P");
  await shot(page, "generate-price-unknown");

  await note.getByRole("link", { name: "Set a price" }).click();
  await expect(page).toHaveURL(/\/settings\/budgets\?model=wan2\.5-t2v-preview&region=singapore&tier=1080P/);
  const dialog = page.getByRole("dialog", { name: "Team price" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Singapore · 1080P");
  await shot(page, "price-settings-focused");
  await dialog.getByLabel("Price per second").fill("0.085");
  await dialog.getByRole("button", { name: "Save price" }).click();
  await expect(dialog).toBeHidden();
  const row = page.locator('[data-testid="price-row"][data-focused="true"]');
  await expect(row).toContainText("wan2.5-t2v-preview");
  await expect(row).toContainText("$0.085");

  await chooseUnpricedModel(page);
  await expect(page.getByTestId("estimate-amount")).toContainText("$0.425");
  await expect(page.getByTestId("missing-price")).toHaveCount(0);
});
