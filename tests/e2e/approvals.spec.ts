// The approvals inbox through the UI: a policy holds two requests back, the navigation counts
// them, an admin approves one and rejects the other (a reason is required).
import { expect, test } from "@playwright/test";
import { email, signUp } from "./helpers";
import { createGeneration, firstProject } from "./data";

test("an admin approves and rejects requests in the approvals inbox", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Ava Approver", email("ava"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  const policy = await page.request.put("/api/v1/approvals/policy", { data: { estimateOver: { USD: "0.01" }, allowSelfApproval: true } });
  expect(policy.status(), await policy.text()).toBe(200);
  const project = await firstProject(page);
  const first = await createGeneration(page, project.id, "A red kite over green hills");
  const second = await createGeneration(page, project.id, "A submarine surfacing in the arctic");

  await page.goto("/approvals");
  await expect(page.getByRole("heading", { level: 1, name: "Approvals" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Approvals/ })).toContainText("2");
  const items = page
    .getByRole("list", { name: "Requests awaiting approval" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading") });
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("exceeds the team's approval threshold of $0.01");

  await items.filter({ hasText: "red kite" }).getByRole("button", { name: "Approve" }).click();
  await expect(items).toHaveCount(1);

  const submarine = items.filter({ hasText: "submarine" });
  await submarine.getByRole("button", { name: "Reject…" }).click();
  // Blank space passes the browser's required check; the server refuses it, naming the field.
  await submarine.getByLabel("Reason for rejecting").fill("   ");
  await submarine.getByRole("button", { name: "Reject request" }).click();
  await expect(submarine.getByRole("alert")).toContainText(/reason is required/i);
  await submarine.getByLabel("Reason for rejecting").fill("Not in this month's plan");
  await submarine.getByRole("button", { name: "Reject request" }).click();
  await expect(page.getByText("Nothing to approve")).toBeVisible();

  const approved = await (await page.request.get(`/api/v1/generations/${first.id}`)).json();
  expect(approved.approval).toMatchObject({ decision: "approved", decidedBy: { name: "Ava Approver" } });
  const rejected = await (await page.request.get(`/api/v1/generations/${second.id}`)).json();
  expect(rejected).toMatchObject({ status: "rejected", approval: { decision: "rejected", note: "Not in this month's plan" } });
});
