import type { Region, ProviderRequest } from "@/lib/rules/models/types";
import { createDashScopeClient, isTerminalStatus, ProviderError, type DashScopeClient, type TaskResult } from "@/lib/adapters/dashscope";
import type { RunningSimulator } from "@/lib/simulator";

export function clientFor(
  sim: RunningSimulator,
  region: Region = "singapore",
  apiKey = "sk-test-key-0001",
  extra: { timeoutMs?: number } = {},
): DashScopeClient {
  return createDashScopeClient({ apiKey, region, baseUrl: sim.baseUrlTemplate, ...extra });
}

export async function pollUntilDone(client: DashScopeClient, taskId: string, timeoutMs = 10_000): Promise<TaskResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await client.getTask(taskId);
    if (isTerminalStatus(result.status)) return result;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${result.status}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** Resolves to the ProviderError a call fails with (fails the test if it succeeds). */
export async function providerErrorOf(call: Promise<unknown>): Promise<ProviderError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

export const t2v = (
  model = "wan2.6-t2v",
  prompt = "A kitten running in the moonlight",
  parameters: Record<string, unknown> = { size: "1280*720", duration: 5 },
): ProviderRequest => ({
  model,
  input: { prompt },
  parameters,
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
