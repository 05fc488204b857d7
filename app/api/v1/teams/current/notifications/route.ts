import { authed } from "@/lib/platform/http/handler";
import { teamNotificationsBody } from "@/lib/services/notifications/schemas";
import { getTeamNotifications, saveTeamNotifications } from "@/lib/services/notifications/settings";

export const GET = authed({ action: "webhook.manage" }, async ({ actor }) => ({ notifications: await getTeamNotifications(actor) }));

export const PUT = authed({ action: "webhook.manage", body: teamNotificationsBody, write: true, outbound: true }, async ({ actor, body }) => ({
  notifications: await saveTeamNotifications(actor, body),
}));
