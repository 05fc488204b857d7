import { expect, test } from "@playwright/test";
import { email, PASSWORD, shot, signUp } from "./helpers";

test("sign-up → team → project → invite → second user accepts → roles enforced → sign out", async ({ browser }) => {
  const ownerPage = await browser.newPage();
  await ownerPage.goto("/signup");
  await shot(ownerPage, "signup");
  await signUp(ownerPage, "Olivia Owner", email("olivia"));
  await expect(ownerPage).toHaveURL(/\/projects$/);
  await expect(ownerPage.getByRole("heading", { name: "Projects" })).toBeVisible();
  await expect(ownerPage.getByText("First project")).toBeVisible();

  await ownerPage.getByLabel("New project name").fill("Spring campaign");
  await ownerPage.getByRole("button", { name: "Create project" }).click();
  await expect(ownerPage.getByRole("link", { name: "Spring campaign" })).toBeVisible();
  await shot(ownerPage, "projects");

  await ownerPage.getByRole("link", { name: "Settings" }).click();
  await ownerPage.getByLabel("Invite as").selectOption("viewer");
  await ownerPage.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await ownerPage.getByTestId("invite-link").textContent())!;
  expect(link).toContain("/invite/");
  await shot(ownerPage, "team-settings");

  const guest = await browser.newContext();
  const viewerPage = await guest.newPage();
  await viewerPage.goto(new URL(link).pathname);
  await expect(viewerPage.getByRole("heading", { name: /Join Olivia Owner's team/ })).toBeVisible();
  await viewerPage.getByRole("link", { name: "Create an account" }).click();
  await viewerPage.getByLabel("Name").fill("Victor Viewer");
  await viewerPage.getByLabel("Email").fill(email("victor"));
  await viewerPage.getByLabel("Password").fill(PASSWORD);
  await viewerPage.getByRole("button", { name: "Create account" }).click();
  await viewerPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(viewerPage).toHaveURL(/\/projects$/);
  await expect(viewerPage.getByRole("button", { name: "Switch team" })).toContainText("Olivia Owner's team");
  await expect(viewerPage.getByRole("link", { name: "Spring campaign" })).toBeVisible();
  // Viewers browse but cannot create: no form, and the API refuses with 403.
  await expect(viewerPage.getByLabel("New project name")).toHaveCount(0);
  const res = await viewerPage.request.post("/api/v1/projects", { data: { name: "sneaky" } });
  expect(res.status()).toBe(403);

  // The owner sees the new member and can promote them.
  await ownerPage.reload();
  await expect(ownerPage.getByText("Victor Viewer")).toBeVisible();
  await ownerPage.getByLabel("Role of Victor Viewer").selectOption("member");
  await expect(ownerPage.getByLabel("Role of Victor Viewer")).toHaveValue("member");
  await viewerPage.reload();
  await expect(viewerPage.getByLabel("New project name")).toBeVisible();

  await viewerPage.getByRole("button", { name: "Sign out" }).click();
  await expect(viewerPage).toHaveURL(/\/signin/);
  await shot(viewerPage, "signin");
});
