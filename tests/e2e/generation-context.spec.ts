import { expect, test, type Page } from "@playwright/test";
import { promptTitle } from "@/lib/rules/prompt-title";
import { email, shot, signUp } from "./helpers";
import { createGeneration, createProject, waitUntilSucceeded } from "./data";

const PROMPT = "A paper boat drifts down a rainy street at dusk, neon signs reflected in the puddles, a cat watches from a doorway, slow dolly shot, cinematic";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const breadcrumbs = (page: Page) => page.getByRole("navigation", { name: "Breadcrumb" });

test("a generation's page is titled by its prompt and keeps the project it was opened from", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "Pia Prompt", email("pia"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  const project = await createProject(page, "Spring campaign");
  const g = await createGeneration(page, project.id, PROMPT);
  await waitUntilSucceeded(page, g.id);

  // From the project's gallery.
  await page.goto(`/projects/${project.id}`);
  await page
    .locator(`[data-generation-id="${g.id}"]`)
    .getByRole("link", { name: /paper boat/ })
    .click();
  await expect(page).toHaveURL(`/projects/${project.id}/generations/${g.id}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(promptTitle(PROMPT));
  expect(promptTitle(PROMPT).endsWith("…")).toBe(true);
  await expect(page.getByTestId("detail-model")).toHaveText("Wan 2.6 text-to-video");
  await expect(page).toHaveTitle(`${promptTitle(PROMPT, 60)} · Reelroom`);
  await expect(mainNav(page).getByRole("link", { name: "Projects" })).toHaveAttribute("aria-current", "page");
  await expect(mainNav(page).getByRole("link", { name: "All videos" })).not.toHaveAttribute("aria-current", "page");
  await expect(breadcrumbs(page).getByRole("link")).toHaveText(["Projects", "Spring campaign"]);
  await shot(page, "detail-in-project");

  // From All videos.
  await page.goto("/generations");
  await page
    .locator(`[data-generation-id="${g.id}"]`)
    .getByRole("link", { name: /paper boat/ })
    .click();
  await expect(page).toHaveURL(`/generations/${g.id}`);
  await expect(mainNav(page).getByRole("link", { name: "All videos" })).toHaveAttribute("aria-current", "page");
  await expect(breadcrumbs(page).getByRole("link")).toHaveText(["All videos"]);
  await expect(page.getByRole("link", { name: "Spring campaign" })).toHaveAttribute("href", `/projects/${project.id}`);

  // An address with the wrong project (the video moved since) leads to the right one.
  const other = await createProject(page, "B-roll");
  await page.goto(`/projects/${other.id}/generations/${g.id}`);
  await expect(page).toHaveURL(`/projects/${project.id}/generations/${g.id}`);

  // The breadcrumbs lead back to the project.
  await breadcrumbs(page).getByRole("link", { name: "Spring campaign" }).click();
  await expect(page).toHaveURL(`/projects/${project.id}`);

  // On a phone the title wraps (two lines at most) instead of running off the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/projects/${project.id}/generations/${g.id}`);
  const box = (await heading.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const title = await heading
    .locator("span")
    .first()
    .evaluate((el) => {
      const text = el.firstElementChild as HTMLElement;
      return {
        lines: Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight)),
        clipped: text.scrollWidth > text.clientWidth,
      };
    });
  expect(title).toEqual({ lines: 2, clipped: false });
  await shot(page, "detail-in-project-phone");
});
