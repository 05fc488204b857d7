import { expect, test } from "@playwright/test";
import { email, shot, signUp } from "./helpers";
import { createProject } from "./data";

test("the audit log reads as sentences and names: actions, actors and targets", async ({ page }) => {
  test.setTimeout(180_000);
  const address = email("aldo");
  await signUp(page, "Aldo Audit", address);
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  const project = await createProject(page, "Spring campaign");
  expect((await page.request.patch(`/api/v1/projects/${project.id}`, { data: { name: "Summer campaign" } })).status()).toBe(200);
  expect((await page.request.post("/api/v1/tokens", { data: { name: "CI pipeline" } })).status()).toBe(201);

  await page.goto("/settings/audit");
  const table = page.getByRole("table", { name: "Audit events" });
  const created = table.getByRole("row").filter({ hasText: "Project created" });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText("Summer campaign");
  await expect(created).toContainText("Aldo Audit");
  await expect(created).toContainText(address);
  await expect(table.getByRole("row").filter({ hasText: "API token created" })).toContainText("CI pipeline");
  // No raw action codes or ids in the cells.
  const cells = await table.getByRole("cell").allInnerTexts();
  expect(cells.filter((text) => /\b[a-z]+\.[a-z_]+\b/.test(text) && !text.includes("@"))).toEqual([]);
  expect(cells.join(" ")).not.toContain(project.id);
  await shot(page, "audit-log");

  await page.getByRole("combobox", { name: "Action" }).click();
  await page.getByRole("option", { name: "Everything in Projects" }).click();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(table.getByRole("row")).toHaveCount(3); // header, created, renamed
  await expect(table).toContainText("Project renamed");
  await expect(table).not.toContainText("API token created");
});
