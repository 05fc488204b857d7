import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { putPriceBody } from "@/lib/services/prices/schemas";
import { listPrices, putPrice } from "@/lib/services/prices/service";

export const GET = authed({ action: "team.view" }, async ({ actor }) => listPrices(actor));

export const PUT = authed({ action: "price.manage", body: putPriceBody, write: true }, async ({ actor, body }) => {
  const { price, created } = await putPrice(actor, body);
  return json({ price }, { status: created ? 201 : 200 });
});
