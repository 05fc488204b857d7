import { expect, test } from "@playwright/test";
import { email, shot, signUp } from "./helpers";
import { corruptGeneration, createGeneration, firstProject, waitUntilSucceeded } from "./data";

test("an unknown address shows the not-found page with a way home", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Reelroom");
  await shot(page, "not-found");
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/signin/);
});

test("signed in: missing things and crashes keep the app's navigation, with a reference", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "Erin Errors", email("erin"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });

  // Something that does not exist (or is another team's): the in-app not-found page.
  const missing = await page.goto("/generations/does-not-exist");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nothing here", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await shot(page, "not-found-in-app");

  // A stored generation that can no longer be read makes its page's server component throw.
  const project = await firstProject(page);
  const g = await createGeneration(page, project.id, "A lighthouse keeper climbs the stairs at night");
  await waitUntilSucceeded(page, g.id);
  const share = await page.request.post(`/api/v1/generations/${g.id}/share`, { data: {} });
  expect(share.status()).toBe(201);
  const sharePath = new URL((await share.json()).share.url).pathname;
  corruptGeneration(g.id);

  await page.goto(`/generations/${g.id}`);
  await expect(page.getByRole("heading", { name: "This page could not be shown", level: 1 })).toBeVisible();
  await expect(page.getByTestId("error-reference")).toHaveText(/^Reference: \w+$/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page).toHaveTitle("Something went wrong · Reelroom");
  await shot(page, "error-in-app");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "This page could not be shown", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Go to projects" }).click();
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();

  // The same crash on a public page (a share link to it): the error page without the app around it.
  const guest = await page.context().browser()!.newPage();
  await guest.goto(sharePath);
  await expect(guest.getByRole("heading", { name: "This page could not be shown", level: 1 })).toBeVisible();
  await expect(guest.getByTestId("error-reference")).toBeVisible();
  await expect(guest.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await shot(guest, "error-public");
  await guest.getByRole("link", { name: "Go to the home page" }).click();
  await expect(guest).toHaveURL(/\/signin/);
  await guest.close();
});
