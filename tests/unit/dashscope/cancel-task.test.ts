// cancelTask: the documented wire format (POST {base}/tasks/{id}/cancel), the 200 {request_id}
// answer, the 400 UnsupportedOperation answer for a task that is not PENDING, and other errors.
import { describe, expect, it } from "vitest";
import { createDashScopeClient, type FetchLike } from "@/lib/adapters/dashscope";
import { ProviderError } from "@/lib/adapters/dashscope/errors";
import { parseCancelBody } from "@/lib/adapters/dashscope/cancel";

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

function clientAnswering(answer: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return answer();
  };
  return { calls, client: createDashScopeClient({ apiKey: "sk-cancel-secret", region: "singapore", workspaceId: "ws-1", fetchImpl }) };
}

describe("cancelTask", () => {
  it("POSTs to /tasks/{id}/cancel with the auth and workspace headers and reads 200 {request_id}", async () => {
    const { calls, client } = clientAnswering(() => json(200, { request_id: "req-1" }));
    await expect(client.cancelTask("task/1")).resolves.toEqual({ outcome: "canceled", requestId: "req-1" });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe("https://dashscope-intl.aliyuncs.com/api/v1/tasks/task%2F1/cancel");
    expect(calls[0].init.method).toBe("POST");
    expect(calls[0].init.headers).toMatchObject({ Authorization: "Bearer sk-cancel-secret", "X-DashScope-WorkSpace": "ws-1" });
    expect(calls[0].init.headers).not.toHaveProperty("X-DashScope-Async");
  });

  it("reads 400 UnsupportedOperation as not_pending instead of an error", async () => {
    const { client } = clientAnswering(() =>
      json(400, { request_id: "req-2", code: "UnsupportedOperation", message: "Failed to cancel the task, please confirm if the task is in PENDING status." }),
    );
    await expect(client.cancelTask("t")).resolves.toEqual({ outcome: "not_pending", requestId: "req-2" });
  });

  it("maps other errors like every call: 401 auth, 429 throttled and retryable, 5xx server", async () => {
    const cases: [number, string, string, boolean][] = [
      [401, "InvalidApiKey", "auth", false],
      [429, "Throttling", "throttled", true],
      [500, "InternalError", "server", true],
    ];
    for (const [status, code, kind, retryable] of cases) {
      const { client } = clientAnswering(() => json(status, { request_id: "r", code, message: "raw provider text" }));
      const error = await client.cancelTask("t").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ kind, retryable, code, httpStatus: status });
      expect((error as ProviderError).userMessage).not.toContain("raw provider text");
    }
  });

  it("treats a 2xx without a request id, or with an error code, as malformed (safe to retry)", async () => {
    for (const body of [{}, { request_id: "r", code: "UnsupportedOperation" }, "text"]) {
      const { client } = clientAnswering(() => json(200, body));
      const error = await client.cancelTask("t").catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: "malformed", retryable: true });
    }
  });

  it("parses the body loosely: extra fields are ignored, numbers are read as text", () => {
    expect(parseCancelBody({ request_id: "abc", extra: 1 })).toEqual({ outcome: "canceled", requestId: "abc" });
    expect(parseCancelBody({ request_id: 42 })).toEqual({ outcome: "canceled", requestId: "42" });
    expect(parseCancelBody(null)).toBeNull();
  });
});
