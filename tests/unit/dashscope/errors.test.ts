import { describe, expect, it } from "vitest";
import { classifyProviderError, parseRetryAfter, ProviderError, PROVIDER_CODE_RULES } from "@/lib/adapters/dashscope/errors";
import { providerErrorFromTask } from "@/lib/adapters/dashscope/client";

// Every code of wan-api-facts.md's error table, with its HTTP status.
const ERROR_TABLE: [number, string, ProviderError["kind"], boolean][] = [
  [400, "InvalidParameter", "invalid", false],
  [400, "DataInspectionFailed", "moderation", false],
  [400, "IPInfringementSuspect", "moderation", false],
  [400, "Arrearage", "arrearage", false],
  [400, "InvalidURL", "invalid", false],
  [401, "InvalidApiKey", "auth", false],
  [403, "AccessDenied", "forbidden", false],
  [403, "Model.AccessDenied", "forbidden", false],
  [403, "AccessDenied.Unpurchased", "forbidden", false],
  [404, "ModelNotFound", "not_found", false],
  [429, "Throttling", "throttled", true],
  [429, "Throttling.RateQuota", "throttled", true],
  [429, "Throttling.AllocationQuota", "throttled", true],
  [500, "InternalError", "server", true],
  [500, "InternalError.Timeout", "server", true],
  [503, "ModelUnavailable", "server", true],
];

describe("classifyProviderError: the documented error table", () => {
  it.each(ERROR_TABLE)("HTTP %i %s → %s (retryable %s)", (status, code, kind, retryable) => {
    const error = classifyProviderError({ httpStatus: status, code, providerMessage: "raw provider text <b>", requestId: "req-1" });
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(retryable);
    expect(error.httpStatus).toBe(status);
    expect(error.code).toBe(code);
    expect(error.requestId).toBe("req-1");
    expect(error.providerMessage).toBe("raw provider text <b>");
    expect(error.userMessage).not.toContain("raw provider text");
    expect(error.message).toBe(error.userMessage);
  });

  it.each(ERROR_TABLE)("the same code in a FAILED task (no HTTP status) keeps kind %s", (_status, code, kind, retryable) => {
    const error = providerErrorFromTask({ taskId: "t", status: "FAILED", requestId: "r", code, message: "x" });
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(retryable);
  });

  it("covers every code of the table in PROVIDER_CODE_RULES", () => {
    expect(Object.keys(PROVIDER_CODE_RULES).sort()).toEqual(ERROR_TABLE.map(([, code]) => code).sort());
  });
});

describe("classifyProviderError: unknown codes fall back to the HTTP status", () => {
  it.each([
    [429, "SomethingNew", "throttled", true],
    [500, "SomethingNew", "server", true],
    [502, undefined, "server", true],
    [401, undefined, "auth", false],
    [403, "Other", "forbidden", false],
    [404, "Other", "not_found", false],
    [400, "Other", "invalid", false],
    [422, undefined, "invalid", false],
  ] as const)("HTTP %i %s → %s", (status, code, kind, retryable) => {
    const error = classifyProviderError({ httpStatus: status, code });
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(retryable);
  });

  it("a 5xx is retryable even with a 4xx-style code", () => {
    expect(classifyProviderError({ httpStatus: 500, code: "InvalidParameter" }).retryable).toBe(true);
  });

  it("an unknown code in a failed task is a non-retryable provider failure", () => {
    const error = providerErrorFromTask({ taskId: "t", status: "FAILED", requestId: "r", code: "Weird", message: "m" });
    expect(error).toMatchObject({ kind: "server", retryable: false, code: "Weird" });
  });

  it("a canceled task becomes a non-retryable error", () => {
    expect(providerErrorFromTask({ taskId: "t", status: "CANCELED", requestId: "r" })).toMatchObject({ retryable: false, code: "Canceled" });
  });

  it("toLog carries the raw details for event rows", () => {
    const error = classifyProviderError({ httpStatus: 429, code: "Throttling", providerMessage: "slow down", requestId: "r9", retryAfterMs: 2000 });
    expect(error.toLog()).toEqual({
      kind: "throttled",
      retryable: true,
      httpStatus: 429,
      code: "Throttling",
      providerMessage: "slow down",
      requestId: "r9",
      retryAfterMs: 2000,
    });
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2026, 0, 1, 0, 0, 0);
  it.each([
    ["3", 3000],
    ["0.5", 500],
    [new Date(now + 7000).toUTCString(), 7000],
    [new Date(now - 7000).toUTCString(), 0],
    ["soon", undefined],
    [null, undefined],
    ["", undefined],
  ])("%j → %j ms", (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
