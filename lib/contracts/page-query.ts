// Query parameters shared by the paged lists. Pure zod: client-safe.
import { z } from "zod";

/** `limit`: how many items a page holds, a whole number from 1 to `max`, 50 when absent. */
export const pageLimit = (max: number) =>
  z.coerce
    .number({ message: `limit must be a number from 1 to ${max}.` })
    .int()
    .min(1, "limit must be at least 1.")
    .max(max, `limit must be at most ${max}.`)
    .default(50);
