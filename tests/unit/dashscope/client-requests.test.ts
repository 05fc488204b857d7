// The client's wire format, checked against a recording fake fetch (no network).
import { describe, expect, it } from "vitest";
import { createDashScopeClient, type FetchLike } from "@/lib/adapters/dashscope";
import { ProviderError } from "@/lib/adapters/dashscope/errors";

interface Recorded {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (url: string) => Response): { calls: Recorded[]; fetchImpl: FetchLike } {
  const calls: Recorded[] = [];
  return {
    calls,
    fetchImpl: async (url, init) => {
      calls.push({ url, init });
      return respond(url);
    },
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

describe("createTask wire format", () => {
  it("POSTs to the region's endpoint with the async, auth and workspace headers", async () => {
    const fake = fakeFetch(() => json(200, { request_id: "r1", output: { task_id: "t1", task_status: "PENDING" } }));
    const client = createDashScopeClient({ apiKey: "sk-secret-123", region: "beijing", workspaceId: "ws-9", fetchImpl: fake.fetchImpl });
    const body = { model: "wan2.6-t2v", input: { prompt: "a cat" }, parameters: { size: "1280*720" } };
    await expect(client.createTask(body)).resolves.toEqual({ taskId: "t1", taskStatus: "PENDING", requestId: "r1" });
    const [call] = fake.calls;
    expect(call.url).toBe("https://dashscope.aliyuncs.com/api/v1/services/aigc/video-generation/video-synthesis");
    expect(call.init.method).toBe("POST");
    expect(call.init.headers).toMatchObject({
      Authorization: "Bearer sk-secret-123",
      "Content-Type": "application/json",
      "X-DashScope-Async": "enable",
      "X-DashScope-WorkSpace": "ws-9",
    });
    expect(JSON.parse(String(call.init.body))).toEqual(body);
    expect(call.init.signal).toBeInstanceOf(AbortSignal);
  });

  it("omits the workspace header when none is set and the async header on polls", async () => {
    const fake = fakeFetch(() => json(200, { request_id: "r", output: { task_id: "t", task_status: "RUNNING" } }));
    const client = createDashScopeClient({ apiKey: "sk-x", region: "singapore", fetchImpl: fake.fetchImpl });
    await client.getTask("t/1");
    expect(fake.calls[0].url).toBe("https://dashscope-intl.aliyuncs.com/api/v1/tasks/t%2F1");
    expect(fake.calls[0].init.method).toBe("GET");
    expect(fake.calls[0].init.headers).not.toHaveProperty("X-DashScope-WorkSpace");
    expect(fake.calls[0].init.headers).not.toHaveProperty("X-DashScope-Async");
  });

  it("never puts the API key into an error", async () => {
    const fake = fakeFetch(() => json(401, { code: "InvalidApiKey", message: "Invalid API-key provided.", request_id: "r" }));
    const client = createDashScopeClient({ apiKey: "sk-very-secret-key", region: "singapore", fetchImpl: fake.fetchImpl });
    const error = await client.createTask({ model: "m", input: {}, parameters: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(JSON.stringify((error as ProviderError).toLog())).not.toContain("sk-very-secret-key");
    expect((error as ProviderError).message).not.toContain("sk-very-secret-key");
  });
});

describe("listTasks wire format", () => {
  it("sends the window in UTC+8 compact form with paging and model", async () => {
    const fake = fakeFetch(() => json(200, { data: [], total: 0 }));
    const client = createDashScopeClient({ apiKey: "sk-x", region: "virginia", baseUrl: "http://127.0.0.1:9/{region}/api/v1", fetchImpl: fake.fetchImpl });
    await client.listTasks({
      startTime: new Date("2026-01-01T00:00:00Z"),
      endTime: new Date("2026-01-01T01:30:00Z"),
      modelName: "wan2.6-t2v",
      pageNo: 2,
      pageSize: 50,
    });
    const url = new URL(fake.calls[0].url);
    expect(url.origin + url.pathname).toBe("http://127.0.0.1:9/virginia/api/v1/tasks");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      start_time: "20260101080000",
      end_time: "20260101093000",
      page_no: "2",
      page_size: "50",
      model_name: "wan2.6-t2v",
    });
  });
});

describe("listTasks answer", () => {
  it("sends the status and task_id filters only when asked and reads the documented answer", async () => {
    const fake = fakeFetch(() =>
      json(200, {
        request_id: "r",
        total: 1,
        total_page: 1,
        page_no: 1,
        page_size: 100,
        data: [{ task_id: "t1", status: "PENDING", model_name: "wan2.6-t2v", gmt_create: 1767225600000 }],
      }),
    );
    const client = createDashScopeClient({ apiKey: "sk-x", region: "singapore", fetchImpl: fake.fetchImpl });
    const list = await client.listTasks({
      startTime: new Date("2026-01-01T00:00:00Z"),
      endTime: new Date("2026-01-01T01:00:00Z"),
      status: "PENDING",
      taskId: "t1",
    });
    const params = new URL(fake.calls[0].url).searchParams;
    expect(params.get("status")).toBe("PENDING");
    expect(params.get("task_id")).toBe("t1");
    expect(params.has("model_name")).toBe(false);
    expect(list).toMatchObject({ total: 1, totalPage: 1, pageNo: 1, pageSize: 100, tasks: [{ taskId: "t1", status: "PENDING", modelName: "wan2.6-t2v" }] });
  });

  it("treats an undocumented list shape as malformed, never as an empty list", async () => {
    const fake = fakeFetch(() => json(200, { output: { tasks: [{ task_id: "b", task_status: "SUCCEEDED" }] } }));
    const client = createDashScopeClient({ apiKey: "sk-x", region: "singapore", fetchImpl: fake.fetchImpl });
    const error = (await client.listTasks({ startTime: new Date(), endTime: new Date() }).catch((e: unknown) => e)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.kind).toBe("malformed");
  });
});

describe("answers the client cannot use", () => {
  it.each([
    ["a 200 with broken JSON on a poll", () => new Response("{oops", { status: 200 }), "getTask", "malformed", true],
    ["a 200 with broken JSON on a create", () => new Response("{oops", { status: 200 }), "createTask", "malformed", false],
    ["a 200 without task_id on a create", () => json(200, { output: {} }), "createTask", "malformed", false],
    ["a 502 HTML page", () => new Response("<html>bad gateway</html>", { status: 502 }), "createTask", "malformed", true],
    ["a 400 HTML page", () => new Response("<html>bad</html>", { status: 400 }), "createTask", "invalid", false],
    ["a 429 with Retry-After", () => json(429, { code: "Throttling", message: "m" }, { "Retry-After": "4" }), "createTask", "throttled", true],
  ] as const)("%s → %s", async (_label, respond, method, kind, retryable) => {
    const fake = fakeFetch(respond);
    const client = createDashScopeClient({ apiKey: "sk-x", region: "singapore", fetchImpl: fake.fetchImpl });
    const call = method === "getTask" ? client.getTask("t") : client.createTask({ model: "m", input: {}, parameters: {} });
    const error = (await call.catch((e: unknown) => e)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(retryable);
    if (kind === "throttled") expect(error.retryAfterMs).toBe(4000);
  });

  it("maps a fetch that throws to a network error", async () => {
    const client = createDashScopeClient({
      apiKey: "sk-x",
      region: "singapore",
      fetchImpl: async () => {
        throw new TypeError("fetch failed");
      },
    });
    await expect(client.getTask("t")).rejects.toMatchObject({ kind: "network", retryable: true });
  });

  it("maps an abort to a timeout error", async () => {
    const client = createDashScopeClient({
      apiKey: "sk-x",
      region: "singapore",
      fetchImpl: async () => {
        throw new DOMException("The operation was aborted due to timeout", "TimeoutError");
      },
    });
    await expect(client.getTask("t")).rejects.toMatchObject({ kind: "timeout", retryable: true });
  });
});
