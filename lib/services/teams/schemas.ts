import "server-only";
import { z } from "zod";
import { hasVisibleCharacter } from "@/lib/rules/text";
import { ROLES } from "@/lib/rules/permissions";
import { PROJECT_PRIORITIES } from "@/lib/rules/queue-order";

export const nameSchema = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} is required.`, abort: true })
    .max(100, `${what} must be at most 100 characters.`)
    .refine(hasVisibleCharacter, `${what} is required.`);

export const teamNameBody = z.object({ name: nameSchema("Team name") }).strict();
export const switchTeamBody = z.object({ teamId: z.string().min(1).max(64) }).strict();
export const roleBody = z.object({ role: z.enum(ROLES, { message: `role must be one of ${ROLES.join(", ")}.` }) }).strict();
export const invitationBody = z
  .object({
    role: z.enum(ROLES, { message: `role must be one of ${ROLES.join(", ")}.` }).default("member"),
    email: z.email("Enter a valid email address.").max(254).optional(),
    expiresInDays: z.number().int().min(1).max(30).default(7),
  })
  .strict();
export const acceptBody = z.object({ token: z.string().min(10).max(200) }).strict();
export const projectBody = z.object({ name: nameSchema("Project name") }).strict();
export const projectPatchBody = z
  .object({
    name: nameSchema("Project name").optional(),
    archived: z.boolean().optional(),
    priority: z
      .enum(PROJECT_PRIORITIES, { message: `priority must be one of ${PROJECT_PRIORITIES.join(", ")}.` })
      .optional()
      .meta({ description: "Dispatch order of the project's queued generations (admins only)." }),
  })
  .strict()
  .refine((v) => v.name !== undefined || v.archived !== undefined || v.priority !== undefined, { message: "Send name, archived or priority." });
