import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

test("1,200 generations", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Perf Person");
  await page.getByLabel("Email").fill(`perf${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  const project = (await (await page.request.get("/api/v1/projects")).json()).projects[0];
  const res = await page.request.post("/api/v1/generations", { data: { projectId: project.id, model: "wan2.6-t2v", region: "singapore", prompt: "seed clip", size: "1280*720", duration: 5 }, headers: { "Idempotency-Key": "k1" } });
  const g = (await res.json()).generation;
  await expect.poll(async () => (await (await page.request.get(`/api/v1/generations/${g.id}`)).json()).generation.status, { timeout: 30_000 }).toBe("succeeded");
  const log = readFileSync("/tmp/gallery-perf-server.log", "utf8");
  const dir = /generated new ones in (\S+)\/secrets\.json/.exec(log)![1];
  const sql = `
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 1200)
    INSERT INTO Generation SELECT ${"*"} FROM Generation WHERE 0;`;
  // Copy the row 1200 times with new ids, prompts and older timestamps.
  const cols = execFileSync("sqlite3", [`${dir}/e2e.db`, "SELECT group_concat(name, ',') FROM pragma_table_info('Generation');"]).toString().trim().split(",");
  const select = cols.map((c) => {
    if (c === "id") return `'${g.id}' || '-' || n.i`;
    if (c === "prompt") return `'Clip number ' || n.i || ' of a long gallery'`;
    if (c === "idempotencyKey") return "NULL";
    if (c === "createdAt") return `strftime('%Y-%m-%dT%H:%M:%f+00:00', datetime(substr(createdAt, 1, 19), '-' || n.i || ' minutes'))`;
    return `"${c}"`;
  });
  void sql;
  execFileSync("sqlite3", [`${dir}/e2e.db`, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 1200) INSERT INTO Generation (${cols.map((c) => `"${c}"`).join(",")}) SELECT ${select.join(",")} FROM Generation, n WHERE Generation.id = '${g.id}';`]);
  const t0 = Date.now();
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByTestId("generation-card")).toHaveCount(24);
  console.log("first page visible in", Date.now() - t0, "ms");
  const t1 = Date.now();
  for (let i = 0; i < 800; i++) {
    const count = await page.getByTestId("generation-card").count();
    if (count >= 1201) break;
    await page.mouse.wheel(0, 20000);
    await page.waitForTimeout(150);
  }
  await expect(page.getByTestId("generation-card")).toHaveCount(1201, { timeout: 60_000 });
  console.log("all 1201 loaded by scrolling in", Date.now() - t1, "ms");
  const frame = await page.evaluate(async () => {
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 60; i++) {
      window.scrollBy(0, i < 30 ? 600 : -600);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    return { median: times[30], p95: times[57] };
  });
  console.log("frame times while scrolling (ms)", frame);
  console.log("videos mounted", await page.locator("video").count());
  const waitForOne = page.evaluate(() => new Promise<number>((resolve) => {
    const start = performance.now();
    const tick = () => (document.querySelectorAll("[data-testid=generation-card]").length === 1 ? resolve(performance.now() - start) : requestAnimationFrame(tick));
    tick();
  }));
  await page.getByRole("searchbox", { name: "Search prompts" }).fill("number 777 ");
  console.log("search narrowed in (in page, incl. 300 ms debounce)", await waitForOne, "ms");
  await page.getByRole("searchbox", { name: "Search prompts" }).fill("");
  const back = Date.now();
  await expect(page.getByTestId("generation-card")).toHaveCount(1201);
  console.log("cleared search (cached list of 1201) back to first page in", Date.now() - back, "ms");
  await page.screenshot({ path: "/tmp/gallery-perf/deep.png" });
});
