// Member quotas and the approval policy through the settings page: an owner gives a member a
// quota, the member sees their own meter (and no one else's), and the policy persists.
import { expect, test } from "@playwright/test";
import { email, signUp } from "./helpers";

test("an owner sets a member's quota and the approval policy; the member sees their own meter", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUp(page, "Olga Owner", email("olga"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  const invitation = (await (await page.request.post("/api/v1/invitations", { data: { role: "member" } })).json()).invitation as { url: string };
  const member = await (await browser.newContext()).newPage();
  await signUp(member, "Max Member", email("max"));
  await expect(member).toHaveURL(/\/projects$/, { timeout: 45_000 });
  const accepted = await member.request.post("/api/v1/invitations/accept", { data: { token: invitation.url.split("/invite/")[1] } });
  expect(accepted.ok(), await accepted.text()).toBe(true);

  await page.goto("/settings/spend");
  await expect(page.getByRole("heading", { name: "Member quotas", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Set quota" }).click();
  const dialog = page.getByRole("dialog", { name: "Set a member quota" });
  await dialog.getByRole("combobox", { name: "Member" }).click();
  await page.getByRole("option", { name: "Max Member" }).click();
  await dialog.getByLabel("Monthly amount").fill("abc");
  await dialog.getByRole("button", { name: "Save quota" }).click();
  await expect(dialog.getByText(/amount must be a decimal string/i)).toBeVisible();
  await dialog.getByLabel("Monthly amount").fill("5");
  await dialog.getByRole("button", { name: "Save quota" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId("quota-row").filter({ hasText: "Max Member" });
  await expect(row).toContainText("$0.00 of $5.00");
  await expect(row.getByRole("meter", { name: "Max Member's monthly quota used" })).toBeVisible();

  await page.getByLabel("Approve estimates over (USD)").fill("2.50");
  await page.getByRole("switch", { name: "Over quota waits for approval" }).click();
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Approval policy saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Approve estimates over (USD)")).toHaveValue("2.5");
  await expect(page.getByRole("switch", { name: "Over quota waits for approval" })).toBeChecked();

  await member.goto("/settings/spend");
  await expect(member.getByRole("heading", { name: "Your quota", exact: true })).toBeVisible();
  await expect(member.getByTestId("quota-row")).toHaveCount(1);
  await expect(member.getByTestId("quota-row")).toContainText("$0.00 of $5.00");
  await expect(member.getByRole("button", { name: "Save policy" })).toHaveCount(0);
  await expect(member.getByLabel("Approve estimates over (USD)")).toBeDisabled();
});
