// Re-encrypts every stored secret (provider keys, webhook signing secrets, Slack webhook URLs, queued
// notification messages) from SECRET_KEY_PREVIOUS to SECRET_KEY. Idempotent: values the new key already opens are left alone.
import "server-only";
import { decryptSecret, encryptSecret } from "@/lib/adapters/crypto/secret-box";
import type { Db } from "@/lib/adapters/db/client";

export interface RotationCounts {
  rotated: number;
  alreadyCurrent: number;
  unreadable: number;
}

export interface RotationReport {
  providerKeys: RotationCounts;
  webhookSecrets: RotationCounts;
  slackWebhooks: RotationCounts;
  notificationMessages: RotationCounts;
}

type Outcome = { kind: "current" } | { kind: "unreadable" } | { kind: "rotate"; box: string };

function reencrypt(box: string, current: string, previous: string): Outcome {
  try {
    decryptSecret(box, current);
    return { kind: "current" };
  } catch {
    // not readable with the new key: try the previous one
  }
  try {
    return { kind: "rotate", box: encryptSecret(decryptSecret(box, previous), current) };
  } catch {
    return { kind: "unreadable" };
  }
}

async function rotateAll(
  rows: { id: string; box: string }[],
  keys: { current: string; previous: string },
  save: (id: string, oldBox: string, newBox: string) => Promise<number>,
): Promise<RotationCounts> {
  const counts: RotationCounts = { rotated: 0, alreadyCurrent: 0, unreadable: 0 };
  for (const row of rows) {
    const outcome = reencrypt(row.box, keys.current, keys.previous);
    if (outcome.kind === "current") counts.alreadyCurrent++;
    else if (outcome.kind === "unreadable") counts.unreadable++;
    // Guarded on the old value: a concurrent save of a new key is never overwritten.
    else if ((await save(row.id, row.box, outcome.box)) === 1) counts.rotated++;
    else counts.alreadyCurrent++;
  }
  return counts;
}

export async function rotateSecrets(database: Db, keys: { current: string; previous: string }): Promise<RotationReport> {
  const credentials = await database.providerCredential.findMany({ select: { id: true, keyCiphertext: true } });
  const providerKeys = await rotateAll(
    credentials.map((c) => ({ id: c.id, box: c.keyCiphertext })),
    keys,
    async (id, oldBox, newBox) =>
      (await database.providerCredential.updateMany({ where: { id, keyCiphertext: oldBox }, data: { keyCiphertext: newBox } })).count,
  );
  const webhooks = await database.webhook.findMany({ select: { id: true, secretCiphertext: true } });
  const webhookSecrets = await rotateAll(
    webhooks.map((w) => ({ id: w.id, box: w.secretCiphertext })),
    keys,
    async (id, oldBox, newBox) => (await database.webhook.updateMany({ where: { id, secretCiphertext: oldBox }, data: { secretCiphertext: newBox } })).count,
  );
  const channels = await database.teamNotificationChannel.findMany({ select: { teamId: true, slackUrlBox: true } });
  const slackWebhooks = await rotateAll(
    channels.map((c) => ({ id: c.teamId, box: c.slackUrlBox })),
    keys,
    async (teamId, oldBox, newBox) =>
      (await database.teamNotificationChannel.updateMany({ where: { teamId, slackUrlBox: oldBox }, data: { slackUrlBox: newBox } })).count,
  );
  const messages = await database.notificationOutbox.findMany({ select: { id: true, messageBox: true } });
  const notificationMessages = await rotateAll(
    messages.map((m) => ({ id: m.id, box: m.messageBox })),
    keys,
    async (id, oldBox, newBox) => (await database.notificationOutbox.updateMany({ where: { id, messageBox: oldBox }, data: { messageBox: newBox } })).count,
  );
  return { providerKeys, webhookSecrets, slackWebhooks, notificationMessages };
}

const LABELS: Record<keyof RotationReport, string> = {
  providerKeys: "Provider keys",
  webhookSecrets: "Webhook secrets",
  slackWebhooks: "Slack webhooks",
  notificationMessages: "Notification messages",
};

/** The report as plain JSON, for the audit log. */
export function rotationAuditData(report: RotationReport): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.entries(report).map(([kind, counts]) => [kind, { ...counts }]));
}

export function unreadableCount(report: RotationReport): number {
  return Object.values(report).reduce((sum, counts) => sum + counts.unreadable, 0);
}

export function formatRotationReport(report: RotationReport): string[] {
  const line = (label: string, c: RotationCounts) =>
    `${label}: ${c.rotated} re-encrypted, ${c.alreadyCurrent} already on the new key, ${c.unreadable} unreadable.`;
  return (Object.keys(LABELS) as (keyof RotationReport)[]).map((kind) => line(LABELS[kind], report[kind]));
}
