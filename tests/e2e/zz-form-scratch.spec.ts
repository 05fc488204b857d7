import { expect, test } from "@playwright/test";
import { email, signUp } from "./helpers";

const dir = "test-results/form-scratch";

test("scratch views", async ({ page }) => {
  await signUp(page, "Sam Scratch", email("sam"));
  await expect(page).toHaveURL(/\/projects$/);
  await page.goto("/generate");
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("x".repeat(1520));
  await page.getByRole("button", { name: /More settings/ }).click();
  await page.getByRole("textbox", { name: /Seed/ }).fill("abc");
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${dir}/invalid.png`, fullPage: true });
  await page.getByLabel("Model", { exact: true }).click();
  await page.screenshot({ path: `${dir}/model-open.png` });
  await page.keyboard.press("Escape");
  await page.getByLabel("Size", { exact: true }).click();
  await page.screenshot({ path: `${dir}/size-open.png` });
  await page.keyboard.press("Escape");
  await page.getByLabel("Region", { exact: true }).click();
  await page.screenshot({ path: `${dir}/region-open.png` });
  await page.keyboard.press("Escape");

  await page.getByText("Reference to video", { exact: true }).click();
  await page.getByLabel("Model", { exact: true }).click();
  await page.getByRole("option", { name: "wan2.7-r2v" }).click();
  await page.getByRole("button", { name: "Add sample product.png" }).click();
  await page.getByRole("button", { name: "Add sample person.mp4" }).click();
  await page.getByRole("button", { name: "Add sample background.jpg" }).click();
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("Image 1 stands next to Video 1");
  await page.getByLabel("Use as first frame").nth(1).click();
  await page.getByRole("textbox", { name: /Seed/ }).fill("");
  await page.getByRole("button", { name: "Add a voice sample" }).nth(1).click();
  await page.getByRole("button", { name: "Use sample voice" }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${dir}/wan27.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.getByTestId("reference-card").first().screenshot({ path: `${dir}/card-mobile.png` });
  await page.screenshot({ path: `${dir}/mobile-bottom-bar.png` });
  await page.getByTestId("estimate").screenshot({ path: `${dir}/estimate-mobile.png` });
  await page.screenshot({ path: `${dir}/mobile-top.png` });
});
