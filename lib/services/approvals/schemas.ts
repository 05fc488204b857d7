// Request body of POST /api/v1/generations/{id}/reject.
import "server-only";
import { z } from "zod";

export const rejectBody = z
  .object({
    reason: z
      .string({ message: "reason is required: tell the member why their request was rejected." })
      .trim()
      .min(1, "reason is required: tell the member why their request was rejected.")
      .max(1000, "reason must be at most 1000 characters."),
  })
  .strict();
