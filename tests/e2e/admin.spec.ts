import { expect, test, type Browser, type Page } from "@playwright/test";
import { email, PASSWORD, shot, signUp } from "./helpers";

// The issue: "End-to-end: an admin adds a key, a member generates with a token from a script,
// a viewer cannot submit." The e2e server points DASHSCOPE_BASE_URL at its in-process simulator
// (tests/e2e/serve.ts), so the key check and the team-key generation run offline.

const ADMIN_KEY = "sk-singapore-e2e-admin-0042";

/** Creates an invitation link for `role` on the owner's team settings page (a new link each time). */
async function inviteLink(ownerPage: Page, role: "admin" | "member" | "viewer", previous: string | null): Promise<string> {
  await ownerPage.getByLabel("Invite as").selectOption(role);
  await ownerPage.getByRole("button", { name: "Create invitation link" }).click();
  const link = ownerPage.getByTestId("invite-link");
  if (previous) await expect(link).not.toHaveText(previous);
  else await expect(link).toContainText("/invite/");
  return (await link.textContent())!;
}

/** A new browser context signs up through the invitation link and accepts it. */
async function joinThroughLink(browser: Browser, link: string, name: string, prefix: string, teamName: RegExp): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: teamName })).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email(prefix));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole("button", { name: "Switch team" })).toContainText("Olga Owner's team");
  return page;
}

test("an admin adds a key, a member generates with a token from a script, a viewer cannot submit", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);

  // ---- The owner signs up and invites an admin, a member and a viewer ----
  const ownerPage = await browser.newPage();
  await signUp(ownerPage, "Olga Owner", email("olga"));
  await expect(ownerPage).toHaveURL(/\/projects$/);
  await ownerPage.getByRole("link", { name: "Settings" }).click();
  await expect(ownerPage.getByRole("heading", { name: "Settings" })).toBeVisible();
  const team = /Join Olga Owner's team/;
  const adminLink = await inviteLink(ownerPage, "admin", null);
  const adminPage = await joinThroughLink(browser, adminLink, "Ada Admin", "ada", team);
  const memberLink = await inviteLink(ownerPage, "member", adminLink);
  const memberPage = await joinThroughLink(browser, memberLink, "Milo Member", "milo", team);
  const viewerLink = await inviteLink(ownerPage, "viewer", memberLink);
  const viewerPage = await joinThroughLink(browser, viewerLink, "Vera Viewer", "vera", team);
  await ownerPage.reload();
  for (const name of ["Ada Admin", "Milo Member", "Vera Viewer"]) await expect(ownerPage.getByText(name)).toBeVisible();

  // ---- The admin saves the team's Singapore key in Settings → Provider keys ----
  await adminPage.getByRole("link", { name: "Settings" }).click();
  await adminPage.getByRole("link", { name: "Provider keys" }).click();
  await expect(adminPage).toHaveURL(/\/settings\/keys$/);
  const singapore = adminPage.getByRole("region", { name: "Singapore provider key" });
  await expect(singapore).toContainText("Simulator"); // demo mode until the team has its own key
  await singapore.getByRole("button", { name: "Add key" }).click();
  const dialog = adminPage.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Singapore API key" })).toBeVisible();
  const save = dialog.getByRole("button", { name: "Check and save" });
  await expect(save).toBeDisabled();
  await dialog.getByLabel(/^API key/).fill(ADMIN_KEY);
  await save.click();
  await expect(dialog).toHaveCount(0);
  await expect(adminPage.getByTestId("key-singapore")).toHaveText(`sk-…${ADMIN_KEY.slice(-4)}`);
  await expect(singapore).toContainText("Team key");
  await expect(adminPage.getByText(ADMIN_KEY)).toHaveCount(0); // the key is never shown again
  await shot(adminPage, "admin-provider-keys");

  // Members do not see provider keys at all.
  await memberPage.goto("/settings/keys");
  await expect(memberPage.getByText("Only admins and owners can see this")).toBeVisible();
  await expect(memberPage.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Provider keys" })).toHaveCount(0);

  // ---- The member creates an API token in Settings → API tokens and copies it from the dialog ----
  await memberPage.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "API tokens" }).click();
  await expect(memberPage).toHaveURL(/\/settings\/tokens$/);
  await memberPage.getByRole("button", { name: "New token" }).click();
  const tokenDialog = memberPage.getByRole("dialog");
  await tokenDialog.getByLabel(/^Name/).fill("render script");
  await tokenDialog.getByRole("button", { name: "Create token" }).click();
  await expect(tokenDialog.getByRole("heading", { name: "Your new token" })).toBeVisible();
  const token = (await tokenDialog.getByTestId("new-token").textContent())!.trim();
  expect(token.length).toBeGreaterThan(20);
  await shot(memberPage, "admin-api-token-created");
  await tokenDialog.getByRole("button", { name: "Done" }).click();
  await expect(memberPage.getByRole("cell", { name: "render script" })).toBeVisible();
  await shot(memberPage, "admin-api-tokens");

  // ---- A script (plain fetch, Bearer token, no cookies) submits a generation and polls it ----
  const script = async (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const res = await fetch(`${baseURL}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined && { "content-type": "application/json" }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: res.status, body: res.headers.get("content-type")?.includes("json") ? await res.json() : await res.arrayBuffer() };
  };
  const projects = await script("/api/v1/projects");
  expect(projects.status).toBe(200);
  const projectId = projects.body.projects[0].id as string;
  const body = { projectId, model: "wan2.6-t2v", region: "singapore", prompt: "A paper boat drifting down a rainy street", size: "1280*720", duration: 5 };
  const created = await script("/api/v1/generations", { body, headers: { "idempotency-key": `e2e-${Date.now()}` } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.generation.id as string;
  expect(created.body.generation).toMatchObject({ status: "queued", region: "singapore", creator: { name: "Milo Member" } });

  let generation: any;
  await expect
    .poll(
      async () => {
        generation = (await script(`/api/v1/generations/${id}`)).body;
        return generation.archiving ? "archiving" : generation.status;
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe("succeeded");
  expect(generation.keySource).toBe("team"); // the admin's key, not the demo simulator fallback
  expect(generation.video.url).toBe(`/api/v1/generations/${id}/video`);
  const video = await script(generation.video.url);
  expect(video.status).toBe(200);
  expect((video.body as ArrayBuffer).byteLength).toBe(generation.video.bytes);

  // ---- The viewer cannot submit: a read-only page in the UI, 403 from the API ----
  await viewerPage.goto("/generate");
  await expect(viewerPage.getByRole("heading", { name: "Generate", level: 1 })).toBeVisible();
  await expect(viewerPage.getByText("Viewers cannot generate")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Generate", exact: true })).toHaveCount(0);
  await expect(viewerPage.getByRole("textbox", { name: "Prompt", exact: true })).toHaveCount(0);
  await shot(viewerPage, "admin-viewer-generate");
  const refused = await viewerPage.request.post("/api/v1/generations", { data: body });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBeTruthy();
  // …nor with a token of their own (a token acts with its owner's role).
  const viewerToken = await viewerPage.request.post("/api/v1/tokens", { data: { name: "viewer script" } });
  expect(viewerToken.status()).toBe(201);
  const viaToken = await fetch(`${baseURL}/api/v1/generations`, {
    method: "POST",
    headers: { authorization: `Bearer ${(await viewerToken.json()).token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(viaToken.status).toBe(403);
  // Viewers still browse and download the team's videos.
  const watched = await viewerPage.request.get(`/api/v1/generations/${id}/video`);
  expect(watched.status()).toBe(200);
  expect((await watched.body()).byteLength).toBe(generation.video.bytes);
  expect(((await (await viewerPage.request.get("/api/v1/generations?limit=100")).json()).items as { id: string }[]).map((g) => g.id)).toContain(id);
});
