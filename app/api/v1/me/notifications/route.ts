import { authed } from "@/lib/platform/http/handler";
import { preferencesBody } from "@/lib/services/notifications/schemas";
import { getPreferences, savePreferences } from "@/lib/services/notifications/settings";

export const GET = authed({ action: "team.view" }, async ({ actor }) => ({ preferences: await getPreferences(actor) }));

export const PUT = authed({ action: "team.view", body: preferencesBody, write: true }, async ({ actor, body }) => ({
  preferences: await savePreferences(actor, body),
}));
