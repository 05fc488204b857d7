// Models, estimates, generations, their videos, timelines and share links, and usage reports (docs/api.md).
import "server-only";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { OkBody } from "@/lib/contracts/common";
import { EstimateAnswer } from "@/lib/contracts/estimate";
import { Generation, GenerationEnvelope, GenerationEvent, GenerationPage, getGenerationQuery, ShareLink } from "@/lib/contracts/generation";
import { SimulatorSamples, Upload } from "@/lib/contracts/instance";
import { ModelCatalog } from "@/lib/contracts/model";
import { csv, ok, operationsOf, pathId } from "@/lib/services/openapi/common";
import { CancelAnswer, CancelQueuedAnswer } from "@/lib/contracts/cancel";
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
const poster = {
  "200": binary("image/jpeg", "The poster; `ETag` is its content hash, cached for a year (`immutable`)."),
  "304": { description: "Not modified (`If-None-Match` matched the ETag)." },
};
const posterParams = z.object({ "if-none-match": z.string().optional().meta({ description: "The ETag of a poster you have." }) });
const generationId = { path: pathId() };

const [generations, instance, usage] = ["Generations", "Instance", "Usage"].map(operationsOf);

export const generationPaths: ZodOpenApiPathsObject = {
  "/api/v1/models": {
    get: generations.route("The model catalog", ok("The catalog.", ModelCatalog), { security: [] }),
  },
  "/api/v1/estimates": {
    post: generations.route("Cost breakdown of a request, without creating anything", ok("The estimate.", EstimateAnswer), {
      description:
        "An invalid body is a 422 whose `error.details.estimate` still holds the breakdown of the valid parts " +
        "(the Estimate fields, null where a field named in `issues` decides the figure). `warnings` name references " +
        "whose URL extension does not say what the file is (wan2.6 sends no type), with the estimate either way. " +
        "Without a known price, `missingPrice` names the model, region and tier, links to its price settings (`settingsUrl`) " +
        "and says whether the caller may set it (`canSet`) or who can (`setBy`); a budget then refuses the submit (402 price_unknown).",
      body: GenerationRequest,
      errors: [400, 401, 403, 404, 422, 429],
    }),
  },
  "/api/v1/generations": {
    get: generations.read("List generations, newest first", ok("A page.", GenerationPage), { params: { query: listQuery }, errors: [422] }),
    post: generations.write(
      "Create a generation",
      { ...ok("Created.", GenerationEnvelope, 201), ...ok("Replayed by Idempotency-Key.", GenerationEnvelope) },
      {
        description:
          "The same Idempotency-Key with the same body returns the same generation (200) and never a second provider task; with a different body it is a 409.",
        params: { header: z.object({ "idempotency-key": z.string().max(200).optional().meta({ description: "Any string of at most 200 characters." }) }) },
        body: GenerationRequest,
        errors: [402, 404, 409, 502, 503],
      },
    ),
  },
  "/api/v1/generations/{id}": {
    get: generations.read("One generation", ok("The generation.", z.union([Generation, GenerationEnvelope])), {
      description: 'The bare Generation resource; with `envelope=generation` (deprecated) the earlier answer `{"generation": {…}}`.',
      params: { ...generationId, query: getGenerationQuery },
      errors: [404],
    }),
    patch: generations.write("Move a generation to another project, or edit a queued one", ok("Moved or edited.", GenerationEnvelope), {
      description:
        "`{projectId}` alone moves it (any status). Any other request field edits a queued generation: the stored request with those fields replaced (null removes one) is validated, estimated and budget-checked like a submit; 409 once it is being sent.",
      params: generationId,
      body: z.record(z.string(), z.unknown()),
      errors: [402, 404, 409],
    }),
    delete: generations.write("Delete a generation and its video", ok("Deleted.", OkBody), { params: generationId, errors: [404] }),
  },
  "/api/v1/generations/{id}/cancel": {
    post: generations.write(
      "Cancel a generation (its creator, or an admin)",
      {
        ...ok("Canceled (cost 0).", CancelAnswer),
        ...ok("A create call was under way: the worker cancels the task once the provider answers.", CancelAnswer, 202),
      },
      {
        description:
          "Queued or awaiting approval: canceled before it reaches the provider. Pending at the provider: canceled there (not billed). Already generating at the provider: 409, it will finish and be billed (and is still followed). Finished: 409. Members cancel their own generations (403 for anyone else's), admins anyone's; another team's is 404.",
        params: generationId,
        errors: [404, 409, 502, 503],
      },
    ),
  },
  "/api/v1/projects/{id}/cancel-queued": {
    post: generations.write("Cancel every queued generation of a project (members: their own; admins: everyone's)", ok("Counts.", CancelQueuedAnswer), {
      description: "Each one as by its own cancel: none of them reaches the provider; one being sent at that moment is canceled once the provider answers.",
      params: { path: pathId("id", "The project id.") },
      errors: [404],
    }),
  },
  "/api/v1/generations/{id}/video": {
    get: generations.read("The archived MP4 (supports Range; `download=1` as an attachment)", video, {
      params: { ...generationId, header: z.object({ range: z.string().optional().meta({ description: "e.g. bytes=0-1023" }) }) },
      errors: [404],
    }),
  },
  "/api/v1/generations/{id}/poster": {
    get: generations.read("The poster: a 480 px wide JPEG frame at 0.5 s (404 when there is none; `posterUrl` links it)", poster, {
      params: { ...generationId, header: posterParams },
      errors: [404],
    }),
  },
  "/api/v1/generations/{id}/events": {
    get: generations.read("The generation's timeline, oldest first", ok("The events.", z.strictObject({ events: z.array(GenerationEvent) })), {
      params: generationId,
      errors: [404],
    }),
  },
  "/api/v1/generations/{id}/share": {
    get: generations.read("The generation's open share links", ok("The links.", z.strictObject({ shares: z.array(ShareLink) })), {
      params: generationId,
      errors: [404],
    }),
    post: generations.write("Create a public link to the video", ok("Created.", z.strictObject({ share: ShareLink }), 201), {
      params: generationId,
      body: z.object({ expiresInDays: z.number().int().min(1).max(365).nullable().optional() }).strict(),
      errors: [404, 409],
    }),
    delete: generations.write("Revoke a share link", ok("Revoked.", OkBody), {
      params: { ...generationId, query: z.object({ shareId: z.string() }) },
      errors: [404],
    }),
  },
  "/api/v1/shares/{token}/video": {
    get: generations.route("The video behind a share link (public; supports Range)", video, {
      security: [],
      params: { path: pathId("token", "The token of the share link.") },
      errors: [404],
    }),
  },
  "/api/v1/shares/{token}/poster": {
    get: generations.route("The poster of the video behind a share link (public)", poster, {
      security: [],
      params: { path: pathId("token", "The token of the share link."), header: posterParams },
      errors: [404],
    }),
  },
  "/api/v1/uploads": {
    post: generations.route(
      "Upload a reference file (the raw bytes; Content-Type: its media type; ?name=original file name)",
      ok("Stored.", z.strictObject({ upload: Upload }), 201),
      {
        params: { query: z.object({ name: z.string().optional() }) },
        requestBody: { required: true, content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } } },
        errors: [400, 401, 403, 413, 422, 429],
      },
    ),
  },
  "/api/v1/uploads/{id}/file": {
    get: generations.route(
      "An uploaded file, by its signed URL (public, for the provider)",
      { "200": binary("application/octet-stream", "The file."), "206": binary("application/octet-stream", "The requested range.") },
      { security: [], params: { path: pathId(), query: z.object({ sig: z.string() }) }, errors: [404] },
    ),
  },
  "/api/v1/simulator/samples": {
    get: instance.read("Demo mode only: sample reference files served by the simulator", ok("The samples (none when the simulator is off).", SimulatorSamples)),
  },
  "/api/v1/usage": {
    get: usage.read("Usage and cost report", ok("The report.", UsageReport), {
      description:
        "Owners and admins see every generation of the team; members and viewers only their own (`scope: own`). Day and month rows are in time order " +
        "(only buckets with generations); the others by committed amount, largest first, within each currency.",
      params: { query: usageQuery },
      errors: [404, 422],
    }),
  },
  "/api/v1/usage.csv": {
    get: usage.read("The usage report as CSV", csv("RFC 4180 CSV."), {
      description:
        "The rows of GET /api/v1/usage (same query, same permissions). RFC 4180 with a header row: from, to, group_by, key, label, currency, generations, " +
        "succeeded, failed, canceled, expired, in_flight, billed_seconds, estimated_amount, actual_amount, in_flight_amount, committed_amount, mismatches, " +
        "price_unknown. UTF-8 with a byte-order mark, CRLF line ends; amounts are plain decimals in the row's currency.",
      params: { query: usageQuery },
      errors: [404, 422],
    }),
  },
};
