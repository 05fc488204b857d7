// axe-core on every page, signed out and signed in, in light and dark: no serious or critical
// violation anywhere (one test per page and theme, so a report names the page). The data the
// pages show (a project, a finished video, a share link, an invitation, audit entries, an
// unreadable generation for the error page) is made once, first.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { email, signUp } from "./helpers";
import { corruptGeneration, createGeneration, createProject, firstProject, waitUntilSucceeded } from "./data";

interface Visit {
  name: string;
  path: () => string;
  /** Something on the page that shows it has loaded. */
  ready: (page: Page) => ReturnType<Page["getByRole"]>;
  /** Runs after loading, e.g. opens the phone menu. */
  then?: (page: Page) => Promise<void>;
  viewport?: { width: number; height: number };
  /** Signed in as the user whose team holds the unreadable generation. */
  asBrokenTeam?: boolean;
}

const h1 = (name: string | RegExp) => (page: Page) => page.getByRole("heading", { level: 1, name });

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    // Experimental in axe, but a real barrier for voice control users: the name must contain the visible text.
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`).join(" | ")}`);
}

interface Fixtures {
  project: { id: string; name: string };
  generationId: string;
  brokenId: string;
  sharePath: string;
  brokenSharePath: string;
  invitationPath: string;
  storageState: StorageState;
  brokenStorageState: StorageState;
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

let data: Fixtures;

async function signedUpPage(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, name, email(name.split(" ")[0].toLowerCase()));
  await expect(page).toHaveURL(/\/projects$/, { timeout: 45_000 });
  return page;
}

async function shareOf(page: Page, id: string, body: object): Promise<string> {
  return new URL((await (await page.request.post(`/api/v1/generations/${id}/share`, { data: body })).json()).share.url).pathname;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const owner = await signedUpPage(browser, "Ada Access");
  const project = await firstProject(owner);
  await createProject(owner, "Spring campaign");
  const g = await createGeneration(owner, project.id, "A paper boat drifts down a rainy street at dusk, cinematic");
  const invitation = (await (await owner.request.post("/api/v1/invitations", { data: { role: "member" } })).json()).invitation as { url: string };
  await owner.request.post("/api/v1/tokens", { data: { name: "CI pipeline" } });

  // The unreadable generation lives in a team of its own: it breaks its team's lists too.
  const other = await signedUpPage(browser, "Bea Broken");
  const broken = await createGeneration(other, (await firstProject(other)).id, "A lighthouse keeper climbs the stairs at night");
  await waitUntilSucceeded(owner, g.id);
  await waitUntilSucceeded(other, broken.id);
  // One request held back by the approval policy, for the approvals inbox.
  await owner.request.put("/api/v1/approvals/policy", { data: { estimateOver: { USD: "0.01" } } });
  await createGeneration(owner, project.id, "A hot-air balloon over a canyon at sunrise");
  data = {
    project,
    generationId: g.id,
    brokenId: broken.id,
    sharePath: await shareOf(owner, g.id, { expiresInDays: 7 }),
    brokenSharePath: await shareOf(other, broken.id, {}),
    invitationPath: new URL(invitation.url).pathname,
    storageState: await owner.context().storageState(),
    brokenStorageState: await other.context().storageState(),
  };
  corruptGeneration(broken.id);
  await owner.context().close();
  await other.context().close();
});

const SIGNED_OUT: Visit[] = [
  { name: "sign-in", path: () => "/signin", ready: (p) => p.getByRole("button", { name: "Sign in" }) },
  { name: "sign-up", path: () => "/signup", ready: (p) => p.getByRole("button", { name: "Create account" }) },
  { name: "invitation", path: () => data.invitationPath, ready: h1(/Join/) },
  { name: "share", path: () => data.sharePath, ready: (p) => p.getByTestId("shared-prompt") },
  { name: "revoked share", path: () => "/share/not-a-token", ready: (p) => p.getByRole("heading", { name: "This link is no longer available" }) },
  { name: "not found", path: () => "/no-such-page", ready: h1("This page does not exist") },
  { name: "error", path: () => data.brokenSharePath, ready: h1("This page could not be shown") },
];

const SIGNED_IN: Visit[] = [
  { name: "projects", path: () => "/projects", ready: h1("Projects") },
  { name: "project", path: () => `/projects/${data.project.id}`, ready: (p) => p.getByTestId("generation-card").first() },
  { name: "generate", path: () => "/generate", ready: h1("Generate") },
  { name: "all videos", path: () => "/generations", ready: (p) => p.getByTestId("generation-card").first() },
  { name: "generation", path: () => `/generations/${data.generationId}`, ready: (p) => p.getByTestId("generation-video") },
  {
    name: "generation in project",
    path: () => `/projects/${data.project.id}/generations/${data.generationId}`,
    ready: (p) => p.getByTestId("generation-video"),
  },
  {
    name: "generation, reviewed and tagged",
    path: () => `/generations/${data.generationId}`,
    ready: (p) => p.getByTestId("review-panel"),
    then: async (p) => {
      const approved = p.getByRole("group", { name: "Review status" }).getByRole("button", { name: "Approved" });
      if ((await approved.getAttribute("aria-pressed")) !== "true") await approved.click();
      await expect(approved).toHaveAttribute("aria-pressed", "true");
      const star = p.getByRole("button", { name: "Favourite", exact: true });
      if ((await star.getAttribute("aria-pressed")) !== "true") await star.click();
      const input = p.getByRole("combobox", { name: "Add a tag" });
      await input.fill("hero shot");
      await input.press("Enter");
      await expect(p.getByRole("button", { name: "Remove tag hero shot" })).toBeVisible();
      await input.fill("a, b");
      await input.press("Enter");
      await expect(p.getByRole("alert").filter({ hasText: "comma" })).toBeVisible();
    },
  },
  {
    name: "all videos, reviewed favourites",
    path: () => "/generations?favourite=true&review=approved&tag=hero%20shot",
    ready: (p) => p.getByTestId("review-badge").first(),
  },
  { name: "reports", path: () => "/reports", ready: h1("Reports") },
  { name: "approvals", path: () => "/approvals", ready: (p) => p.getByRole("list", { name: "Requests awaiting approval" }) },
  { name: "team settings", path: () => "/settings/team", ready: (p) => p.getByRole("navigation", { name: "Settings" }) },
  { name: "provider keys", path: () => "/settings/keys", ready: (p) => p.getByRole("navigation", { name: "Settings" }) },
  { name: "API tokens", path: () => "/settings/tokens", ready: (p) => p.getByText("CI pipeline") },
  { name: "budgets and prices", path: () => "/settings/budgets", ready: (p) => p.getByRole("tablist", { name: "Region" }) },
  { name: "quotas and approvals", path: () => "/settings/spend", ready: (p) => p.getByRole("button", { name: "Save policy" }) },
  { name: "webhooks", path: () => "/settings/webhooks", ready: (p) => p.getByRole("navigation", { name: "Settings" }) },
  { name: "notifications", path: () => "/settings/notifications", ready: (p) => p.getByRole("form", { name: "Team Slack channel" }) },
  { name: "reconciliation", path: () => "/settings/reconciliation", ready: (p) => p.getByRole("button", { name: "Check now" }) },
  { name: "audit log", path: () => "/settings/audit", ready: (p) => p.getByRole("table", { name: "Audit events" }) },
  { name: "invitation, signed in", path: () => data.invitationPath, ready: (p) => p.getByRole("main") },
  { name: "missing generation", path: () => "/generations/does-not-exist", ready: h1("Nothing here") },
  { name: "not found, signed in", path: () => "/no-such-page", ready: h1("This page does not exist") },
  { name: "error in the app", path: () => `/generations/${data.brokenId}`, ready: h1("This page could not be shown"), asBrokenTeam: true },
  {
    name: "phone menu",
    path: () => "/projects",
    viewport: { width: 390, height: 844 },
    ready: (p) => p.getByRole("button", { name: "Open menu" }),
    then: async (p) => {
      await p.getByRole("button", { name: "Open menu" }).click();
      await expect(p.getByRole("dialog", { name: "Menu" })).toBeVisible();
    },
  },
];

for (const scheme of ["light", "dark"] as const) {
  for (const [signedIn, visits] of [
    [false, SIGNED_OUT],
    [true, SIGNED_IN],
  ] as const) {
    for (const visit of visits) {
      test(`${visit.name} (${signedIn ? "signed in" : "signed out"}, ${scheme}): no serious or critical axe violations`, async ({ browser }) => {
        const context = await browser.newContext({
          colorScheme: scheme,
          reducedMotion: "reduce",
          viewport: visit.viewport ?? { width: 1280, height: 900 },
          ...(signedIn && { storageState: visit.asBrokenTeam ? data.brokenStorageState : data.storageState }),
        });
        const page = await context.newPage();
        await page.goto(visit.path());
        await expect(visit.ready(page)).toBeVisible();
        await page.waitForLoadState("networkidle");
        await visit.then?.(page);
        const found = await violations(page);
        await context.close();
        expect(found, found.join("\n")).toEqual([]);
      });
    }
  }
}
