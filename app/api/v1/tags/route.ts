import { authed } from "@/lib/platform/http/handler";
import { listTags } from "@/lib/services/generations/review";

export const GET = authed({ action: "generation.view" }, ({ actor }) => listTags(actor));
