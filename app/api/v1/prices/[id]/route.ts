import { authed } from "@/lib/platform/http/handler";
import { deletePrice } from "@/lib/services/prices/service";

export const DELETE = authed({ action: "price.manage", write: true }, async ({ actor, params }) => deletePrice(actor, params.id));
