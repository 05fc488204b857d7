import { expect, test, type Page } from "@playwright/test";
import { email, shot, signUp } from "./helpers";

async function pick(page: Page, field: string, option: string | RegExp) {
  await page.getByLabel(field, { exact: true }).click();
  await page.getByRole("option", { name: option }).click();
}

test("one invalid field keeps the rest of the estimate: wan2.7 at 15 s with a video", async ({ page }) => {
  await signUp(page, "Paula Partial", email("paula"));
  await expect(page).toHaveURL(/\/projects$/);

  await page.goto("/generate");
  await page.getByText("Reference to video", { exact: true }).click();
  await pick(page, "Region", /^Beijing/);
  await pick(page, "Model", /wan2\.7-r2v/);
  await expect(page.getByLabel("Model", { exact: true })).toContainText("wan2.7-r2v");
  await page.getByRole("button", { name: "Add sample person.mp4" }).click();
  const card = page.getByTestId("reference-card");
  await expect(card).toHaveCount(1);
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("Video 1 waves at the camera");

  // Valid first: 5 s output + the 4.2 s video.
  await expect(page.getByTestId("estimate-billed")).toHaveText("9.2 s");
  await expect(card).toContainText("4.2 s billed");

  // 15 s is allowed with images only: the duration field says so, the rest of the estimate stays.
  await page.getByRole("slider").focus();
  await page.keyboard.press("End");
  await expect(page.getByText(/at most 10 s/).first()).toBeVisible();
  // The estimate does not blank: what the valid parts decide stays on screen.
  await expect(page.getByTestId("estimate-placeholder")).toHaveCount(0);
  const partial = page.getByTestId("estimate-partial");
  await expect(partial).toBeVisible();
  await expect(card).toContainText("4.2 s billed");
  await expect(partial.getByTestId("estimate-billed")).toHaveText("—");
  await expect(partial.getByTestId("estimate-unit-price")).toContainText("/ s");
  await expect(partial.getByTestId("estimate-parts")).toHaveText("— output + 4.2 s input video");
  await expect(partial).toContainText("The total appears once the fields marked in the form are fixed.");
  await expect(page.getByRole("button", { name: "Generate", exact: true })).toBeDisabled();
  await shot(page, "generate-partial-estimate");

  // Back within the limit, the whole estimate returns.
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft"); // 10 s
  await expect(page.getByTestId("estimate-billed")).toHaveText("14.2 s");
  await expect(page.getByTestId("estimate-partial")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Generate", exact: true })).toBeEnabled();
});
