// Every action the app records in the audit trail, with the words the audit log shows for it
// (pure; server and client). recordAudit accepts only these actions, so a new one needs a label.

export const AUDIT_ACTION_LABELS = {
  "auth.signin_failed": "Sign-in failed",
  "auth.signin_throttled": "Sign-in blocked after repeated failures",
  "team.created": "Team created",
  "team.renamed": "Team renamed",
  "team.deleted": "Team deleted",
  "member.joined": "Member joined",
  "member.left": "Member left",
  "member.removed": "Member removed",
  "member.role_changed": "Member's role changed",
  "invitation.created": "Invitation created",
  "invitation.revoked": "Invitation revoked",
  "project.created": "Project created",
  "project.renamed": "Project renamed",
  "project.archived": "Project archived",
  "project.restored": "Project restored",
  "project.priority_changed": "Project priority changed",
  "generation.deleted": "Generation deleted",
  "generation.canceled": "Generation canceled",
  "generation.cancel_requested": "Generation cancel requested",
  "generation.edited": "Queued generation edited",
  "generation.reviewed": "Generation reviewed",
  "generation.tagged": "Generation's tags changed",
  "share.created": "Share link created",
  "share.revoked": "Share link revoked",
  "key.saved": "Provider key saved",
  "key.deleted": "Provider key removed",
  "keys.rotated": "Stored secrets re-encrypted with a new key",
  "token.created": "API token created",
  "token.revoked": "API token revoked",
  "webhook.created": "Webhook created",
  "webhook.updated": "Webhook changed",
  "webhook.secret_rotated": "Webhook secret rotated",
  "webhook.deleted": "Webhook deleted",
  "webhook.delivery_resent": "Webhook delivery sent again",
  "notifications.slack_saved": "Slack notifications set",
  "notifications.slack_removed": "Slack notifications removed",
  "budget.changed": "Budget set",
  "budget.deleted": "Budget removed",
  "price.changed": "Price set",
  "price.deleted": "Price removed",
  "quota.changed": "Member quota set",
  "quota.deleted": "Member quota removed",
  "approval.policy_changed": "Approval policy changed",
  "approval.approved": "Generation approved",
  "approval.rejected": "Generation rejected",
  "user.password_reset_cli": "Password reset from the command line",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** The groups of the log's action filter (the part of an action before the dot). */
export const AUDIT_CATEGORY_LABELS: Record<string, string> = {
  auth: "Sign-in",
  team: "Team",
  member: "Members",
  invitation: "Invitations",
  project: "Projects",
  generation: "Generations",
  share: "Share links",
  key: "Provider keys",
  keys: "Encryption keys",
  token: "API tokens",
  webhook: "Webhooks",
  notifications: "Notifications",
  budget: "Budgets",
  price: "Prices",
  quota: "Quotas",
  approval: "Approvals",
  user: "Users",
};

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  user: "Member",
  email: "Email",
  team: "Team",
  invitation: "Invitation",
  project: "Project",
  generation: "Generation",
  provider_key: "Provider key",
  token: "API token",
  webhook: "Webhook",
  webhook_delivery: "Webhook delivery",
  budget: "Budget",
  price: "Price",
  member_quota: "Member quota",
  approval_policy: "Approval policy",
};

const sentence = (code: string) => {
  const words = code.replace(/[._]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The label of an action; an action this version does not know (a newer server) reads as words. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? sentence(action);
}

export function auditTargetLabel(targetType: string): string {
  return AUDIT_TARGET_LABELS[targetType] ?? sentence(targetType);
}

const ID_KEY = /(^id|Id|Key)$/;
const words = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/\b(url|ip)\b/g, (w) => w.toUpperCase());

function detailValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(detailValue).join(", ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !ID_KEY.test(k))
      .map(([k, v]) => `${words(k)} ${detailValue(v)}`)
      .join(", ");
  }
  return String(value);
}

/** An entry's data in words, without the ids (the target and actor columns name those). */
export function auditDetails(data: unknown): string {
  if (data === null || data === undefined) return "";
  if (typeof data !== "object" || Array.isArray(data)) return detailValue(data);
  return Object.entries(data as Record<string, unknown>)
    .filter(([key]) => !ID_KEY.test(key))
    .map(([key, value]) => `${words(key).replace(/^./, (c) => c.toUpperCase())}: ${detailValue(value)}`)
    .join(" · ");
}
