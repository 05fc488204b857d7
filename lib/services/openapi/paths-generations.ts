// Models, estimates, generations, their videos, timelines and share links, and usage reports (docs/api.md).
import "server-only";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { OkBody } from "@/lib/contracts/common";
import { EstimateAnswer } from "@/lib/contracts/estimate";
import { Generation, GenerationEnvelope, GenerationEvent, GenerationPage, getGenerationQuery, ShareLink } from "@/lib/contracts/generation";
import { SimulatorSamples, Upload } from "@/lib/contracts/instance";
import { ModelCatalog } from "@/lib/contracts/model";
import { errors, jsonBody, ok, pathId, READ_ERRORS, WRITE_ERRORS } from "@/lib/services/openapi/common";
import { GROUP_BYS, UsageReport } from "@/lib/contracts/usage";
import { generationRequestShape } from "@/lib/rules/models/schema";
import { listQuery } from "@/lib/services/generations/queries";

const GenerationRequest = generationRequestShape.meta({
  id: "GenerationRequest",
  description: "camelCase; only the fields the chosen model takes may be sent (any other is a 422 naming the field and the models that take it).",
});

const usageQuery = z.object({
  from: z.string().optional().meta({ description: "UTC calendar day, YYYY-MM-DD (inclusive); default: the first of this month." }),
  to: z.string().optional().meta({ description: "UTC calendar day, YYYY-MM-DD (inclusive); default: today. At most 1100 days after from." }),
  groupBy: z.enum(GROUP_BYS).optional().meta({ description: "Default day." }),
  projectId: z.string().optional().meta({ description: "Only this project's generations (404 when not one of the team's)." }),
});

const binary = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string().meta({ format: "binary" }) } } });
const video = { "200": binary("video/mp4", "The whole video."), "206": binary("video/mp4", "The requested range.") };

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
      responses: { ...ok("The estimate.", EstimateAnswer), ...errors(400, 401, 403, 404, 422, 429) },
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
        ...ok("Created.", GenerationEnvelope, 201),
        ...ok("Replayed by Idempotency-Key.", GenerationEnvelope),
        ...errors(...WRITE_ERRORS, 402, 404, 409, 502, 503),
      },
    },
  },
  "/api/v1/generations/{id}": {
    get: {
      tags: ["Generations"],
      summary: "One generation",
      description: 'The bare Generation resource; with `envelope=generation` (deprecated) the earlier answer `{"generation": {…}}`.',
      requestParams: { path: pathId(), query: getGenerationQuery },
      responses: { ...ok("The generation.", z.union([Generation, GenerationEnvelope])), ...errors(...READ_ERRORS, 404) },
    },
    patch: {
      tags: ["Generations"],
      summary: "Move a generation to another project",
      requestParams: { path: pathId() },
      requestBody: jsonBody(z.object({ projectId: z.string() }).strict()),
      responses: { ...ok("Moved.", GenerationEnvelope), ...errors(...WRITE_ERRORS, 404) },
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
      summary: "The archived MP4 (supports Range; `download=1` as an attachment)",
      requestParams: { path: pathId(), header: z.object({ range: z.string().optional().meta({ description: "e.g. bytes=0-1023" }) }) },
      responses: { ...video, ...errors(...READ_ERRORS, 404) },
    },
  },
  "/api/v1/generations/{id}/events": {
    get: {
      tags: ["Generations"],
      summary: "The generation's timeline, oldest first",
      requestParams: { path: pathId() },
      responses: { ...ok("The events.", z.strictObject({ events: z.array(GenerationEvent) })), ...errors(...READ_ERRORS, 404) },
    },
  },
  "/api/v1/generations/{id}/share": {
    get: {
      tags: ["Generations"],
      summary: "The generation's open share links",
      requestParams: { path: pathId() },
      responses: { ...ok("The links.", z.strictObject({ shares: z.array(ShareLink) })), ...errors(...READ_ERRORS, 404) },
    },
    post: {
      tags: ["Generations"],
      summary: "Create a public link to the video",
      requestParams: { path: pathId() },
      requestBody: jsonBody(z.object({ expiresInDays: z.number().int().min(1).max(365).nullable().optional() }).strict()),
      responses: { ...ok("Created.", z.strictObject({ share: ShareLink }), 201), ...errors(...WRITE_ERRORS, 404, 409) },
    },
    delete: {
      tags: ["Generations"],
      summary: "Revoke a share link",
      requestParams: { path: pathId(), query: z.object({ shareId: z.string() }) },
      responses: { ...ok("Revoked.", OkBody), ...errors(...WRITE_ERRORS, 404) },
    },
  },
  "/api/v1/shares/{token}/video": {
    get: {
      tags: ["Generations"],
      summary: "The video behind a share link (public; supports Range)",
      security: [],
      requestParams: { path: pathId("token", "The token of the share link.") },
      responses: { ...video, ...errors(404) },
    },
  },
  "/api/v1/uploads": {
    post: {
      tags: ["Generations"],
      summary: "Upload a reference file (the raw bytes; Content-Type: its media type; ?name=original file name)",
      requestParams: { query: z.object({ name: z.string().optional() }) },
      requestBody: { required: true, content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } } },
      responses: { ...ok("Stored.", z.strictObject({ upload: Upload }), 201), ...errors(400, 401, 403, 413, 422, 429) },
    },
  },
  "/api/v1/uploads/{id}/file": {
    get: {
      tags: ["Generations"],
      summary: "An uploaded file, by its signed URL (public, for the provider)",
      security: [],
      requestParams: { path: pathId(), query: z.object({ sig: z.string() }) },
      responses: { "200": binary("application/octet-stream", "The file."), "206": binary("application/octet-stream", "The requested range."), ...errors(404) },
    },
  },
  "/api/v1/simulator/samples": {
    get: {
      tags: ["Instance"],
      summary: "Demo mode only: sample reference files served by the simulator",
      responses: { ...ok("The samples (none when the simulator is off).", SimulatorSamples), ...errors(...READ_ERRORS) },
    },
  },
  "/api/v1/usage": {
    get: {
      tags: ["Usage"],
      summary: "Usage and cost report",
      description:
        "Owners and admins see every generation of the team; members and viewers only their own (`scope: own`). Day and month rows are in time order " +
        "(only buckets with generations); the others by committed amount, largest first, within each currency.",
      requestParams: { query: usageQuery },
      responses: { ...ok("The report.", UsageReport), ...errors(...READ_ERRORS, 404, 422) },
    },
  },
  "/api/v1/usage.csv": {
    get: {
      tags: ["Usage"],
      summary: "The usage report as CSV",
      description:
        "The rows of GET /api/v1/usage (same query, same permissions). RFC 4180 with a header row: from, to, group_by, key, label, currency, generations, " +
        "succeeded, failed, canceled, expired, in_flight, billed_seconds, estimated_amount, actual_amount, in_flight_amount, committed_amount, mismatches, " +
        "price_unknown. UTF-8 with a byte-order mark, CRLF line ends; amounts are plain decimals in the row's currency.",
      requestParams: { query: usageQuery },
      responses: { "200": { description: "RFC 4180 CSV.", content: { "text/csv": { schema: z.string() } } }, ...errors(...READ_ERRORS, 404, 422) },
    },
  },
};
