import { authed, readJson } from "@/lib/platform/http/handler";
import { estimateForActor } from "@/lib/services/generations/estimate-service";

export const POST = authed({ action: "generation.view", outbound: true }, async ({ actor, req }) => estimateForActor(actor, await readJson(req)));
