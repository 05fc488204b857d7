import { expect, test, type Page } from "@playwright/test";
import { email, shot, signUp } from "./helpers";

// Galleries, detail, share: generations are created through the API (the form is tested
// elsewhere) and followed in the UI as the simulator runs them (fast timings in serve.ts).

async function createGeneration(page: Page, body: Record<string, unknown>) {
  const res = await page.request.post("/api/v1/generations", { data: body, headers: { "Idempotency-Key": `e2e-${Date.now()}-${Math.random()}` } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).generation as { id: string; status: string };
}

/** Records every data-status a card shows, so transitions can be asserted after the fact. */
async function recordStatuses(page: Page) {
  await page.evaluate(() => {
    const seen: Record<string, string[]> = {};
    const note = (el: Element) => {
      const id = el.getAttribute("data-generation-id");
      const status = el.getAttribute("data-status");
      if (!id || !status) return;
      seen[id] ??= [];
      if (seen[id].at(-1) !== status) seen[id].push(status);
    };
    document.querySelectorAll("[data-generation-id]").forEach(note);
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.target instanceof Element && m.target.hasAttribute("data-generation-id")) note(m.target);
        m.addedNodes.forEach((n) => n instanceof Element && n.querySelectorAll("[data-generation-id]").forEach(note));
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-status"] });
    (window as unknown as { __seen: typeof seen; __noReload: boolean }).__seen = seen;
    (window as unknown as { __noReload: boolean }).__noReload = true;
  });
}

const card = (page: Page, id: string) => page.locator(`[data-generation-id="${id}"]`);

async function openCardMenu(page: Page, id: string) {
  await card(page, id)
    .getByRole("button", { name: /^Actions for/ })
    .click();
}

test("project gallery: live statuses, player, re-run, filters, search, move, delete, share", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat|React error/i.test(message.text())) pageErrors.push(message.text());
  });
  await signUp(page, "Gale Gallery", email("gale"));
  await expect(page).toHaveURL(/\/projects$/);

  const { projects } = await (await page.request.get("/api/v1/projects")).json();
  const project = projects[0] as { id: string; name: string };
  const broll = (await (await page.request.post("/api/v1/projects", { data: { name: "B-roll" } })).json()).project as { id: string };
  const { samples } = await (await page.request.get("/api/v1/simulator/samples")).json();
  const sample = (name: string) => (samples as { name: string; url: string }[]).find((s) => s.name === name)!.url;

  const t2v = await createGeneration(page, {
    projectId: project.id,
    model: "wan2.6-t2v",
    region: "singapore",
    prompt: "A paper boat drifts down a rainy street at dusk, cinematic",
    size: "1280*720",
    duration: 5,
  });
  const r2v = await createGeneration(page, {
    projectId: project.id,
    model: "wan2.6-r2v-flash",
    region: "singapore",
    prompt: "character1 picks up character2 in a sunny kitchen and smiles",
    references: [{ url: sample("person.mp4") }, { url: sample("product.png") }],
    size: "1280*720",
    duration: 5,
  });
  const failing = await createGeneration(page, {
    projectId: project.id,
    model: "wan2.6-t2v",
    region: "singapore",
    prompt: "A lighthouse in a storm [sim:fail=DataInspectionFailed]",
    size: "1280*720",
    duration: 5,
  });

  // The gallery follows them without a reload: in flight first, then succeeded (or failed).
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole("heading", { name: project.name })).toBeVisible();
  await expect(page.getByRole("link", { name: "New generation" })).toHaveAttribute("href", `/generate?projectId=${project.id}`);
  await recordStatuses(page);
  await expect(page.getByTestId("generation-card")).toHaveCount(3);
  await expect(card(page, t2v.id).getByText(/^(Queued|Pending|Running|Archiving)$/)).toBeVisible();
  await shot(page, "gallery-live");
  await expect(card(page, t2v.id)).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  await expect(card(page, r2v.id)).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  await expect(card(page, failing.id)).toHaveAttribute("data-status", "failed", { timeout: 30_000 });
  await expect(card(page, t2v.id).getByText("Succeeded", { exact: true })).toBeVisible();
  await expect(card(page, failing.id).getByText("Blocked by content moderation")).toBeVisible();
  const { seen, noReload } = await page.evaluate(() => {
    const w = window as unknown as { __seen: Record<string, string[]>; __noReload?: boolean };
    return { seen: w.__seen, noReload: w.__noReload };
  });
  expect(noReload).toBe(true);
  const t2vSeen = seen[t2v.id];
  expect(t2vSeen.at(-1)).toBe("succeeded");
  expect(t2vSeen.some((s) => ["queued", "pending", "running", "archiving"].includes(s))).toBe(true);
  // A poster image, not a video, until the pointer rests on the card.
  await expect(card(page, t2v.id).getByTestId("card-poster-image")).toHaveCount(1);
  await expect(card(page, t2v.id).locator("video")).toHaveCount(0);
  await expect
    .poll(() =>
      card(page, t2v.id)
        .getByTestId("card-poster-image")
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBe(480);
  await card(page, t2v.id).hover();
  await expect(card(page, t2v.id).locator("video")).toHaveCount(1);
  await page.mouse.move(0, 0);
  await expect(card(page, t2v.id).locator("video")).toHaveCount(0);
  await expect(card(page, t2v.id)).toContainText("$");
  await shot(page, "gallery");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, "gallery-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // Detail: plays, and seeking works through Range requests.
  await card(page, t2v.id)
    .getByRole("link", { name: /paper boat/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/generations/${t2v.id}$`));
  await expect(page.getByTestId("detail-status")).toHaveText("Succeeded");
  const video = page.getByTestId("generation-video");
  await expect(video).toBeVisible();
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play().catch(() => undefined);
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.duration), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 }).toBeGreaterThan(0);
  await video.evaluate((v: HTMLVideoElement) => {
    v.currentTime = Math.max(0, v.duration - 0.5);
  });
  const ranged = await page.request.get(`/api/v1/generations/${t2v.id}/video`, { headers: { Range: "bytes=100-199" } });
  expect(ranged.status()).toBe(206);
  expect(ranged.headers()["content-range"]).toMatch(/^bytes 100-199\/\d+$/);
  expect((await ranged.body()).length).toBe(100);
  await expect(page.getByTestId("event-timeline")).toContainText("Submitted to the provider");
  await expect(page.getByTestId("event-timeline")).toContainText("Archived");
  await expect(page.getByText("Wan 2.6 text-to-video (wan2.6-t2v)")).toBeVisible();
  await video.evaluate((v: HTMLVideoElement) => v.pause());
  await shot(page, "detail");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, "detail-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // Reference detail: references under the names the prompt uses.
  await page.goto(`/generations/${r2v.id}`);
  await expect(page.getByRole("heading", { name: "References (2)" })).toBeVisible();
  await expect(page.getByText("character1", { exact: true })).toBeVisible();
  await expect(page.getByText("character2", { exact: true })).toBeVisible();
  await shot(page, "detail-r2v");

  // Failure detail: a human explanation of the provider code.
  await page.goto(`/generations/${failing.id}`);
  await expect(page.getByTestId("failure-notice")).toContainText("Blocked by content moderation");
  await expect(page.getByTestId("failure-notice")).toContainText("Rephrase the prompt");
  await expect(page.getByTestId("failure-notice")).toContainText("DataInspectionFailed");
  await shot(page, "detail-failed");

  // Re-run from the card menu: a new card appears at the top.
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByTestId("generation-card")).toHaveCount(3);
  await openCardMenu(page, t2v.id);
  await page.getByRole("menuitem", { name: "Re-run" }).click();
  await expect(page.getByText("Re-run queued", { exact: true })).toBeVisible();
  await expect(page.getByTestId("generation-card")).toHaveCount(4);
  const rerunId = (await page.getByTestId("generation-card").first().getAttribute("data-generation-id"))!;
  expect([t2v.id, r2v.id, failing.id]).not.toContain(rerunId);
  await expect(card(page, rerunId)).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });

  // Filters live in the URL and survive a reload.
  await page.getByRole("combobox", { name: "Model" }).click();
  await page.getByRole("option", { name: /reference-to-video Flash/ }).click();
  await expect(page).toHaveURL(/model=wan2\.6-r2v-flash/);
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await expect(card(page, r2v.id)).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Model" })).toContainText("Flash");
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).not.toHaveURL(/model=/);
  await expect(page.getByTestId("generation-card")).toHaveCount(4);

  await page.getByRole("button", { name: /^Status:/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "Failed" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/status=failed/);
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await expect(card(page, failing.id)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /^Status:/ })).toContainText("Failed");
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page.getByTestId("generation-card")).toHaveCount(4);

  // Prompt search (debounced), also in the URL.
  await page.getByRole("searchbox", { name: "Search prompts" }).fill("kitchen");
  await expect(page).toHaveURL(/q=kitchen/);
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await expect(card(page, r2v.id)).toBeVisible();
  await page.getByRole("searchbox", { name: "Search prompts" }).fill("");
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByTestId("generation-card")).toHaveCount(4);

  // Move the reference video to another project.
  await openCardMenu(page, r2v.id);
  await page.getByRole("menuitem", { name: "Move to project…" }).click();
  const moveDialog = page.getByRole("dialog", { name: "Move to another project" });
  await moveDialog.getByRole("combobox", { name: "Project" }).click();
  await page.getByRole("option", { name: "B-roll" }).click();
  await moveDialog.getByRole("button", { name: "Move" }).click();
  await expect(page.getByText("Moved to B-roll", { exact: true })).toBeVisible();
  await expect(card(page, r2v.id)).toHaveCount(0);
  await expect(page.getByTestId("generation-card")).toHaveCount(3);

  // Delete the re-run, with a confirmation that says the stored file goes too.
  await openCardMenu(page, rerunId);
  await page.getByRole("menuitem", { name: "Delete…" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("stored video file is removed");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(card(page, rerunId)).toHaveCount(0);
  expect((await page.request.get(`/api/v1/generations/${rerunId}`)).status()).toBe(404);

  // The moved video is in its new project, and in the team-wide view with its project named.
  await page.goto(`/projects/${broll.id}`);
  await expect(card(page, r2v.id)).toBeVisible();
  await page.goto("/generations");
  await expect(page.getByRole("heading", { name: "All videos" })).toBeVisible();
  await expect(page.getByTestId("generation-card")).toHaveCount(3);
  await expect(card(page, r2v.id)).toContainText("B-roll");
  await page.getByRole("combobox", { name: "Project" }).click();
  await page.getByRole("option", { name: "B-roll" }).click();
  await expect(page).toHaveURL(new RegExp(`project=${broll.id}`));
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await shot(page, "all-videos");

  // Share a read-only link; a signed-out visitor watches it; revoking ends it.
  await page.goto(`/generations/${t2v.id}`);
  await page.getByRole("button", { name: "Share" }).click();
  const shareDialog = page.getByRole("dialog", { name: "Share a read-only link" });
  await shareDialog.getByLabel("Expires after").fill("7");
  await shareDialog.getByRole("button", { name: "Create link" }).click();
  await expect(shareDialog.getByTestId("share-url")).toHaveCount(1);
  await expect(shareDialog).toContainText("Expires");
  const shareUrl = (await shareDialog.getByTestId("share-url").textContent())!;
  await shot(page, "share-dialog");
  expect(shareUrl).toContain("/share/");

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  const visit = await guest.goto(new URL(shareUrl).pathname);
  expect(visit?.status()).toBe(200);
  await expect(guest.getByTestId("shared-prompt")).toHaveText("A paper boat drifts down a rainy street at dusk, cinematic");
  await expect(guest.getByText("Gale Gallery's team").first()).toBeVisible();
  // The poster stands in for the player until the visitor wants the video.
  await guest.getByTestId("shared-poster").click();
  const sharedVideo = guest.getByTestId("shared-video");
  await expect.poll(() => sharedVideo.evaluate((v: HTMLVideoElement) => v.duration), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(guest.getByRole("link", { name: /Projects|All videos/ })).toHaveCount(0);
  await shot(guest, "share-page");

  await shareDialog.getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByText("Link revoked", { exact: true })).toBeVisible();
  await expect(shareDialog.getByTestId("share-url")).toHaveCount(0);
  const gone = await guest.goto(new URL(shareUrl).pathname);
  expect(gone?.status()).toBe(404);
  await expect(guest.getByRole("heading", { name: "This link is no longer available" })).toBeVisible();
  expect((await guest.request.get(`${new URL(shareUrl).pathname.replace("/share/", "/api/v1/shares/")}/video`)).status()).toBe(404);
  await shot(guest, "share-revoked");
  await guestContext.close();

  // Phone width: one column, filters stacked, nothing cut off.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByTestId("generation-card")).toHaveCount(2);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, "gallery-mobile");
  await page.goto(`/generations/${t2v.id}`);
  await shot(page, "detail-mobile");
  expect(pageErrors).toEqual([]);
  await context.close();
});

test("permissions and keyboard: a member re-runs a teammate's video but cannot move, share or delete it", async ({ browser }) => {
  test.setTimeout(120_000);
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner, "Olga Owner", email("olga"));
  await expect(owner).toHaveURL(/\/projects$/);
  const project = (await (await owner.request.get("/api/v1/projects")).json()).projects[0] as { id: string };
  const theirs = await createGeneration(owner, {
    projectId: project.id,
    model: "wan2.6-t2v",
    region: "singapore",
    prompt: "A red kite over green hills",
    size: "1280*720",
    duration: 5,
  });
  const invitation = (await (await owner.request.post("/api/v1/invitations", { data: { role: "member" } })).json()).invitation as { url: string };

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signUp(member, "Mia Member", email("mia"));
  await expect(member).toHaveURL(/\/projects$/);
  const accepted = await member.request.post("/api/v1/invitations/accept", { data: { token: invitation.url.split("/invite/")[1] } });
  expect(accepted.ok()).toBe(true);
  const mine = await createGeneration(member, {
    projectId: project.id,
    model: "wan2.6-t2v",
    region: "singapore",
    prompt: "A blue kite over a grey sea",
    size: "1280*720",
    duration: 5,
  });

  await member.goto(`/projects/${project.id}`);
  await expect(card(member, theirs.id)).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  await expect(card(member, mine.id)).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });

  // Keyboard: the menu opens with Enter and closes with Escape; the card opens with Enter.
  await card(member, theirs.id)
    .getByRole("button", { name: /^Actions for/ })
    .focus();
  await member.keyboard.press("Enter");
  await expect(member.getByRole("menuitem", { name: "Re-run" })).toBeVisible();
  await expect(member.getByRole("menuitem", { name: "Copy settings" })).toHaveAttribute("href", `/generate?from=${theirs.id}`);
  await expect(member.getByRole("menuitem", { name: "Delete…" })).toHaveCount(0);
  await expect(member.getByRole("menuitem", { name: "Move to project…" })).toHaveCount(0);
  await expect(member.getByRole("menuitem", { name: /Share link/ })).toHaveCount(0);
  await member.keyboard.press("Escape");
  await expect(member.getByRole("menu")).toHaveCount(0);

  await openCardMenu(member, mine.id);
  await expect(member.getByRole("menuitem", { name: "Delete…" })).toBeVisible();
  await expect(member.getByRole("menuitem", { name: "Move to project…" })).toBeVisible();
  await member.keyboard.press("Escape");

  await card(member, theirs.id)
    .getByRole("link", { name: /red kite/ })
    .focus();
  await shot(member, "gallery-keyboard-focus");
  await member.keyboard.press("Enter");
  await expect(member).toHaveURL(new RegExp(`/generations/${theirs.id}$`));
  await expect(member.getByRole("link", { name: "Download" })).toBeVisible();
  await expect(member.getByRole("button", { name: "Re-run" })).toBeVisible();
  await expect(member.getByRole("button", { name: "Share" })).toHaveCount(0);
  expect((await member.request.delete(`/api/v1/generations/${theirs.id}`)).status()).toBe(403);

  await ownerContext.close();
  await memberContext.close();
});
