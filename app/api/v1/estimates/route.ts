import { authed, readJson } from "@/lib/http/handler";
import { estimateForActor } from "@/lib/generations/estimate-service";

export const POST = authed({ action: "generation.view", outbound: true }, async ({ actor, req }) => estimateForActor(actor, await readJson(req)));
