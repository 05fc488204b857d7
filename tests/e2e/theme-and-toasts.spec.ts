// The theme switch (next-themes) and the toasts (sonner): the stored choice applies before
// paint and survives a reload, "System" follows the OS, and a toast is announced in a labelled
// region, readable in light and dark, on a desktop and a phone.
import { expect, test, type Page } from "@playwright/test";
import { email, shot, signUp } from "./helpers";

const rootClass = (page: Page) => page.evaluate(() => document.documentElement.className);

/** Starts a video and returns its "Generation started" toast. */
async function startGeneration(page: Page, projectId: string) {
  await page.goto(`/generate?projectId=${projectId}`);
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("A paper lantern drifting over a calm lake at dusk");
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  // The toast shows as the project page starts loading, which may take longer than its 5 s.
  const item = page
    .getByRole("region", { name: /^Notifications/ })
    .getByRole("listitem")
    .filter({ hasText: "Generation started" });
  await expect(item).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}$`));
  return item;
}

test("the theme switch applies before paint, persists, and System follows the OS", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await signUp(page, "Tess Theme", email("tess"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });

  const group = page.getByRole("group", { name: "Theme" });
  await expect(group.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => rootClass(page)).toContain("light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => rootClass(page)).toContain("dark");

  await group.getByRole("button", { name: "Light" }).click();
  await expect(group.getByRole("button", { name: "Light" })).toHaveAttribute("aria-pressed", "true");
  await expect(group.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "false");
  expect(await rootClass(page)).toContain("light");
  expect(await rootClass(page)).not.toContain("dark");

  // The HTML itself carries the script that applies it, ahead of anything visible.
  const markup = await (await page.request.get("/projects")).text();
  const body = markup.slice(markup.indexOf("<body"));
  expect(body).toContain("reelroom-theme");
  expect(body.indexOf("reelroom-theme")).toBeLessThan(body.search(/<(main|nav|header)\b/));

  // Reload under a dark OS: the choice holds from the first paint (checked as the DOM is ready).
  await page.reload({ waitUntil: "domcontentloaded" });
  expect(await rootClass(page)).toContain("light");
  await expect(group.getByRole("button", { name: "Light" })).toHaveAttribute("aria-pressed", "true");

  await group.getByRole("button", { name: "Dark" }).click();
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload({ waitUntil: "domcontentloaded" });
  expect(await rootClass(page)).toContain("dark");

  await group.getByRole("button", { name: "System" }).click();
  await expect.poll(() => rootClass(page)).toContain("light");
  await page.reload({ waitUntil: "domcontentloaded" });
  expect(await rootClass(page)).toContain("light");
});

for (const device of [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
]) {
  test(`a toast is announced and readable in light and dark (${device.name})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(device.viewport);
    // Sonner pauses a toast's timer while the page is hidden: reporting the page as hidden keeps the
    // toast up for as long as the checks take (on a busy machine they can outlast its 5 s).
    await page.addInitScript(() => Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => true }));
    await page.emulateMedia({ colorScheme: "light" });
    await signUp(page, `Toby ${device.name}`, email(`toby-${device.name}`));
    await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
    const { projects } = (await (await page.request.get("/api/v1/projects")).json()) as { projects: { id: string }[] };

    const item = await startGeneration(page, projects[0].id);
    await expect(item).toContainText("it appears in the gallery as it renders.");
    const box = await item.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= device.viewport.width).toBe(true);
    await shot(page, `toast-${device.name}-light`);

    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => rootClass(page)).toContain("dark");
    const colors = await item.evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, text: style.color };
    });
    expect(colors.background).not.toBe(colors.text);
    await shot(page, `toast-${device.name}-dark`);

    await item.getByRole("button", { name: "Dismiss notification" }).click();
    await expect(page.getByText("Generation started", { exact: true })).toHaveCount(0);
  });
}
