// The answer to `POST {base}/tasks/{task_id}/cancel`: `200 {request_id}` when the task was PENDING and
// is now canceled; any other state is `400 UnsupportedOperation` (read by the client as `not_pending`).
import "server-only";
import { z } from "zod";
import { optionalText } from "@/lib/adapters/dashscope/parse";

export type CancelTaskResult = { outcome: "canceled"; requestId: string } | { outcome: "not_pending"; requestId: string };

// Strictly the documented body, but extra fields are ignored like everywhere else: an error body
// (a `code`) on a 2xx is not a success.
const cancelBodySchema = z.object({ request_id: optionalText, code: z.undefined().optional() });

/** Returns null when a 2xx body is not a cancel answer. */
export function parseCancelBody(body: unknown): CancelTaskResult | null {
  const parsed = cancelBodySchema.safeParse(body);
  if (!parsed.success || !parsed.data.request_id) return null;
  return { outcome: "canceled", requestId: parsed.data.request_id };
}
