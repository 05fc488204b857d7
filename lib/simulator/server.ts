// A real HTTP server that behaves like DashScope's video-synthesis API for every region, plus the
// expiring result URLs, media fixtures and a control API (/__sim/*) for tests and demo mode.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { REGIONS, type Region } from "@/lib/rules/models/types";
import { handleCancelTask, handleCreate, handleGetTask, type ApiContext } from "@/lib/simulator/api-handlers";
import { handleListTasks } from "@/lib/simulator/list-tasks";
import { checkApiKey } from "@/lib/simulator/auth";
import { readBody, sendJson, sendProviderError, sendText, serveBytes } from "@/lib/simulator/http-utils";
import { loadSimulatorAssets, RESULT_ASSET, SIM_MEDIA, simulatorAssetsDir } from "@/lib/simulator/media-manifest";
import { applyPatch, DEFAULT_SIMULATOR_OPTIONS, type SimulatorConfigPatch, type SimulatorOptions } from "@/lib/simulator/options";
import { ReferenceResolver } from "@/lib/simulator/reference-media";
import { TaskStore, type SimulatorStats } from "@/lib/simulator/task-store";

export interface RunningSimulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + "/{region}/api/v1", for baseUrlFor(region, template) */
  baseUrlTemplate: string;
  mediaUrl(name: string): string;
  stats(): SimulatorStats;
  /** Milliseconds between consecutive polls of one task, oldest first (for benchmarks). */
  pollGaps(): readonly number[];
  configure(patch: SimulatorConfigPatch): void;
  reset(): void;
  options(): SimulatorOptions;
  close(): Promise<void>;
}

const API_PATH = /^(?:\/(singapore|virginia|beijing))?\/api\/v1(\/.*)?$/;
const CREATE_PATH = "/services/aigc/video-generation/video-synthesis";

export async function startSimulator(initial: Partial<SimulatorOptions> = {}): Promise<RunningSimulator> {
  const startOptions: SimulatorOptions = { ...DEFAULT_SIMULATOR_OPTIONS, ...initial };
  let options = startOptions;
  const assets = loadSimulatorAssets(simulatorAssetsDir(startOptions.assetsDir));
  const lifetime = new AbortController();
  const sleepers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  const sockets = new Set<Socket>();
  const store = new TaskStore(() => options.taskTtlMs);
  let origin = "";

  const sleep = (ms: number) =>
    ms <= 0 || lifetime.signal.aborted
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const entry = {
            timer: setTimeout(() => {
              sleepers.delete(entry);
              resolve();
            }, ms),
            resolve,
          };
          sleepers.add(entry);
        });

  const ctx: ApiContext = {
    options: () => options,
    takeOneShot(key) {
      const value = options[key];
      options = { ...options, [key]: null };
      return value;
    },
    store,
    resolver: new ReferenceResolver({ ownOrigin: () => origin, timeoutMs: startOptions.referenceFetchTimeoutMs, signal: lifetime.signal }),
    origin: () => origin,
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, region: Region, path: string, query: URLSearchParams) {
    // Read the body first: a client that times out during a hang must not stop the task from landing.
    const bodyText = req.method === "POST" ? await readBody(req).catch(() => null) : null;
    if (options.hangNextMs > 0) {
      const hang = options.hangNextMs;
      options = { ...options, hangNextMs: 0 };
      await sleep(hang);
    }
    const isCreate = req.method === "POST" && path === CREATE_PATH;
    await sleep(isCreate ? options.createLatencyMs : options.pollLatencyMs);
    if (lifetime.signal.aborted) return;

    const auth = checkApiKey(req, region, options.invalidKeys);
    if (!auth.ok) {
      if (isCreate) store.recordRejection(auth.code);
      return sendProviderError(res, auth.status, auth.code, auth.message);
    }
    if (options.malformedNext) {
      const status = typeof options.malformedNext === "number" ? options.malformedNext : 200;
      options = { ...options, malformedNext: null };
      return sendText(res, status, '{"request_id": "broken", "output": {"task_', "application/json");
    }
    if (options.http500Rate > 0 && Math.random() < options.http500Rate) {
      if (isCreate) store.recordRejection("InternalError");
      return sendProviderError(res, 500, "InternalError", "An internal error has occured, please try again later.");
    }
    if (isCreate) return handleCreate(ctx, req, res, region, auth.key, bodyText);
    const taskMatch = /^\/tasks\/([^/]+)$/.exec(path);
    if (req.method === "GET" && taskMatch) return handleGetTask(ctx, res, region, decodeURIComponent(taskMatch[1]));
    const cancelMatch = /^\/tasks\/([^/]+)\/cancel$/.exec(path);
    if (req.method === "POST" && cancelMatch) return handleCancelTask(ctx, res, region, decodeURIComponent(cancelMatch[1]));
    if (req.method === "GET" && path === "/tasks") return handleListTasks(store, res, region, query);
    return sendProviderError(res, 404, "NotFound", `No such API: ${req.method} ${path}`);
  }

  function serveResult(req: IncomingMessage, res: ServerResponse, taskId: string, query: URLSearchParams) {
    const task = store.get(taskId);
    // An UNKNOWN (expired) task id may still have a downloadable result if resultTtlMs > taskTtlMs.
    const status = task ? store.statusOf(task) : "UNKNOWN";
    if (!task || (status !== "SUCCEEDED" && status !== "UNKNOWN")) {
      return sendText(res, 404, "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>", "application/xml");
    }
    const expired = Date.now() > store.finishedAt(task) + options.resultTtlMs;
    if (!query.get("Expires") || expired || !task.usage) {
      return sendText(res, 403, "<Error><Code>AccessDenied</Code><Message>Request has expired.</Message></Error>", "application/xml");
    }
    serveBytes(req, res, assets.get(RESULT_ASSET) ?? Buffer.alloc(0), "video/mp4");
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, path: string) {
    if (req.method === "GET" && path === "/__sim/stats") return sendJson(res, 200, store.stats());
    if (req.method === "GET" && path === "/__sim/config") return sendJson(res, 200, options);
    if (req.method === "POST" && path === "/__sim/config") {
      let patch: unknown;
      try {
        patch = JSON.parse((await readBody(req)) || "{}");
      } catch {
        return sendJson(res, 400, { error: "config body must be JSON" });
      }
      if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return sendJson(res, 400, { error: "config body must be an object" });
      options = applyPatch(options, patch as Record<string, unknown>);
      return sendJson(res, 200, options);
    }
    if (req.method === "POST" && path === "/__sim/reset") {
      reset();
      return sendJson(res, 200, { ok: true });
    }
    return sendJson(res, 404, { error: "unknown control endpoint" });
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://simulator.local");
    const path = url.pathname;
    const api = API_PATH.exec(path);
    if (api) {
      const region = (api[1] ?? "singapore") as Region;
      return handleApi(req, res, region, api[2] ?? "/", url.searchParams);
    }
    if (path.startsWith("/__sim/")) return handleControl(req, res, path);
    const isRead = req.method === "GET" || req.method === "HEAD";
    const result = /^\/results\/([^/]+)\.mp4$/.exec(path);
    if (isRead && result) return serveResult(req, res, decodeURIComponent(result[1]), url.searchParams);
    const media = /^\/media\/([^/]+)$/.exec(path);
    if (isRead && media) {
      const asset = SIM_MEDIA[decodeURIComponent(media[1])];
      const bytes = asset ? assets.get(asset.name) : undefined;
      if (!asset || !bytes) return sendText(res, 404, "Not found");
      return serveBytes(req, res, bytes, asset.contentType);
    }
    if (/^\/[^/]+\/api\/v1/.test(path)) return sendProviderError(res, 404, "NotFound", `Unknown region; use one of ${REGIONS.join(", ")}.`);
    return sendText(res, 404, "Not found");
  }

  function reset() {
    options = { ...startOptions };
    store.reset();
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    route(req, res)
      .catch(() => {
        if (!res.headersSent) sendProviderError(res, 500, "InternalError", "Simulator internal error.");
        else res.destroy();
      })
      .finally(() => {
        if (options.log) console.log(`[simulator] ${req.method} ${req.url?.split("?")[0]} ${res.statusCode} ${Date.now() - started}ms`);
      });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(startOptions.port, startOptions.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${startOptions.host}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    url: origin,
    baseUrlTemplate: `${origin}/{region}/api/v1`,
    mediaUrl: (name) => `${origin}/media/${encodeURIComponent(name)}`,
    stats: () => store.stats(),
    pollGaps: () => store.pollGaps(),
    configure: (patch) => {
      options = applyPatch(options, patch as Record<string, unknown>);
    },
    reset,
    options: () => options,
    close() {
      closing ??= new Promise<void>((resolve) => {
        lifetime.abort();
        for (const sleeper of sleepers) {
          clearTimeout(sleeper.timer);
          sleeper.resolve();
        }
        sleepers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
