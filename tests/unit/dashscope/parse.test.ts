import { describe, expect, it } from "vitest";
import { isTerminalStatus, parseCreateBody, parseTaskBody, toTaskStatus } from "@/lib/adapters/dashscope/parse";
import { formatListTime, formatProviderTime, parseProviderTime } from "@/lib/adapters/dashscope/time";

describe("parseCreateBody", () => {
  it("reads the documented create answer", () => {
    expect(parseCreateBody({ output: { task_status: "PENDING", task_id: "0385dc79" }, request_id: "4909100c" })).toEqual({
      taskId: "0385dc79",
      taskStatus: "PENDING",
      requestId: "4909100c",
    });
  });

  it("tolerates the SDK's extra fields", () => {
    const parsed = parseCreateBody({
      status_code: 200,
      request_id: "c86f",
      code: "",
      message: "",
      output: { task_id: "7211", task_status: "PENDING", video_url: "" },
      usage: null,
    });
    expect(parsed?.taskId).toBe("7211");
  });

  it.each([[{}], [{ output: {} }], [{ output: { task_id: "" } }], [null], ["text"]])("rejects %j", (body) => {
    expect(parseCreateBody(body)).toBeNull();
  });
});

describe("parseTaskBody", () => {
  it("reads a SUCCEEDED answer with usage and UTC+8 times", () => {
    const result = parseTaskBody(
      {
        request_id: "abbf7aa3",
        output: {
          task_id: "38513c71",
          task_status: "SUCCEEDED",
          submit_time: "2025-09-29 14:05:22.119",
          scheduled_time: "2025-09-29 14:05:28.278",
          end_time: "2025-09-29 14:10:00.437",
          orig_prompt: "A fox",
          video_url: "https://example.invalid/xxx.mp4?Expires=1",
        },
        usage: { duration: 10, size: "1280*720", input_video_duration: 0, output_video_duration: 10, video_count: 1, SR: 720 },
      },
      "38513c71",
    );
    expect(result).toMatchObject({
      taskId: "38513c71",
      status: "SUCCEEDED",
      requestId: "abbf7aa3",
      origPrompt: "A fox",
      videoUrl: "https://example.invalid/xxx.mp4?Expires=1",
    });
    expect(result?.submitTime?.toISOString()).toBe("2025-09-29T06:05:22.119Z");
    expect(result?.endTime?.toISOString()).toBe("2025-09-29T06:10:00.437Z");
    expect(result?.usage).toMatchObject({ shape: "v26", billedSeconds: 10, sr: 720 });
  });

  it("reads a FAILED answer with code and message", () => {
    const result = parseTaskBody(
      { request_id: "e5d7", output: { task_id: "86ec", task_status: "FAILED", code: "InvalidParameter", message: "The size is not match xxxxxx" } },
      "86ec",
    );
    expect(result).toMatchObject({ status: "FAILED", code: "InvalidParameter", message: "The size is not match xxxxxx" });
    expect(result?.usage).toBeUndefined();
  });

  it("reads an expired task as UNKNOWN and keeps the asked id if missing", () => {
    expect(parseTaskBody({ request_id: "a4de", output: { task_status: "UNKNOWN" } }, "asked")).toMatchObject({ taskId: "asked", status: "UNKNOWN" });
  });

  it("ignores usage unless the task succeeded", () => {
    expect(parseTaskBody({ output: { task_id: "x", task_status: "RUNNING" }, usage: { duration: 5 } }, "x")?.usage).toBeUndefined();
  });

  it("treats empty code/message strings (SDK style) as absent", () => {
    expect(parseTaskBody({ code: "", output: { task_id: "x", task_status: "PENDING", code: "", message: null } }, "x")).toMatchObject({
      code: undefined,
      message: undefined,
    });
  });

  it.each([[{}], [{ output: { task_id: "x" } }], [{ output: "x" }], [[]]])("returns null for %j", (body) => {
    expect(parseTaskBody(body, "x")).toBeNull();
  });
});

describe("task statuses", () => {
  it.each([
    ["PENDING", "PENDING", false],
    ["running", "RUNNING", false],
    ["SUCCEEDED", "SUCCEEDED", true],
    ["FAILED", "FAILED", true],
    ["CANCELED", "CANCELED", true],
    ["UNKNOWN", "UNKNOWN", true],
    ["SUSPENDED", "UNKNOWN", true],
    [42, "UNKNOWN", true],
  ] as const)("%j → %s (terminal %s)", (raw, status, terminal) => {
    expect(toTaskStatus(raw)).toBe(status);
    expect(isTerminalStatus(toTaskStatus(raw))).toBe(terminal);
  });
});

describe("provider times (UTC+8)", () => {
  const instant = new Date("2026-03-04T05:06:07.089Z");
  it("formats and parses round trip", () => {
    expect(formatProviderTime(instant)).toBe("2026-03-04 13:06:07.089");
    expect(parseProviderTime("2026-03-04 13:06:07.089")?.getTime()).toBe(instant.getTime());
  });
  it("formats the task list's compact form", () => {
    expect(formatListTime(instant)).toBe("20260304130607");
    expect(parseProviderTime("20260304130607")?.toISOString()).toBe("2026-03-04T05:06:07.000Z");
  });
  it.each([
    [1767225600, "2026-01-01T00:00:00.000Z"],
    ["2026-01-01T00:00:00Z", "2026-01-01T00:00:00.000Z"],
  ])("parses %j", (raw, iso) => {
    expect(parseProviderTime(raw)?.toISOString()).toBe(iso);
  });
  it.each([[""], ["garbage"], [null], [-5]])("ignores %j", (raw) => {
    expect(parseProviderTime(raw)).toBeUndefined();
  });
});
