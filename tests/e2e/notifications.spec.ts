// Notification settings through the UI: a person picks the events that reach them by email, an
// owner sets the team's Slack webhook and its events; after a reload both are as saved, the
// webhook URL shows only as its origin, and the page has no serious axe violation in either theme.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { email, shot, signUp } from "./helpers";

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [1280, 390] as const;

test("notification preferences and the team's Slack webhook are set in Settings and persist", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Nora Notify", email("nora"));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  await page.goto("/settings/notifications");
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Notifications" })).toHaveAttribute("aria-current", "page");

  const emailForm = page.getByRole("form", { name: "Email notifications" });
  const finished = emailForm.getByRole("switch", { name: "My generation finished" });
  await expect(finished).toBeChecked();
  await finished.click();
  await emailForm.getByRole("switch", { name: "Budget at 80 %" }).click();
  await emailForm.getByRole("button", { name: "Save email notifications" }).click();
  await expect(page.getByText("Email notifications saved")).toBeVisible();

  const slackForm = page.getByRole("form", { name: "Team Slack channel" });
  const url = slackForm.getByLabel("Incoming webhook URL");
  await url.fill("http://hooks.example.com/services/T0/B0/x");
  await slackForm.getByRole("button", { name: "Save Slack notifications" }).click();
  await expect(slackForm.getByText(/slackWebhookUrl .*https/)).toBeVisible();
  const secret = `/services/T0/B0/${Date.now().toString(36)}secret`;
  await url.fill(`http://127.0.0.1:9${secret}`);
  await slackForm.getByRole("switch", { name: "A generation finished" }).click();
  await slackForm.getByRole("button", { name: "Save Slack notifications" }).click();
  await expect(page.getByText("Slack notifications saved")).toBeVisible();
  await expect(slackForm.getByTestId("slack-hint")).toContainText("http://127.0.0.1:9/…");

  await page.reload();
  await expect(emailForm.getByRole("switch", { name: "My generation finished" })).not.toBeChecked();
  await expect(emailForm.getByRole("switch", { name: "Budget at 80 %" })).not.toBeChecked();
  await expect(emailForm.getByRole("switch", { name: "My generation failed" })).toBeChecked();
  await expect(slackForm.getByTestId("slack-hint")).toContainText("http://127.0.0.1:9/…");
  await expect(slackForm.getByRole("switch", { name: "A generation finished" })).not.toBeChecked();
  await expect(slackForm.getByRole("switch", { name: "Budget at 100 %" })).toBeChecked();
  await expect(slackForm.getByLabel("Replace the webhook URL")).toHaveValue("");
  expect(await page.content()).not.toContain(secret);

  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await expect(emailForm.getByRole("switch", { name: "My generation failed" })).toBeChecked();
      expect(await seriousViolations(page), `${colorScheme} ${width}px`).toEqual([]);
      await shot(page, `notifications-${width}-${colorScheme}`);
    }
  }
});
