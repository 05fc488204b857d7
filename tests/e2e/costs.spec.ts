import { expect, test, type Page } from "@playwright/test";
import { email, shot, signUp } from "./helpers";

test.setTimeout(150_000);

async function firstProjectId(page: Page): Promise<string> {
  const res = await page.request.get("/api/v1/projects");
  const { projects } = (await res.json()) as { projects: { id: string; name: string }[] };
  return projects.find((p) => p.name === "First project")!.id;
}

const t2v = (projectId: string, prompt: string) => ({ projectId, model: "wan2.6-t2v", region: "singapore", prompt, size: "1280*720", duration: 5 });

async function generateAndFinish(page: Page, projectId: string, prompt: string) {
  const created = await page.request.post("/api/v1/generations", { data: t2v(projectId, prompt), headers: { "Idempotency-Key": `e2e-${prompt}` } });
  expect(created.status(), await created.text()).toBe(201);
  const { generation } = await created.json();
  await expect
    .poll(
      async () => {
        const g = await (await page.request.get(`/api/v1/generations/${generation.id}`)).json();
        return g.status === "succeeded" && !g.archiving ? "done" : g.status;
      },
      { timeout: 90_000, intervals: [500] },
    )
    .toBe("done");
}

test("budget in the UI → a generation finishes → reports with a chart → warning at 80% → refusal over budget", async ({ page }) => {
  await signUp(page, "Bea Budget", email("bea"));
  await expect(page).toHaveURL(/\/projects$/);
  const projectId = await firstProjectId(page);

  // Set a project budget of 0.60 USD in the settings.
  await page.goto("/settings/budgets");
  await expect(page.getByRole("heading", { name: "Monthly budgets" })).toBeVisible();
  await expect(page.getByText("No budgets yet")).toBeVisible();
  await page.getByRole("button", { name: "Add budget" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a budget" });
  await dialog.getByLabel("Applies to").click();
  await page.getByRole("option", { name: "First project" }).click();
  await dialog.getByLabel("Monthly amount").fill("0.60");
  await dialog.getByRole("button", { name: "Save budget" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId("budget-row");
  await expect(row).toContainText("First project");
  await expect(row).toContainText("$0.00 of $0.60");

  // The price table: defaults, and a team price set and removed again.
  const priceRow = page.getByTestId("price-row").filter({ hasText: "wan2.6-t2v" }).filter({ hasText: "720P" });
  await expect(priceRow).toContainText("$0.10");
  await expect(priceRow).toContainText("Default");

  // One generation (0.50 of 0.60) finishes through the simulator.
  await generateAndFinish(page, projectId, "A red kite over green hills");

  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  const banner = page.getByTestId("budget-banner");
  await expect(banner).toContainText("Project “First project” USD budget is 83% used");
  await expect(banner).toContainText("$0.50 of $0.60 committed this month");
  await expect(page.getByText("Billed (USD)")).toBeVisible();
  await expect(page.getByTestId("usage-chart").locator("svg.recharts-surface[role=application]")).toBeVisible();
  await expect(page.getByTestId("usage-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByRole("tab", { name: "By project" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("table", { name: "Usage by project" })).toContainText("$0.50");
  await page.getByRole("tab", { name: "By model" }).click();
  await expect(page.getByRole("table", { name: "Usage by model" })).toContainText("Wan 2.6 text-to-video");
  await page.getByRole("tab", { name: "By project" }).click();
  await page.getByRole("heading", { name: "Reports" }).click();
  await shot(page, "reports");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.getByTestId("usage-chart").locator("svg.recharts-surface[role=application]")).toBeVisible();
  await shot(page, "reports-dark");
  await page.emulateMedia({ colorScheme: "light" });

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByTestId("usage-chart").locator("svg.recharts-surface[role=application]")).toBeVisible();
  await shot(page, "reports-mobile");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The CSV export carries the same line.
  const csv = await page.request.get("/api/v1/usage.csv?groupBy=model");
  expect(await csv.text()).toContain(",wan2.6-t2v,Wan 2.6 text-to-video,USD,1,1,0,0,0,0,5,0.5,0.5,0,0.5,0,0");

  // Over the budget: refused with the numbers.
  const refused = await page.request.post("/api/v1/generations", { data: t2v(projectId, "One too many"), headers: { "Idempotency-Key": "e2e-over" } });
  expect(refused.status()).toBe(402);
  const { error } = await refused.json();
  expect(error.code).toBe("budget_exceeded");
  expect(error.message).toContain("would exceed the project's monthly budget of $0.60");
  expect(error.message).toContain("$0.10 is left");

  await page.goto("/settings/budgets");
  await expect(page.getByTestId("budget-row")).toContainText("$0.50 of $0.60");
  await expect(page.getByTestId("budget-row")).toContainText("83.3%");
  await shot(page, "budgets-settings");

  // A team price through the dialog, then back to the default.
  await page.getByRole("button", { name: "Set the team price of Wan 2.6 text-to-video 720P", exact: true }).click();
  const priceDialog = page.getByRole("dialog", { name: "Team price" });
  await priceDialog.getByLabel("Price per second").fill("0.12");
  await priceDialog.getByRole("button", { name: "Save price" }).click();
  await expect(priceDialog).toBeHidden();
  await expect(priceRow).toContainText("Team price");
  await expect(priceRow).toContainText("$0.12");
  await expect(priceRow).toContainText("default $0.10");
  await shot(page, "budgets-settings-team-price");
  await page.getByRole("button", { name: "Remove the team price of Wan 2.6 text-to-video 720P", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove team price" }).click();
  await expect(priceRow).toContainText("Default");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await shot(page, "budgets-settings-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await shot(page, "budgets-settings-mobile");
});
