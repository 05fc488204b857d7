import "server-only";
import { z } from "zod";
import { db } from "@/lib/adapters/db/client";
import { AppError, validationFailed } from "@/lib/contracts/errors";
import { hashPassword, passwordProblem, PASSWORD_MAX } from "@/lib/platform/auth/password";
import { hasVisibleCharacter } from "@/lib/rules/text";
import { zodIssues } from "@/lib/contracts/zod-issues";

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Name is required.", abort: true })
    .max(100, "Name must be at most 100 characters.")
    .refine(hasVisibleCharacter, "Name is required."),
  email: z.string().trim().toLowerCase().max(254, "Email must be at most 254 characters.").pipe(z.email("Enter a valid email address.")),
  password: z.string().max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`),
  teamName: z
    .string()
    .trim()
    .min(1, { error: "Team name is required when given.", abort: true })
    .max(100, "Team name must be at most 100 characters.")
    .refine(hasVisibleCharacter, "Team name is required when given.")
    .optional(),
});

export interface CreatedAccount {
  user: { id: string; email: string; name: string };
  teamId: string;
  projectId: string;
}

/** Creates the user, their first team (as owner) and a default project, all or nothing. */
export async function signUp(raw: unknown): Promise<CreatedAccount> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(zodIssues(parsed.error));
  const input = parsed.data;
  const weak = passwordProblem(input.password);
  if (weak) throw validationFailed([{ path: "password", message: weak }]);
  return createAccount({ ...input, passwordHash: await hashPassword(input.password) });
}

export async function createAccount(input: { name: string; email: string; passwordHash: string | null; teamName?: string }): Promise<CreatedAccount> {
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw emailTaken();
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash: input.passwordHash },
        select: { id: true, email: true, name: true },
      });
      const team = await tx.team.create({ data: { name: input.teamName ?? `${input.name}'s team` } });
      await tx.membership.create({ data: { teamId: team.id, userId: user.id, role: "owner" } });
      const project = await tx.project.create({ data: { teamId: team.id, name: "First project" } });
      return { user, teamId: team.id, projectId: project.id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw emailTaken(); // a concurrent sign-up won
    throw error;
  }
}

function emailTaken() {
  return new AppError("conflict", "An account with this email already exists. Sign in instead.", {
    issues: [{ path: "email", message: "An account with this email already exists." }],
  });
}
