import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { email, shot, signUp } from "./helpers";
import { createGeneration, firstProject, waitUntilSucceeded } from "./data";
import { parseCsv } from "../support/csv";

test("Reports → Export CSV downloads the shown range, one row per project", async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await signUp(page, "Rita Reports", email("rita"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  const project = await firstProject(page);
  const g = await createGeneration(page, project.id, "A paper boat drifts down a rainy street at dusk");
  await waitUntilSucceeded(page, g.id);

  await page.goto("/reports");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  await shot(page, "reports-export-menu");
  const item = menu.getByRole("menuitem", { name: "project" });
  await expect(item).toHaveAttribute("href", /\/api\/v1\/usage\.csv\?from=.*&groupBy=project$/);
  const [download] = await Promise.all([page.waitForEvent("download"), item.click()]);

  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const rows = parseCsv(readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, ""));
  const [header, ...data] = rows;
  expect(header.slice(0, 5)).toEqual(["from", "to", "group_by", "key", "label"]);
  const row = data.find((r) => r[header.indexOf("key")] === project.id);
  expect(row, JSON.stringify(rows)).toBeTruthy();
  expect(row![header.indexOf("group_by")]).toBe("project");
  expect(row![header.indexOf("label")]).toBe(project.name);
  expect(row![header.indexOf("generations")]).toBe("1");
  expect(data.every((r) => r.length === header.length)).toBe(true);

  // The page is still there and still works after the download.
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
