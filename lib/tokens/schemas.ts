import { z } from "zod";

export const createTokenBody = z
  .object({
    name: z
      .string({ message: "name is required." })
      .trim()
      .min(1, "name is required: say what the token is for (e.g. CI pipeline).")
      .max(100, "name must be at most 100 characters."),
  })
  .strict();

export const listTokensQuery = z
  .object({ includeRevoked: z.enum(["true", "false"], { message: "includeRevoked must be true or false." }).optional() })
  .strict();

export type CreateTokenInput = z.infer<typeof createTokenBody>;
