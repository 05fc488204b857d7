import { authed } from "@/lib/platform/http/handler";
import { listMembers } from "@/lib/services/teams/members";

export const GET = authed({ action: "team.view" }, async ({ actor }) => ({ members: await listMembers(actor) }));
