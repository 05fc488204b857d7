// Budgets and prices.
import "server-only";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { Budget } from "@/lib/contracts/budget";
import { OkBody } from "@/lib/contracts/common";
import { errors, jsonBody, ok, pathId, READ_ERRORS, WRITE_ERRORS } from "@/lib/services/openapi/common";
import { Price } from "@/lib/contracts/price";
import { putBudgetBody } from "@/lib/services/budgets/schemas";
import { putPriceBody } from "@/lib/services/prices/schemas";

export const costPaths: ZodOpenApiPathsObject = {
  "/api/v1/budgets": {
    get: {
      tags: ["Usage"],
      summary: "The team's monthly budgets with this month's committed spend",
      description: "Committed = actual cost of this month's succeeded generations + estimates of those in flight.",
      responses: { ...ok("Budgets.", z.strictObject({ budgets: z.array(Budget) })), ...errors(...READ_ERRORS) },
    },
    put: {
      tags: ["Usage"],
      summary: "Set a budget (owners and admins)",
      description:
        "One budget per scope (the team, or a project) and currency: a second PUT replaces the amount (200), a new one is 201. " +
        "A generation whose estimate would push committed spend over a budget of its project or team (same currency) is refused with 402 budget_exceeded.",
      requestBody: jsonBody(putBudgetBody),
      responses: {
        ...ok("Created.", z.strictObject({ budget: Budget }), 201),
        ...ok("Replaced.", z.strictObject({ budget: Budget })),
        ...errors(...WRITE_ERRORS, 404),
      },
    },
  },
  "/api/v1/budgets/{id}": {
    delete: {
      tags: ["Usage"],
      summary: "Remove a budget (owners and admins)",
      requestParams: { path: pathId() },
      responses: { ...ok("Deleted.", OkBody), ...errors(...WRITE_ERRORS, 404) },
    },
  },
  "/api/v1/prices": {
    get: {
      tags: ["Usage"],
      summary: "The team's effective price list",
      description:
        "Every offered model, region, tier and audio option, with origin `none` when no price is known (estimates then say price unknown). " +
        "A team's own price beats the instance default, and an exact audio/silent price beats `any`.",
      responses: { ...ok("Prices.", z.strictObject({ prices: z.array(Price) })), ...errors(...READ_ERRORS) },
    },
    put: {
      tags: ["Usage"],
      summary: "Set the team's own price (owners and admins)",
      description:
        "One team price per model, region, tier and audio: setting it again replaces it (200; new: 201). " +
        "Only estimates made from then on use it; generations already created keep their price.",
      requestBody: jsonBody(putPriceBody),
      responses: {
        ...ok("Created.", z.strictObject({ price: Price }), 201),
        ...ok("Replaced.", z.strictObject({ price: Price })),
        ...errors(...WRITE_ERRORS),
      },
    },
  },
  "/api/v1/prices/{id}": {
    delete: {
      tags: ["Usage"],
      summary: "Remove one of the team's own prices (the override id); the default applies again",
      requestParams: { path: pathId("id", "The override id from GET /api/v1/prices.") },
      responses: { ...ok("Deleted.", OkBody), ...errors(...WRITE_ERRORS, 404) },
    },
  },
};
