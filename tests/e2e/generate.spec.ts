import { expect, test, type Page } from "@playwright/test";
import { email, shot, signUp } from "./helpers";

async function generationCount(page: Page): Promise<number> {
  const res = await page.request.get("/api/v1/generations?limit=100");
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { items: unknown[] }).items.length;
}

const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });

async function pick(page: Page, field: string, option: string | RegExp) {
  await page.getByLabel(field, { exact: true }).click();
  await page.getByRole("option", { name: option }).click();
}

test("generation form: t2v and r2v with live estimates, one video per double click, settings reuse", async ({ page }) => {
  await signUp(page, "Gina Generator", email("gina"));
  await expect(page).toHaveURL(/\/projects$/);
  const { projects } = (await (await page.request.get("/api/v1/projects")).json()) as { projects: { id: string; name: string }[] };
  const projectId = projects[0].id;

  // ---- Text to video: wan2.6-t2v, 720P, 5 s ----
  await page.goto(`/generate?projectId=${projectId}`);
  await expect(page.getByRole("heading", { name: "Generate", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Model", { exact: true })).toContainText("wan2.6-t2v");
  await expect(page.getByLabel("Project", { exact: true })).toContainText(projects[0].name);
  const submit = page.getByRole("button", { name: "Generate", exact: true });
  await expect(submit).toBeDisabled(); // no prompt yet
  await expect(page.getByTestId("generate-blockers")).toContainText("Prompt is empty");

  await pick(page, "Size", /^1280 × 720 · 16:9/);
  await page.getByRole("slider").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByText("5 s", { exact: true }).first()).toBeVisible();
  const t2vPrompt = "A slow dolly shot through a neon-lit night market in the rain";
  await promptBox(page).fill(t2vPrompt);
  await expect(page.getByTestId("estimate-billed")).toHaveText("5 s");
  await expect(page.getByTestId("estimate-amount")).not.toHaveText("—");

  // Invalid: an over-long prompt disables submit and shows the API's own message.
  await promptBox(page).fill("x".repeat(1501));
  const tooLong = "Prompt is 1,501 characters; wan2.6-t2v takes at most 1,500 — shorten it";
  await expect(page.getByText(tooLong).first()).toBeVisible();
  await expect(submit).toBeDisabled();
  await promptBox(page).fill(t2vPrompt);
  await expect(submit).toBeEnabled();
  await expect(page.getByTestId("estimate-billed")).toHaveText("5 s");
  await shot(page, "generate-t2v");

  // A double click creates exactly one generation, then the project's gallery opens.
  expect(await generationCount(page)).toBe(0);
  await submit.dblclick();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}$`));
  await expect(page.getByText("Generation started", { exact: true })).toBeVisible();
  await expect.poll(() => generationCount(page)).toBe(1);
  await page.waitForTimeout(500);
  expect(await generationCount(page)).toBe(1);

  // ---- Reference to video: wan2.6-r2v-flash with a sample image and a sample video ----
  await page.goto("/generate");
  await page.getByText("Reference to video", { exact: true }).click();
  await expect(page.getByLabel("Model", { exact: true })).toContainText("wan2.6-r2v-flash");
  await page.getByRole("button", { name: "Add sample product.png" }).click();
  await page.getByRole("button", { name: "Add sample person.mp4" }).click();
  const cards = page.getByTestId("reference-card");
  await expect(cards).toHaveCount(2);

  // Upload by file picker: the app's own address is private here, so the answer says the
  // provider cannot fetch it, and the form says so plainly.
  await page.getByLabel("Upload reference files").setInputFiles("lib/simulator/assets/background.jpg");
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(2)).toContainText("background.jpg");
  await expect(page.getByText("The provider cannot fetch uploaded files from this app's address")).toBeVisible();
  await expect(page.getByText(/Set APP_URL to a public address/)).toBeVisible();
  await page.getByRole("button", { name: "Remove reference 3" }).click();

  // Drag and drop works the same way.
  const dropped = await page.evaluateHandle(async () => {
    const canvas = Object.assign(document.createElement("canvas"), { width: 64, height: 64 });
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), "image/png"));
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], "dropped.png", { type: "image/png" }));
    return transfer;
  });
  await page.getByTestId("reference-dropzone").dispatchEvent("drop", { dataTransfer: dropped });
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(2)).toContainText("dropped.png");
  await expect(cards.nth(2)).toContainText("Image");
  await page.getByRole("button", { name: "Remove reference 3" }).click();
  await expect(cards).toHaveCount(2);

  await expect(cards.nth(0)).toContainText("character1");
  await expect(cards.nth(1)).toContainText("character2");

  // Chips put the names in the prompt at the cursor.
  const prompt = promptBox(page);
  await prompt.fill(" picks up ");
  await prompt.press("Home");
  await page.getByRole("button", { name: "character2", exact: true }).click();
  await prompt.press("End");
  await page.getByRole("button", { name: "character1", exact: true }).click();
  await prompt.pressSequentially("and smiles");
  await expect(prompt).toHaveValue("character2 picks up character1 and smiles");

  // Live estimate: output 5 s + min(4.2, 2.5) s of reference video = 7.5 s.
  await expect(page.getByTestId("estimate-billed")).toHaveText("7.5 s");
  await expect(cards.nth(1)).toContainText("4.2 s");
  await expect(cards.nth(1)).toContainText("2.5 s billed");
  await expect(page.getByText("5 s output + 2.5 s input video")).toBeVisible();

  // Add by URL: the kind and length are found by the server (shown once the estimate is back).
  const { samples } = (await (await page.request.get("/api/v1/simulator/samples")).json()) as { samples: { name: string; url: string }[] };
  await page.getByLabel("Reference URL").fill(samples.find((sample) => sample.name === "dancer.mp4")!.url);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(2)).toContainText("character3");
  await expect(cards.nth(2)).toContainText("8 s");
  await page.getByRole("button", { name: "Remove reference 3" }).click();
  await expect(cards).toHaveCount(2);
  await expect(page.getByTestId("estimate-billed")).toHaveText("7.5 s");

  // The server's 422 issues (here: a file that cannot be fetched) show on the reference, like the form's own.
  const missing = samples.find((sample) => sample.name === "dancer.mp4")!.url.replace("dancer.mp4", "missing.mp4");
  await page.getByLabel("Reference URL").fill(missing);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(cards.nth(2)).toContainText("Reference 3's URL");
  await expect(page.getByRole("button", { name: "Generate", exact: true })).toBeDisabled();
  await page.getByRole("button", { name: "Remove reference 3" }).click();
  await expect(page.getByRole("button", { name: "Generate", exact: true })).toBeEnabled();

  // Reordering renames: the video becomes character1.
  await page.getByRole("button", { name: "Move reference 2 up" }).click();
  await expect(cards.nth(0)).toContainText("person.mp4");
  await expect(cards.nth(0)).toContainText("character1");
  await page.getByRole("button", { name: "Move reference 1 down" }).click();
  await expect(cards.nth(0)).toContainText("product.png");
  await expect(page.getByTestId("estimate-billed")).toHaveText("7.5 s");
  await shot(page, "generate-r2v");

  await page.setViewportSize({ width: 375, height: 812 });
  // Nothing sticks out sideways at phone width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // The cost-and-Generate bar is fixed to the bottom of the screen: scroll there so the full-page
  // picture shows it where it belongs.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole("button", { name: "Generate", exact: true })).toBeVisible();
  await shot(page, "generate-mobile");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "generate-dark");
  await page.emulateMedia({ colorScheme: "light" });

  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}$`));
  await expect.poll(() => generationCount(page)).toBe(2);
  // Both appear in the project's gallery.
  await expect(page.getByText(t2vPrompt, { exact: true }).first()).toBeVisible();
  await expect(page.getByText("character2 picks up character1 and smiles", { exact: true }).first()).toBeVisible();

  const { items } = (await (await page.request.get(`/api/v1/generations?projectId=${projectId}`)).json()) as {
    items: { id: string; model: string; prompt: string; request: Record<string, unknown> }[];
  };
  const r2v = items.find((item) => item.model === "wan2.6-r2v-flash")!;
  const t2v = items.find((item) => item.model === "wan2.6-t2v")!;
  expect(r2v.request.references).toHaveLength(2);
  expect(t2v.request).toMatchObject({ size: "1280*720", duration: 5, prompt: t2vPrompt });
  expect(Object.keys(t2v.request).sort()).toEqual(["duration", "model", "projectId", "prompt", "region", "size"]);

  // ---- "Use these settings": /generate?from=<id> fills the form ----
  await page.goto(`/generate?from=${t2v.id}`);
  await expect(page.getByText("Filled in from an earlier generation")).toBeVisible();
  await expect(promptBox(page)).toHaveValue(t2vPrompt);
  await expect(page.getByLabel("Model", { exact: true })).toContainText("wan2.6-t2v");
  await expect(page.getByLabel("Size", { exact: true })).toContainText("1280 × 720");
  await expect(page.getByTestId("estimate-billed")).toHaveText("5 s");

  await page.goto(`/generate?from=${r2v.id}`);
  await expect(promptBox(page)).toHaveValue("character2 picks up character1 and smiles");
  await expect(page.getByTestId("reference-card")).toHaveCount(2);
  await expect(page.getByTestId("estimate-billed")).toHaveText("7.5 s");
});
