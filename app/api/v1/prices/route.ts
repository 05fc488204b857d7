// GET /api/v1/prices — the team's effective price list (any member).
//   200 → {"prices": [{"model", "modelLabel", "region", "tier": "720P", "audio": "any" | "audio" | "silent",
//          "origin": "team" | "default" | "none",            // whose price applies now; none = unknown
//          "currency": "USD", "pricePerSecond": "0.1", "source", "effectiveFrom",   // null when unknown
//          "override": {"id", "currency", "pricePerSecond", "source", "effectiveFrom", "active"} | null,
//          "default": {"id", "currency", "pricePerSecond", "source", "effectiveFrom"} | null}]}
//   Instance-wide defaults are the public list (or the rows stored for the instance); a team's own
//   price beats them, and an exact audio/silent price beats "any". Every offered model, region and
//   tier is listed, with origin "none" when no price is known (estimates then say "price unknown").
// PUT /api/v1/prices — owners and admins (price.manage): set the team's own price.
//   body {"model", "region", "tier", "audio"?: "any" (default) | "audio" | "silent",
//         "currency"?: "USD" | "CNY" (default: the region's), "pricePerSecond": "0.12",
//         "effectiveFrom"?: ISO date (default now)}
//   One team price per model, region, tier and audio: setting it again replaces it (200; new: 201).
//   → {"price": {…one entry as above…}}. Audited as "price.changed" with the old and new price.
//   Only estimates made from then on use it; generations already created keep their price.
import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { putPriceBody } from "@/lib/services/prices/schemas";
import { listPrices, putPrice } from "@/lib/services/prices/service";

export const GET = authed({ action: "team.view" }, async ({ actor }) => listPrices(actor));

export const PUT = authed({ action: "price.manage", body: putPriceBody, write: true }, async ({ actor, body }) => {
  const { price, created } = await putPrice(actor, body);
  return json({ price }, { status: created ? 201 : 200 });
});
