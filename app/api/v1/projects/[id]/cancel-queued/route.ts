import { authed } from "@/lib/platform/http/handler";
import { cancelQueuedInProject } from "@/lib/services/generations/cancel-queued";

export const POST = authed({ action: "generation.manageOwn", write: true }, async ({ actor, params }) => cancelQueuedInProject(actor, params.id));
