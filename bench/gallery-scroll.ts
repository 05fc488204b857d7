// Scrolling a project gallery of 216 archived videos, all with posters, in Chromium: the cards
// must load their posters (at most one request each) and no video at all until someone hovers,
// focuses or opens one. Needs a built app. Run: npx tsx --conditions=react-server bench/gallery-scroll.ts
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import Database from "better-sqlite3";
import { chromium } from "@playwright/test";
import { bundledFfmpegPath } from "@/lib/adapters/media/poster";
import { LocalObjectStorage } from "@/lib/adapters/storage/local";
import { posterObjectKey, videoObjectKey } from "@/lib/adapters/storage";
import { simulatorAssetsDir } from "@/lib/simulator";
import { type BenchResult, row } from "@/bench/lib/table";
import { startApp, type TestApp } from "@/tests/support/app";
import { Client } from "@/tests/support/client";

const PASSWORD = "correct horse battery";
const POSTER_HASH = "0123456789abcdef";

interface Owner {
  teamId: string;
  projectId: string;
  userId: string;
}

/** `cards` succeeded generations, each with its video and a poster (one real JPEG, stored per card). */
async function seed(app: TestApp, owner: Owner, cards: number) {
  const video = readFileSync(path.join(simulatorAssetsDir(), "result.mp4"));
  const ffmpeg = await bundledFfmpegPath();
  if (!ffmpeg) throw new Error("the bundled ffmpeg is missing");
  const poster = execFileSync(ffmpeg, [
    ...["-loglevel", "error", "-ss", "0.5", "-i", path.join(simulatorAssetsDir(), "result.mp4")],
    ...["-frames:v", "1", "-vf", "scale=480:-2", "-f", "image2pipe", "-c:v", "mjpeg", "pipe:1"],
  ]);
  const storage = new LocalObjectStorage({ root: path.join(app.dataDir, "storage"), fsync: false });
  const sqlite = new Database(app.databaseUrl.replace(/^file:/, ""));
  const insert = sqlite.prepare(
    `INSERT INTO "Generation" (id, teamId, projectId, creatorId, mode, model, region, prompt, request, status, keySource, requestHash, nextAttemptAt, attempts, costMismatch, createdAt, updatedAt, currency, estimatedBilledMs, estimatedAmountMicros, videoKey, videoBytes, videoContentType, posterKey, archivedAt)
     VALUES (?, ?, ?, ?, 't2v', 'wan2.6-t2v', 'singapore', ?, ?, 'succeeded', 'simulator', 'h', ?, 0, 0, ?, ?, 'USD', 5000, 500000, ?, ?, 'video/mp4', ?, ?)`,
  );
  const start = Date.now() - cards * 60_000;
  for (let i = 0; i < cards; i++) {
    const id = `scroll${String(i).padStart(5, "0")}`;
    const at = new Date(start + i * 60_000).toISOString();
    const prompt = `Seeded clip ${i}: a drone shot over a coastline`;
    const videoKey = videoObjectKey(owner.teamId, id);
    const posterKey = posterObjectKey(owner.teamId, id, POSTER_HASH);
    await storage.put(videoKey, Readable.from([video]), { contentType: "video/mp4", contentLength: video.length });
    await storage.put(posterKey, Readable.from([poster]), { contentType: "image/jpeg", contentLength: poster.length });
    insert.run(
      id,
      owner.teamId,
      owner.projectId,
      owner.userId,
      prompt,
      JSON.stringify({ model: "wan2.6-t2v", prompt }),
      at,
      at,
      at,
      videoKey,
      video.length,
      posterKey,
      at,
    );
  }
  sqlite.close();
}

export async function runGalleryScrollBench({ cards = 216 } = {}): Promise<BenchResult> {
  const app = await startApp("sqlite", { WORKER_IN_PROCESS: "false" });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const email = `scroll.${Date.now()}@example.com`;
    const { teamId, projectId, user } = await new Client(app.url).signUp("Scroll bench", email, PASSWORD);
    await seed(app, { teamId, projectId, userId: user.id }, cards);

    const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
    const csrf = (await (await context.request.get("/api/auth/csrf")).json()).csrfToken as string;
    await context.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf, email, password: PASSWORD, json: "true" } });
    const page = await context.newPage();
    const videoRequests: string[] = [];
    const posterRequests = new Map<string, number>();
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (req.resourceType() === "media" || /\/video$/.test(url.pathname)) videoRequests.push(url.pathname);
      const poster = /^\/api\/v1\/generations\/([^/]+)\/poster$/.exec(url.pathname);
      if (poster) posterRequests.set(poster[1], (posterRequests.get(poster[1]) ?? 0) + 1);
    });
    // The pointer rests away from the grid, as it does while someone scrolls with a wheel or keys.
    await page.goto(`/projects/${projectId}`);
    await page.getByTestId("generation-card").first().waitFor();
    await page.mouse.move(2, 2);
    const started = performance.now();
    for (let step = 0; step < 400; step++) {
      const shown = await page.getByTestId("generation-card").count();
      const atBottom = await page.evaluate(() => window.innerHeight + window.scrollY >= document.body.scrollHeight - 4);
      if (shown >= cards && atBottom) break;
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(60);
    }
    await page.waitForLoadState("networkidle");
    const scrollMs = performance.now() - started;
    const shown = await page.getByTestId("generation-card").count();
    const images = await page.getByTestId("card-poster-image").count();
    const perCard = posterRequests.size ? Math.max(...posterRequests.values()) : 0;
    await context.close();
    if (shown !== cards) throw new Error(`the gallery showed ${shown} of ${cards} cards`);
    return {
      rows: [
        row("gallery scroll: video requests", "0", `${videoRequests.length} (${shown} cards scrolled)`, videoRequests.length === 0),
        row(
          "gallery scroll: poster requests per card",
          "≤ 1",
          `max ${perCard} (${posterRequests.size} of ${cards} cards requested)`,
          perCard <= 1 && posterRequests.size === cards,
        ),
      ],
      details: {
        cards,
        shown,
        posterImages: images,
        posterRequests: [...posterRequests.values()].reduce((a, b) => a + b, 0),
        videoRequests,
        scrollMs: Math.round(scrollMs),
      },
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}

if (process.argv[1]?.endsWith("gallery-scroll.ts")) {
  runGalleryScrollBench()
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
