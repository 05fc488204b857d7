import "server-only";
import { z } from "zod";
import { hasVisibleCharacter } from "@/lib/rules/text";

export const createTokenBody = z
  .object({
    name: z
      .string({ message: "name is required." })
      .trim()
      .min(1, { error: "name is required: say what the token is for (e.g. CI pipeline).", abort: true })
      .max(100, "name must be at most 100 characters.")
      .refine(hasVisibleCharacter, "name is required: say what the token is for (e.g. CI pipeline)."),
  })
  .strict();

export const listTokensQuery = z
  .object({ includeRevoked: z.enum(["true", "false"], { message: "includeRevoked must be true or false." }).optional() })
  .strict();

export type CreateTokenInput = z.infer<typeof createTokenBody>;
