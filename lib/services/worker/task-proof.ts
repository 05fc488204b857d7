// Whether a provider task found in the task list is provably the one a generation's create call
// made. The list rows carry no prompt; the single-task query shows `orig_prompt` once the task has
// finished, and on success the usage tells the size and seconds produced. A task is adopted only
// when all of that matches; while it cannot be told yet, recovery waits for the task to end.
import "server-only";
import { isTerminalStatus, type ListedTask, type TaskResult } from "@/lib/adapters/dashscope";
import type { Generation } from "@/lib/adapters/db/generated/sqlite/client";
import { buildProviderRequest } from "@/lib/rules/models/builders";
import { effectiveParams } from "@/lib/rules/models/effective";
import { srOfTier } from "@/lib/rules/models/sizes";
import type { GenerationRequest, Region } from "@/lib/rules/models/types";

export interface TaskExpectation {
  modelName: string;
  prompt: string;
  /** Exact W*H when the request names one; otherwise the provider derives it from tier and ratio. */
  size?: string;
  tier: number;
  outputSeconds: number;
}

/** "ours": adopt it. "not-ours": never this generation's. "undecided": look again once it ends. */
export type TaskVerdict = "ours" | "not-ours" | "undecided";

export function expectationFor(g: Pick<Generation, "request" | "region">): TaskExpectation {
  const request = g.request as unknown as GenerationRequest;
  const body = buildProviderRequest(request, g.region as Region);
  const params = effectiveParams(request);
  return {
    modelName: body.model,
    prompt: String(body.input.prompt ?? ""),
    size: typeof body.parameters.size === "string" ? body.parameters.size : undefined,
    tier: srOfTier(params.tier),
    outputSeconds: params.outputSeconds,
  };
}

/**
 * Prompts compared as the provider may echo them: Unicode-normalized, whitespace collapsed, and
 * without trailing sentence punctuation (the provider's own examples echo a prompt ending in "'."
 * as ending in "'").
 */
export function normalizePrompt(prompt: string): string {
  return prompt
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.。!！?？…]+$/u, "");
}

export function judgeTask(expected: TaskExpectation, listed: Pick<ListedTask, "modelName">, detail: TaskResult): TaskVerdict {
  if (listed.modelName !== undefined && listed.modelName !== expected.modelName) return "not-ours";
  if (detail.status === "UNKNOWN") return "not-ours";
  if (detail.origPrompt === undefined) {
    // Finished without showing a prompt: it can never be proven, so it is never adopted.
    return isTerminalStatus(detail.status) ? "not-ours" : "undecided";
  }
  if (normalizePrompt(detail.origPrompt) !== normalizePrompt(expected.prompt)) return "not-ours";
  // The same prompt could have been sent with other parameters: those show only once it succeeds.
  if (!isTerminalStatus(detail.status)) return "undecided";
  const usage = detail.usage;
  if (detail.status !== "SUCCEEDED" || !usage) return "ours";
  if (expected.size && usage.size && usage.size !== expected.size) return "not-ours";
  if (usage.sr !== undefined && usage.sr !== expected.tier) return "not-ours";
  if (usage.outputSeconds !== undefined && Math.abs(usage.outputSeconds - expected.outputSeconds) > 0.5) return "not-ours";
  return "ours";
}
