// Recovery adopts a listed provider task only when it is proven to be the generation's own.
import { describe, expect, it } from "vitest";
import type { TaskResult } from "@/lib/adapters/dashscope";
import { expectationFor, judgeTask, normalizePrompt } from "@/lib/services/worker/task-proof";

const request = { projectId: "p", model: "wan2.6-t2v", region: "singapore", prompt: "A lighthouse at dusk.", size: "1280*720", duration: 5 };
const expected = expectationFor({ request, region: "singapore" } as never);
const listed = { modelName: "wan2.6-t2v" };
const usage = { shape: "v26" as const, size: "1280*720", sr: 720, outputSeconds: 5, billedSeconds: 5 };

const task = (over: Partial<TaskResult>): TaskResult => ({
  taskId: "t",
  status: "SUCCEEDED",
  requestId: "r",
  origPrompt: "A lighthouse at dusk.",
  usage,
  ...over,
});

describe("what a generation expects of its task", () => {
  it("comes from the body it sent and the effective parameters", () => {
    expect(expected).toEqual({ modelName: "wan2.6-t2v", prompt: "A lighthouse at dusk.", size: "1280*720", tier: 720, outputSeconds: 5 });
  });

  it("uses the model's default duration and the provider's model name", () => {
    const e = expectationFor({
      request: { projectId: "p", model: "wan2.1-t2v-turbo", region: "beijing", prompt: "x", size: "1280*720" },
      region: "beijing",
    } as never);
    expect(e).toMatchObject({ modelName: "wanx2.1-t2v-turbo", outputSeconds: 5, tier: 720 });
  });
});

describe("judgeTask", () => {
  it.each([
    ["a finished task with the same prompt, size and seconds", task({}), "ours"],
    ["the echo without the final period", task({ origPrompt: "A lighthouse at dusk" }), "ours"],
    ["the echo with other whitespace", task({ origPrompt: "  A lighthouse   at dusk. " }), "ours"],
    ["a failed task with the same prompt (nothing else will ever show)", task({ status: "FAILED", usage: undefined }), "ours"],
    ["another prompt", task({ origPrompt: "A forest at dawn." }), "not-ours"],
    ["the same prompt at another size", task({ usage: { ...usage, size: "720*1280" } }), "not-ours"],
    ["the same prompt at another tier", task({ usage: { ...usage, size: undefined, sr: 1080 } }), "not-ours"],
    ["the same prompt for other seconds", task({ usage: { ...usage, outputSeconds: 10 } }), "not-ours"],
    ["a running task without a prompt yet", task({ status: "RUNNING", origPrompt: undefined, usage: undefined }), "undecided"],
    ["a pending task without a prompt yet", task({ status: "PENDING", origPrompt: undefined, usage: undefined }), "undecided"],
    ["a running task with the same prompt (size and seconds still unknown)", task({ status: "RUNNING", usage: undefined }), "undecided"],
    ["a running task with another prompt", task({ status: "RUNNING", origPrompt: "A forest at dawn.", usage: undefined }), "not-ours"],
    ["a finished task that never shows a prompt", task({ origPrompt: undefined }), "not-ours"],
    ["a failed task that never shows a prompt", task({ status: "FAILED", origPrompt: undefined, usage: undefined }), "not-ours"],
    ["an expired task", task({ status: "UNKNOWN", origPrompt: undefined, usage: undefined }), "not-ours"],
  ] as const)("%s → %s", (_label, detail, verdict) => {
    expect(judgeTask(expected, listed, detail)).toBe(verdict);
  });

  it("rejects a task of another model whatever its prompt", () => {
    expect(judgeTask(expected, { modelName: "wan2.5-t2v-preview" }, task({}))).toBe("not-ours");
  });

  it("never treats two different prompts as one", () => {
    expect(normalizePrompt("Fleet clip 1")).not.toBe(normalizePrompt("Fleet clip 10"));
    expect(normalizePrompt("A cat!")).toBe(normalizePrompt("A cat"));
  });
});
