import { authed } from "@/lib/platform/http/handler";
import { setFavourite } from "@/lib/services/generations/review";

// Idempotent both ways: PUT marks the caller's favourite, DELETE unmarks it.
export const PUT = authed({ action: "generation.favourite", write: true }, ({ actor, params }) => setFavourite(actor, params.id, true));

export const DELETE = authed({ action: "generation.favourite", write: true }, ({ actor, params }) => setFavourite(actor, params.id, false));
