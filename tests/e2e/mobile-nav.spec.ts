import { expect, test } from "@playwright/test";
import { email, shot, signUp } from "./helpers";

test.use({ viewport: { width: 390, height: 844 } });

test("at 390 px the navigation is a menu button that opens the whole navigation in a sheet", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "Milo Mobile", email("milo"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  // A long name and the admin's row actions must fit too.
  expect((await page.request.post("/api/v1/projects", { data: { name: "A rather long project name for the spring campaign launch" } })).status()).toBe(201);
  await page.reload();

  // Nothing sideways: no strip of links, nothing wider than the screen.
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const menuButton = page.getByRole("button", { name: "Open menu" });
  await expect(menuButton).toBeVisible();
  await shot(page, "mobile-projects");

  await menuButton.click();
  const sheet = page.getByRole("dialog", { name: "Menu" });
  await expect(sheet).toBeVisible();
  const nav = sheet.getByRole("navigation", { name: "Main" });
  for (const name of ["Projects", "Generate", "All videos", "Reports", "Settings"]) {
    const link = nav.getByRole("link", { name });
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await expect(nav.getByRole("link", { name: "Projects" })).toHaveAttribute("aria-current", "page");
  await expect(sheet.getByRole("button", { name: /switch team/i })).toContainText("Milo Mobile's team");
  await expect(sheet.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(sheet.getByText("Milo Mobile", { exact: true })).toBeVisible();
  await shot(page, "mobile-menu");

  // Focus stays inside the sheet while it is open.
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
  }
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
  }

  // The team switcher opens on top of the sheet; Escape closes it first, then the sheet.
  await sheet.getByRole("button", { name: /switch team/i }).click();
  await expect(page.getByRole("menuitem", { name: "New team" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(sheet).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
  await expect(menuButton).toBeFocused();

  // Following a link closes the sheet on the new page.
  await menuButton.click();
  await sheet.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings\/team$/);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await menuButton.click();
  await expect(page.getByRole("dialog", { name: "Menu" }).getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
});
