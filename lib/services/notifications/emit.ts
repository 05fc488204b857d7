// The events that notify people. Each builds its message and queues it in the outbox (one insert
// per recipient and channel, after the work that caused it has committed); none ever throws.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { smtpConfigured } from "@/lib/adapters/mail/smtp";
import { STATUS } from "@/lib/rules/generation-status";
import { addToOutbox, rowsFor, safely } from "@/lib/services/notifications/outbox";
import { budgetWarnings } from "@/lib/services/budgets/warnings";

/** Provider error codes (or kinds) that mean the key itself no longer works. */
export const KEY_FAILURE_CODES: ReadonlySet<string> = new Set(["InvalidApiKey", "auth", "Arrearage", "arrearage"]);

const titleOf = (prompt: string) => (prompt.length > 60 ? `${prompt.slice(0, 59)}…` : prompt);
const link = (path: string) => `${env().APP_URL}${path}`;

async function adminIds(teamId: string, except?: string): Promise<string[]> {
  const rows = await db().membership.findMany({ where: { teamId, role: { in: ["owner", "admin"] } }, select: { userId: true } });
  return rows.map((r) => r.userId).filter((id) => id !== except);
}

async function generationFacts(generationId: string) {
  return db().generation.findUnique({
    where: { id: generationId },
    select: {
      id: true,
      teamId: true,
      creatorId: true,
      prompt: true,
      model: true,
      region: true,
      status: true,
      errorMessage: true,
      errorCode: true,
      keySource: true,
      credentialId: true,
      project: { select: { name: true } },
      team: { select: { name: true } },
    },
  });
}

/** A generation reached a terminal status: tell its creator (and the team's channel); then the key and budget checks. */
export async function notifyGenerationFinished(generationId: string): Promise<void> {
  await safely("generation finished", async () => {
    const g = await generationFacts(generationId);
    if (!g || g.status === STATUS.canceled) return;
    const succeeded = g.status === STATUS.succeeded;
    const event = succeeded ? "generation.succeeded" : "generation.failed";
    const what = `"${titleOf(g.prompt)}" (${g.model}, project ${g.project.name})`;
    const message = succeeded
      ? { subject: `Your video is ready: ${titleOf(g.prompt)}`, text: `The generation ${what} succeeded.\n\nWatch it: ${link(`/generations/${g.id}`)}` }
      : {
          subject: `Your generation ${g.status}: ${titleOf(g.prompt)}`,
          text: `The generation ${what} ${g.status}.${g.errorMessage ? `\n\n${g.errorMessage}` : ""}\n\nDetails: ${link(`/generations/${g.id}`)}`,
        };
    await addToOutbox(await rowsFor({ teamId: g.teamId, event, key: g.id, userIds: [g.creatorId], message }));
    if (!succeeded && g.errorCode && KEY_FAILURE_CODES.has(g.errorCode) && g.keySource === "team" && g.credentialId) {
      await notifyKeyFailed({ teamId: g.teamId, credentialId: g.credentialId });
    }
    if (succeeded) await notifyBudgetThresholds(g.teamId);
  });
}

/** A team key was refused by the provider: admins hear of it once per saved key. */
export async function notifyKeyFailed(input: { teamId: string; credentialId: string }): Promise<void> {
  await safely("key failed", async () => {
    const key = await db().providerCredential.findFirst({
      where: { id: input.credentialId, teamId: input.teamId },
      select: { region: true, keyLast4: true, updatedAt: true },
    });
    if (!key) return;
    const message = {
      subject: `A DashScope key stopped working (${key.region})`,
      text: `DashScope refused the team's ${key.region} key ending in ${key.keyLast4}; generations in ${key.region} fail until an admin saves a working key.\n\nProvider keys: ${link("/settings/keys")}`,
    };
    const userIds = await adminIds(input.teamId);
    await addToOutbox(await rowsFor({ teamId: input.teamId, event: "key.failed", key: `${input.credentialId}:${key.updatedAt.getTime()}`, userIds, message }));
  });
}

/** Budgets that crossed 80 % or 100 % this month: admins hear of each threshold once per budget and month. */
export async function notifyBudgetThresholds(teamId: string): Promise<void> {
  await safely("budget thresholds", async () => {
    const warnings = await budgetWarnings(teamId);
    if (warnings.length === 0) return;
    const userIds = await adminIds(teamId);
    for (const b of warnings) {
      const scope = b.scope === "team" ? "the team's budget" : `the budget of project ${b.projectName}`;
      const levels = b.level === "exceeded" ? (["budget.warning", "budget.exceeded"] as const) : (["budget.warning"] as const);
      for (const event of levels) {
        const exceeded = event === "budget.exceeded";
        const message = {
          subject: exceeded ? `Budget used up: ${b.projectName ?? "team"} (${b.month})` : `Budget at 80 %: ${b.projectName ?? "team"} (${b.month})`,
          text: `${b.committed} of ${b.amount} ${b.currency} of ${scope} is committed in ${b.month} (${b.percentUsed} %).${exceeded ? " New generations it covers are refused." : ""}\n\nBudgets: ${link("/settings/budgets")}`,
        };
        await addToOutbox(await rowsFor({ teamId, event, key: `${b.id}:${b.month}`, userIds, message }));
      }
    }
  });
}

/** A generation waits for approval: the team's admins (except its creator) are asked. */
export async function notifyApprovalRequested(input: { generationId: string; reasons?: string[] }): Promise<void> {
  await safely("approval requested", async () => {
    const g = await generationFacts(input.generationId);
    if (!g) return;
    const message = {
      subject: `Approval requested: ${titleOf(g.prompt)}`,
      text: `A generation in project ${g.project.name} (${g.model}) waits for approval.${input.reasons?.length ? `\n\n${input.reasons.join("\n")}` : ""}\n\nReview it: ${link(`/generations/${g.id}`)}`,
    };
    await addToOutbox(await rowsFor({ teamId: g.teamId, event: "approval.requested", key: g.id, userIds: await adminIds(g.teamId, g.creatorId), message }));
  });
}

/** An admin approved or rejected a generation: its creator hears the decision. */
export async function notifyApprovalDecided(input: { generationId: string; decision: "approved" | "rejected"; reason?: string | null }): Promise<void> {
  await safely("approval decided", async () => {
    const g = await generationFacts(input.generationId);
    if (!g) return;
    const message = {
      subject: `Generation ${input.decision}: ${titleOf(g.prompt)}`,
      text: `Your generation in project ${g.project.name} was ${input.decision}${input.reason ? `: ${input.reason}` : "."}\n\n${link(`/generations/${g.id}`)}`,
    };
    await addToOutbox(await rowsFor({ teamId: g.teamId, event: "approval.decided", key: `${g.id}:${input.decision}`, userIds: [g.creatorId], message }));
  });
}

/** An invitation with an email address is also sent by email (when SMTP is configured). */
export async function notifyInvitation(input: {
  invitationId: string;
  teamId: string;
  email: string | null;
  url: string;
  role: string;
  inviterName: string;
}): Promise<void> {
  if (!input.email || !smtpConfigured()) return;
  const email = input.email;
  await safely("invitation", async () => {
    const team = await db().team.findUnique({ where: { id: input.teamId }, select: { name: true } });
    const message = {
      subject: `${input.inviterName} invited you to ${team?.name ?? "a team"} on Reelroom`,
      text: `${input.inviterName} invited you to join the team ${team?.name ?? ""} on Reelroom as ${input.role}.\n\nAccept the invitation: ${input.url}\n\nIf you did not expect this, ignore this email.`,
    };
    await addToOutbox([
      { teamId: input.teamId, channel: "email", event: "invitation", dedupeKey: `invitation:${input.invitationId}`, recipient: email, message },
    ]);
  });
}
