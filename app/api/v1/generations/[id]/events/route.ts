import { authed } from "@/lib/platform/http/handler";
import { listEvents } from "@/lib/services/generations/timeline";

export const GET = authed({ action: "generation.view" }, async ({ actor, params }) => ({ events: await listEvents(actor, params.id) }));
