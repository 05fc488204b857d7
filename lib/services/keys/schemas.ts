// Request bodies of the provider-key routes (also used by the OpenAPI description).
import "server-only";
import { z } from "zod";
import { REGIONS } from "@/lib/rules/models/types";

export const regionSchema = z.enum(REGIONS, { message: `region must be one of ${REGIONS.join(", ")}.` });

export const saveKeyBody = z
  .object({
    region: regionSchema,
    apiKey: z
      .string({ message: "apiKey is required." })
      .trim()
      .min(8, "apiKey is too short to be a DashScope API key.")
      .max(256, "apiKey must be at most 256 characters.")
      .refine((v) => !/\s/.test(v), "apiKey must not contain spaces or line breaks."),
    workspaceId: z
      .string()
      .trim()
      .max(100, "workspaceId must be at most 100 characters.")
      .regex(/^[A-Za-z0-9_-]*$/, "workspaceId may contain only letters, digits, '-' and '_'.")
      .optional()
      .transform((v) => (v ? v : undefined)),
    baseUrl: z
      .string()
      .trim()
      .max(500, "baseUrl must be at most 500 characters.")
      .optional()
      .transform((v) => (v ? v.replace(/\/+$/, "") : undefined)),
  })
  .strict();

export type SaveKeyInput = z.infer<typeof saveKeyBody>;
