import { authed } from "@/lib/http/handler";
import { listMembers } from "@/lib/teams/members";

export const GET = authed({ action: "team.view" }, async ({ actor }) => ({ members: await listMembers(actor) }));
