import { expect, test, type Page } from "@playwright/test";
import { email, shot, signUp } from "./helpers";

// Each test walks several pages on a shared machine: give them room.
test.describe.configure({ timeout: 150_000 });

const SIMULATOR_NOTE = "Videos are made by the built-in simulator: no cost, no provider key needed.";
const promptBox = (page: Page) => page.getByRole("textbox", { name: "Prompt", exact: true });

async function pick(page: Page, field: string, option: string | RegExp) {
  await page.getByLabel(field, { exact: true }).click();
  await page.getByRole("option", { name: option }).click();
}

test("first run: sign-up leads straight to the first video, which shows the defaults it was made with", async ({ page }) => {
  await signUp(page, "Fiona First", email("fiona"));
  await expect(page).toHaveURL(/\/projects$/);
  const guide = page.getByRole("region", { name: "Make your first video" });
  await expect(guide).toBeVisible();
  await expect(guide.getByTestId("generation-mode-note")).toHaveText(SIMULATOR_NOTE);
  await shot(page, "first-run-projects");

  const { projects } = (await (await page.request.get("/api/v1/projects")).json()) as { projects: { id: string; name: string }[] };
  const project = projects[0];

  // An empty project leads to its first video too.
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole("heading", { name: "Generate the first video of this project" })).toBeVisible();
  await expect(page.getByTestId("generation-mode-note")).toHaveText(SIMULATOR_NOTE);
  await expect(page.getByRole("link", { name: "Generate the first video" })).toHaveAttribute("href", `/generate?projectId=${project.id}`);
  await shot(page, "first-run-empty-project");

  await page.goto("/projects");
  await page.getByRole("link", { name: "Generate your first video" }).click();
  await expect(page).toHaveURL(new RegExp(`/generate\\?projectId=${project.id}$`));
  await expect(page.getByLabel("Project", { exact: true })).toContainText(project.name);

  // Every default left as it is: the detail page still says 1920 × 1080 and 5 s.
  await promptBox(page).fill("A lighthouse at dusk, waves crashing");
  await expect(page.getByTestId("estimate-billed")).toHaveText("5 s");
  await page.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`));
  const { items } = (await (await page.request.get(`/api/v1/generations?projectId=${project.id}`)).json()) as {
    items: { id: string; request: Record<string, unknown>; parameters: Record<string, unknown> }[];
  };
  expect(items).toHaveLength(1);
  expect(items[0].request.size).toBeUndefined();
  expect(items[0].parameters).toMatchObject({ size: "1920*1080", duration: 5 });
  await page.goto(`/generations/${items[0].id}`);
  const parameters = page.getByRole("region", { name: "Parameters" });
  await expect(parameters.getByText("1920 × 1080 (default)")).toBeVisible();
  await expect(parameters.getByText("5 s (default)")).toBeVisible();
  await expect(parameters.getByText("With sound (default)")).toBeVisible();
  await shot(page, "first-run-detail-parameters");

  // Once the team has a video, /projects is a plain list again.
  await page.goto("/projects");
  await expect(page.getByRole("region", { name: "Make your first video" })).toHaveCount(0);
});

test("first run with provider keys says real costs apply; a team without a project is told to create one", async ({ page }) => {
  await signUp(page, "Kai Keys", email("kai"));
  await expect(page).toHaveURL(/\/projects$/);
  for (const region of ["singapore", "virginia", "beijing"]) {
    const res = await page.request.put("/api/v1/keys", { data: { region, apiKey: `sk-${region}-firstrun1234` } });
    expect(res.ok(), await res.text()).toBe(true);
  }
  await page.reload();
  const note = page.getByRole("region", { name: "Make your first video" }).getByTestId("generation-mode-note");
  await expect(note).toContainText("real costs apply");
  await expect(note).not.toContainText("simulator");

  // No project at all (the only one archived): the page says what to do next.
  const { projects } = (await (await page.request.get("/api/v1/projects")).json()) as { projects: { id: string }[] };
  const archived = await page.request.patch(`/api/v1/projects/${projects[0].id}`, { data: { archived: true } });
  expect(archived.ok()).toBe(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Start with a project" })).toBeVisible();
  await expect(page.getByText("Name your first project above and create it; then you can generate its first video.")).toBeVisible();
  await page.getByLabel("New project name").fill("Launch film");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("region", { name: "Make your first video" })).toBeVisible();
});

test("switching between wan2.6 and wan2.7 renames the references in the prompt; warnings speak people's names", async ({ page }) => {
  await signUp(page, "Rena Rename", email("rena"));
  await expect(page).toHaveURL(/\/projects$/);
  await page.goto("/generate");
  await page.getByText("Reference to video", { exact: true }).click();
  await expect(page.getByLabel("Model", { exact: true })).toContainText("wan2.6-r2v-flash");
  await page.getByRole("button", { name: "Add sample product.png" }).click();
  await page.getByRole("button", { name: "Add sample person.mp4" }).click();
  const cards = page.getByTestId("reference-card");
  await expect(cards.nth(0)).toContainText("character1");
  await expect(cards.nth(1)).toContainText("character2");
  await promptBox(page).fill("character2 picks up character1 and smiles");
  const warnings = page.getByRole("region", { name: "Warnings" });
  await expect(page.getByTestId("estimate-billed")).not.toHaveText("—");
  await expect(warnings).toHaveCount(0);

  await pick(page, "Model", /^wan2\.7-r2v/);
  await expect(promptBox(page)).toHaveValue("Video 1 picks up Image 1 and smiles");
  await expect(cards.nth(0)).toContainText("Image 1");
  await expect(cards.nth(1)).toContainText("Video 1");
  await expect(page.getByTestId("estimate-billed")).not.toHaveText("—");
  await expect(warnings).toHaveCount(0);
  await shot(page, "rename-to-wan27");

  await pick(page, "Model", /^wan2\.6-r2v$/);
  await expect(promptBox(page)).toHaveValue("character2 picks up character1 and smiles");

  // A reference the prompt never names: the warning says "Reference 1" and the name to use.
  await promptBox(page).fill("character2 waves");
  await expect(warnings).toContainText("Reference 1 is never named in the prompt; call it character1 so the model knows its role");
  await pick(page, "Model", /^wan2\.7-r2v/);
  await expect(promptBox(page)).toHaveValue("Video 1 waves");
  await expect(warnings).toContainText("Reference 1 is never named in the prompt; call it Image 1 so the model knows its role");
  await expect(warnings).not.toContainText("references.");
});
