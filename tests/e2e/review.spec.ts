// The team's review in the browser: a favourite on a card and the favourites filter; a verdict on
// the detail page that shows as a badge on the card and filters the gallery; tags added, removed
// and filtered by; and a viewer who reads the verdict but cannot give one.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { email, PASSWORD, signUp } from "./helpers";
import { createGeneration, firstProject, waitUntilSucceeded } from "./data";

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

const card = (page: Page, prompt: string) => page.getByTestId("generation-card").filter({ hasText: prompt });
const cards = (page: Page) => page.getByTestId("generation-card");

async function choose(page: Page, select: string, option: string) {
  await page.getByRole("combobox", { name: select }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function joinAsViewer(browser: Browser, owner: Page): Promise<Page> {
  const res = await owner.request.post("/api/v1/invitations", { data: { role: "viewer" } });
  expect(res.status(), await res.text()).toBe(201);
  const { url } = (await res.json()).invitation as { url: string };
  const page = await (await browser.newContext()).newPage();
  await page.goto(new URL(url).pathname);
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill("Vic Viewer");
  await page.getByLabel("Email").fill(email("vic"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  return page;
}

const PROMPTS = ["A red kite over green hills", "A lantern festival on a river"];

test("favourites, a review and tags, and a viewer who only reads them", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUp(page, "Rae Reviewer", email("rae"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  const project = await firstProject(page);
  const [kite, lantern] = [await createGeneration(page, project.id, PROMPTS[0]), await createGeneration(page, project.id, PROMPTS[1])];
  await waitUntilSucceeded(page, kite.id);
  await waitUntilSucceeded(page, lantern.id);

  // ---- A favourite on a card, kept on reload, and the favourites filter ----
  await page.goto("/generations");
  await expect(cards(page)).toHaveCount(2);
  await card(page, PROMPTS[0]).getByRole("button", { name: "Favourite", exact: true }).click();
  const star = card(page, PROMPTS[0]).getByRole("button", { name: "Remove from favourites" });
  await expect(star).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(star).toHaveAttribute("aria-pressed", "true");
  await expect(card(page, PROMPTS[1]).getByRole("button", { name: "Favourite", exact: true })).toHaveAttribute("aria-pressed", "false");
  await page.getByRole("button", { name: "Favourites only" }).click();
  await expect(page).toHaveURL(/favourite=true/);
  await expect(cards(page)).toHaveCount(1);
  await expect(card(page, PROMPTS[0])).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Favourites only" }).click();
  await expect(cards(page)).toHaveCount(2);

  // ---- Approve on the detail page: who and when, the timeline, the badge on the card ----
  await page.goto(`/generations/${kite.id}`);
  const panel = page.getByTestId("review-panel");
  await expect(panel.getByTestId("review-status")).toHaveText("Not reviewed yet.");
  await expect(page.getByRole("button", { name: "Favourite", exact: true })).toHaveAttribute("aria-pressed", "true");
  await panel.getByRole("group", { name: "Review status" }).getByRole("button", { name: "Approved" }).click();
  await expect(panel.getByTestId("review-status")).toContainText("Approved");
  await expect(panel.getByTestId("review-status")).toContainText("by Rae Reviewer");
  await expect(panel.getByRole("button", { name: "Approved" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('[data-event-type="reviewed"]')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/generations");
  await expect(card(page, PROMPTS[0]).getByTestId("review-badge")).toHaveText("Approved");
  await expect(card(page, PROMPTS[1]).getByTestId("review-badge")).toHaveCount(0);
  await choose(page, "Review", "Not reviewed");
  await expect(page).toHaveURL(/review=none/);
  await expect(cards(page)).toHaveCount(1);
  await expect(card(page, PROMPTS[1])).toBeVisible();
  await choose(page, "Review", "Approved");
  await expect(card(page, PROMPTS[0])).toBeVisible();
  await expect(cards(page)).toHaveCount(1);
  await choose(page, "Review", "Any review");
  await expect(cards(page)).toHaveCount(2);

  // ---- Tags: two added, one removed, a refused one explained, then the tag filter ----
  await page.goto(`/generations/${lantern.id}`);
  const input = page.getByRole("combobox", { name: "Add a tag" });
  await input.fill("Hero  Shot");
  await input.press("Enter");
  await expect(page.getByTestId("tag-list")).toHaveText("hero shot");
  await input.fill("night");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("tag-list").getByRole("listitem")).toHaveText(["hero shot", "night"]);
  await input.fill("one, two");
  await input.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "A tag cannot contain a comma." })).toBeVisible();
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Remove tag hero shot" }).click();
  await expect(page.getByTestId("tag-list").getByRole("listitem")).toHaveText(["night"]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByTestId("tag-list").getByRole("listitem")).toHaveText(["night"]);

  await page.goto("/generations");
  await choose(page, "Tag", "night");
  await expect(page).toHaveURL(/tag=night/);
  await expect(cards(page)).toHaveCount(1);
  await expect(card(page, PROMPTS[1])).toBeVisible();
  await page.reload();
  await expect(cards(page)).toHaveCount(1);

  // ---- A viewer reads the verdict and tags, keeps favourites, but cannot review or tag ----
  const viewer = await joinAsViewer(browser, page);
  await viewer.goto(`/generations/${kite.id}`);
  const viewerPanel = viewer.getByTestId("review-panel");
  await expect(viewerPanel.getByTestId("review-status")).toContainText("Approved");
  await expect(viewerPanel.getByRole("group", { name: "Review status" })).toHaveCount(0);
  await expect(viewerPanel.getByRole("button", { name: "Approved" })).toHaveCount(0);
  await expect(viewerPanel.getByRole("combobox", { name: "Add a tag" })).toHaveCount(0);
  // Favourites are each person's own: the owner's star is not the viewer's.
  const viewerStar = viewer.getByRole("button", { name: "Favourite", exact: true });
  await expect(viewerStar).toHaveAttribute("aria-pressed", "false");
  await viewerStar.click();
  await expect(viewerStar).toHaveAttribute("aria-pressed", "true");
  await viewer.goto(`/generations/${lantern.id}`);
  await expect(viewer.getByTestId("tag-list").getByRole("listitem")).toHaveText(["night"]);
  await expect(viewer.getByRole("button", { name: "Remove tag night" })).toHaveCount(0);
  expect(await seriousViolations(viewer)).toEqual([]);
  await viewer.context().close();
});
