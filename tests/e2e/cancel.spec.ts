// Cancel through the UI: the Cancel button on a queued card (and on the detail page), and "Cancel
// all queued" in a project's header with its confirmation. The end-to-end worker sends a queued
// generation within a moment, so the generations here are held in the queue on purpose: made while
// a policy holds them for approval (the worker never takes those), then moved to the queue with
// their next attempt far ahead.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { email, shot, signUp } from "./helpers";
import { createGeneration, createProject } from "./data";
import { serverInfo } from "./server-info";

function holdInQueue(ids: string[]): void {
  const db = new Database(serverInfo().databaseFile);
  try {
    for (const id of ids) {
      const { at } = db.prepare("SELECT nextAttemptAt AS at FROM Generation WHERE id = ?").get(id) as { at: number | string };
      const later = typeof at === "number" ? at + 365 * 86_400_000 : String(at).replace(/^\d{4}/, "2099");
      db.prepare("UPDATE Generation SET status = 'queued', nextAttemptAt = ? WHERE id = ? AND status = 'awaiting_approval'").run(later, id);
    }
  } finally {
    db.close();
  }
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

const card = (page: Page, prompt: string) => page.getByTestId("generation-card").filter({ hasText: prompt });

test("cancels a queued card, then every queued generation of the project", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Cato Canceler", email("cato"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  const hold = await page.request.put("/api/v1/approvals/policy", { data: { estimateOver: { USD: "0.01" } } });
  expect(hold.status(), await hold.text()).toBe(200);
  const project = await createProject(page, "Launch teaser");
  const prompts = ["A paper boat on a rainy street", "Fireflies over a quiet lake", "A clockwork bird taking flight"];
  const made = [];
  for (const prompt of prompts) made.push(await createGeneration(page, project.id, prompt));
  holdInQueue(made.map((g) => g.id));
  expect((await page.request.put("/api/v1/approvals/policy", { data: { estimateOver: { USD: null } } })).status()).toBe(200);

  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Launch teaser" })).toBeVisible();
  for (const prompt of prompts) await expect(card(page, prompt)).toHaveAttribute("data-status", "queued");
  expect(await seriousViolations(page)).toEqual([]);

  // One card: canceled at once, nothing was sent.
  await card(page, prompts[0])
    .getByRole("button", { name: /^Cancel/ })
    .click();
  await expect(page.getByText("Generation canceled")).toBeVisible();
  await expect(card(page, prompts[0])).toHaveAttribute("data-status", "canceled");
  await expect(card(page, prompts[0]).getByRole("button", { name: /^Cancel/ })).toHaveCount(0);

  // The detail page has the button too; keep this one and go back.
  await page.goto(`/generations/${made[1].id}`);
  await expect(page.getByTestId("cancel-generation")).toBeVisible();
  await page.goto(`/projects/${project.id}`);

  // All the rest, after a confirmation that can be dismissed.
  await page.getByRole("button", { name: "Cancel all queued" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Cancel all queued generations in Launch teaser?");
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Keep them" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page, prompts[1])).toHaveAttribute("data-status", "queued");
  await page.getByRole("button", { name: "Cancel all queued" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel all queued" }).click();
  await expect(page.getByText("Canceled 2 queued generations")).toBeVisible();
  for (const prompt of prompts) await expect(card(page, prompt)).toHaveAttribute("data-status", "canceled");

  const answers = await Promise.all(made.map(async (g) => (await page.request.get(`/api/v1/generations/${g.id}`)).json()));
  expect(answers.map((g) => [g.status, g.providerTaskId, g.actual?.amount])).toEqual(prompts.map(() => ["canceled", null, "0"]));
});

/** Shows a generation the provider already runs as if the last poll still saw it PENDING. */
function asIfStillPending(id: string): void {
  const db = new Database(serverInfo().databaseFile);
  try {
    const { at } = db.prepare("SELECT nextAttemptAt AS at FROM Generation WHERE id = ?").get(id) as { at: number | string };
    const later = typeof at === "number" ? at + 365 * 86_400_000 : String(at).replace(/^\d{4}/, "2099");
    db.prepare("UPDATE Generation SET status = 'pending', nextAttemptAt = ?, leaseOwner = NULL, leaseUntil = NULL WHERE id = ?").run(later, id);
  } finally {
    db.close();
  }
}

test("says plainly when the provider already generates it, and keeps following it", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Rita Runner", email("rita"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  const project = await createProject(page, "Too late");
  const prompt = "A tram climbing a hill at dawn [sim:slow]";
  const g = await createGeneration(page, project.id, prompt);
  const status = async () => (await (await page.request.get(`/api/v1/generations/${g.id}`)).json()).status;
  await expect.poll(status, { timeout: 45_000 }).toBe("running");
  asIfStillPending(g.id);

  await page.goto(`/projects/${project.id}`);
  await expect(card(page, prompt)).toHaveAttribute("data-status", "pending");
  await card(page, prompt)
    .getByRole("button", { name: /^Cancel/ })
    .click();
  await expect(page.getByText("Could not cancel")).toBeVisible();
  await expect(page.getByText(/already generating at the provider.*it will finish and be billed/)).toBeVisible();
  // The refusal sends the worker to look again at once: it is running, and no longer cancelable.
  await expect(card(page, prompt)).toHaveAttribute("data-status", "running");
  await expect(card(page, prompt).getByRole("button", { name: /^Cancel/ })).toHaveCount(0);
});

// Screenshots of a gallery and a detail page with Cancel buttons, desktop and phone, light and dark.
test("screenshots of queued cards with their Cancel button", async ({ page }) => {
  test.skip(!process.env.SCREENSHOT_DIR, "only when SCREENSHOT_DIR is set");
  test.setTimeout(120_000);
  await signUp(page, "Sol Shots", email("sol"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  await page.request.put("/api/v1/approvals/policy", { data: { estimateOver: { USD: "0.01" } } });
  const project = await createProject(page, "Queue screenshots");
  const made = [];
  for (const prompt of ["A lantern festival at night", "Snow falling on a red barn", "A hummingbird in slow motion"])
    made.push(await createGeneration(page, project.id, prompt));
  holdInQueue(made.slice(0, 2).map((g) => g.id));
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
      await page.goto(`/projects/${project.id}`);
      await expect(page.getByTestId("cancel-generation").first()).toBeVisible();
      await shot(page, `cancel-gallery-${width}-${scheme}`);
      await page.goto(`/generations/${made[0].id}`);
      await expect(page.getByTestId("cancel-generation")).toBeVisible();
      await shot(page, `cancel-detail-${width}-${scheme}`);
    }
  }
});

test("edits the prompt of a queued generation from its card", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Edda Editor", email("edda"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  expect((await page.request.put("/api/v1/approvals/policy", { data: { estimateOver: { USD: "0.01" } } })).status()).toBe(200);
  const project = await createProject(page, "Edits");
  const made = await createGeneration(page, project.id, "A lantern on a pier");
  holdInQueue([made.id]);
  expect((await page.request.put("/api/v1/approvals/policy", { data: { estimateOver: { USD: null } } })).status()).toBe(200);

  await page.goto(`/projects/${project.id}`);
  await expect(card(page, "A lantern on a pier")).toHaveAttribute("data-status", "queued");
  await card(page, "A lantern on a pier")
    .getByRole("button", { name: /^Actions for/ })
    .click();
  await page.getByRole("menuitem", { name: "Edit prompt…" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit the prompt" });
  // Only spaces pass the browser's check; the server refuses them, naming the field.
  await dialog.getByLabel("Prompt").fill("   ");
  await dialog.getByRole("button", { name: "Save prompt" }).click();
  await expect(dialog.getByText(/prompt/i).last()).toBeVisible();
  await expect(dialog.getByLabel("Prompt")).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByLabel("Prompt").fill("A lantern on a pier at dawn, mist over the water");
  await dialog.getByRole("button", { name: "Save prompt" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Prompt changed")).toBeVisible();
  await expect(card(page, "mist over the water")).toBeVisible();
  const events = (await (await page.request.get(`/api/v1/generations/${made.id}/events`)).json()).events as { type: string }[];
  expect(events.map((e) => e.type)).toContain("edited");
});
