// Models, estimates, generations, their videos, and usage reports (docs/api.md).
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { listQuery } from "@/lib/services/generations/queries";
import { generationRequestShape } from "@/lib/rules/models/schema";
import { errors, jsonBody, ok, OkBody, pathId, READ_ERRORS, WRITE_ERRORS } from "@/lib/contracts/openapi/common";
import { CostEstimate, Generation, GenerationPage, ModelCatalog, UsageReport } from "@/lib/contracts/openapi/resources";

const GenerationRequest = generationRequestShape.meta({
  id: "GenerationRequest",
  description: "camelCase; only the fields the chosen model takes may be sent (any other is a 422 naming the field and the models that take it).",
});

const usageQuery = z.object({
  from: z.string().optional().meta({ description: "ISO date (inclusive)." }),
  to: z.string().optional().meta({ description: "ISO date (inclusive)." }),
  groupBy: z.enum(["project", "user", "model", "region", "day", "month"]).optional(),
});

const binary = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string().meta({ format: "binary" }) } } });

export const generationPaths: ZodOpenApiPathsObject = {
  "/api/v1/models": {
    get: { tags: ["Generations"], summary: "The model catalog", security: [], responses: ok("The catalog.", ModelCatalog) },
  },
  "/api/v1/estimates": {
    post: {
      tags: ["Generations"],
      summary: "Cost breakdown of a request, without creating anything",
      description:
        "An invalid body is a 422 whose `error.details.estimate` still holds the breakdown of the valid parts " +
        "(the Estimate fields, null where a field named in `issues` decides the figure). `warnings` name references " +
        "whose URL extension does not say what the file is (wan2.6 sends no type), with the estimate either way. " +
        "Without a known price, `missingPrice` names the model, region and tier, links to its price settings (`settingsUrl`) " +
        "and says whether the caller may set it (`canSet`) or who can (`setBy`); a budget then refuses the submit (402 price_unknown).",
      requestBody: jsonBody(GenerationRequest),
      responses: { ...ok("The estimate.", z.looseObject({ estimate: CostEstimate })), ...errors(400, 401, 403, 404, 422) },
    },
  },
  "/api/v1/generations": {
    get: {
      tags: ["Generations"],
      summary: "List generations, newest first",
      requestParams: { query: listQuery },
      responses: { ...ok("A page.", GenerationPage), ...errors(...READ_ERRORS, 422) },
    },
    post: {
      tags: ["Generations"],
      summary: "Create a generation",
      description:
        "The same Idempotency-Key with the same body returns the same generation (200) and never a second provider task; with a different body it is a 409.",
      requestParams: { header: z.object({ "idempotency-key": z.string().max(200).optional().meta({ description: "Any string of at most 200 characters." }) }) },
      requestBody: jsonBody(GenerationRequest),
      responses: {
        ...ok("Created.", z.object({ generation: Generation }), 201),
        ...ok("Replayed by Idempotency-Key.", z.object({ generation: Generation })),
        ...errors(...WRITE_ERRORS, 402, 404, 409, 502, 503),
      },
    },
  },
  "/api/v1/generations/{id}": {
    get: {
      tags: ["Generations"],
      summary: "One generation",
      requestParams: { path: pathId() },
      responses: { ...ok("The generation.", z.object({ generation: Generation })), ...errors(...READ_ERRORS, 404) },
    },
    patch: {
      tags: ["Generations"],
      summary: "Move a generation to another project",
      requestParams: { path: pathId() },
      requestBody: jsonBody(z.object({ projectId: z.string() }).strict()),
      responses: { ...ok("Moved.", z.object({ generation: Generation })), ...errors(...WRITE_ERRORS, 404) },
    },
    delete: {
      tags: ["Generations"],
      summary: "Delete a generation and its video",
      requestParams: { path: pathId() },
      responses: { ...ok("Deleted.", OkBody), ...errors(...WRITE_ERRORS, 404) },
    },
  },
  "/api/v1/generations/{id}/video": {
    get: {
      tags: ["Generations"],
      summary: "The archived MP4 (supports Range)",
      requestParams: { path: pathId(), header: z.object({ range: z.string().optional().meta({ description: "e.g. bytes=0-1023" }) }) },
      responses: { "200": binary("video/mp4", "The whole video."), "206": binary("video/mp4", "The requested range."), ...errors(...READ_ERRORS, 404) },
    },
  },
  "/api/v1/usage": {
    get: {
      tags: ["Usage"],
      summary: "Usage and cost report",
      requestParams: { query: usageQuery },
      responses: { ...ok("The report.", UsageReport), ...errors(...READ_ERRORS, 422) },
    },
  },
  "/api/v1/usage.csv": {
    get: {
      tags: ["Usage"],
      summary: "The usage report as CSV",
      requestParams: { query: usageQuery },
      responses: { "200": { description: "RFC 4180 CSV.", content: { "text/csv": { schema: z.string() } } }, ...errors(...READ_ERRORS, 422) },
    },
  },
};
