// Budgets and prices.
import "server-only";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { Budget } from "@/lib/contracts/budget";
import { OkBody } from "@/lib/contracts/common";
import { createdOrReplaced, ok, operationsOf, pathId } from "@/lib/services/openapi/common";
import { Price } from "@/lib/contracts/price";
import { putBudgetBody } from "@/lib/services/budgets/schemas";
import { putPriceBody } from "@/lib/services/prices/schemas";

const usage = operationsOf("Usage");

export const costPaths: ZodOpenApiPathsObject = {
  "/api/v1/budgets": {
    get: usage.read("The team's monthly budgets with this month's committed spend", ok("Budgets.", z.strictObject({ budgets: z.array(Budget) })), {
      description: "Committed = actual cost of this month's succeeded generations + estimates of those in flight.",
    }),
    put: usage.write("Set a budget (owners and admins)", createdOrReplaced("budget", Budget), {
      description:
        "One budget per scope (the team, or a project) and currency: a second PUT replaces the amount (200), a new one is 201. " +
        "A generation whose estimate would push committed spend over a budget of its project or team (same currency) is refused with 402 budget_exceeded.",
      body: putBudgetBody,
      errors: [404],
    }),
  },
  "/api/v1/budgets/{id}": {
    delete: usage.write("Remove a budget (owners and admins)", ok("Deleted.", OkBody), { params: { path: pathId() }, errors: [404] }),
  },
  "/api/v1/prices": {
    get: usage.read("The team's effective price list", ok("Prices.", z.strictObject({ prices: z.array(Price) })), {
      description:
        "Every offered model, region, tier and audio option, with origin `none` when no price is known (estimates then say price unknown). " +
        "A team's own price beats the instance default, and an exact audio/silent price beats `any`.",
    }),
    put: usage.write("Set the team's own price (owners and admins)", createdOrReplaced("price", Price), {
      description:
        "One team price per model, region, tier and audio: setting it again replaces it (200; new: 201). " +
        "Only estimates made from then on use it; generations already created keep their price.",
      body: putPriceBody,
    }),
  },
  "/api/v1/prices/{id}": {
    delete: usage.write("Remove one of the team's own prices (the override id); the default applies again", ok("Deleted.", OkBody), {
      params: { path: pathId("id", "The override id from GET /api/v1/prices.") },
      errors: [404],
    }),
  },
};
