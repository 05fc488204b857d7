// The Generation resource (docs/api.md) and what hangs off it: its estimate, timeline and share links.
import { z } from "zod";
import { money, pageOf, person, timestamp, type Json } from "@/lib/contracts/common";
import { ApprovalRecord } from "@/lib/contracts/approval";
import { Review } from "@/lib/contracts/review";
import { PUBLIC_STATUSES } from "@/lib/rules/generation-status";
import { generationRequestShape } from "@/lib/rules/models/schema";
import { RATIOS, TIERS } from "@/lib/rules/models/sizes";
import { REGIONS } from "@/lib/rules/models/types";

const referenceType = z.enum(["image", "video", "first_frame"]);
const nullableMoney = money.nullable();

export const ReferenceCost = z.strictObject({ url: z.string(), type: referenceType, durationSeconds: z.number().nullable(), billedSeconds: z.number() });

export const Estimate = z
  .strictObject({
    inputVideoSeconds: z.number(),
    outputSeconds: z.number(),
    billedSeconds: z.number(),
    billedMs: z.number().int(),
    unitPrice: nullableMoney,
    unitPriceMicros: z.string().nullable(),
    currency: z.string(),
    amount: nullableMoney.meta({ description: "Null while no price is known (`priceKnown: false`)." }),
    amountMicros: z.string().nullable(),
    priceKnown: z.boolean(),
    priceSource: z.string().nullable().meta({ description: "Where the unit price came from (official, a team price …)." }),
    references: z.array(ReferenceCost),
  })
  .meta({ id: "Estimate" });

export const EffectiveParameters = z.strictObject({
  size: z.string().optional(),
  resolution: z.enum(TIERS).optional(),
  ratio: z.enum(RATIOS).optional(),
  duration: z.number(),
  audio: z.boolean(),
  shotType: z.enum(["single", "multi"]).optional(),
  promptExtend: z.boolean().optional(),
  watermark: z.boolean().optional(),
  seed: z.number().int().optional(),
});

export const Generation = z
  .strictObject({
    id: z.string(),
    projectId: z.string(),
    creator: person,
    mode: z.string(),
    model: z.string(),
    region: z.enum(REGIONS),
    prompt: z.string(),
    request: generationRequestShape.meta({ description: "The body as accepted." }),
    parameters: EffectiveParameters.nullable().meta({
      description: "The output parameters the provider applies: what the request set, else the model's default (e.g. size 1920*1080, duration 5).",
    }),
    warnings: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    status: z.enum(PUBLIC_STATUSES).meta({ description: "`succeeded` only once the video is archived; until then `running` with `archiving: true`." }),
    archiving: z.boolean(),
    keySource: z.string().nullable(),
    providerTaskId: z.string().nullable(),
    providerRequestId: z.string().nullable(),
    error: z.strictObject({ code: z.string(), message: z.string(), title: z.string().optional(), hint: z.string().optional() }).nullable(),
    estimate: Estimate.nullable(),
    actual: z.strictObject({ billedSeconds: z.number(), amount: nullableMoney, currency: z.string().nullable() }).nullable(),
    costMismatch: z.boolean(),
    video: z.strictObject({ url: z.string(), bytes: z.number().int(), sha256: z.string().nullable(), archivedAt: timestamp.nullable() }).nullable(),
    posterUrl: z.string().nullable().meta({
      description: "A 480 px wide JPEG frame of the video (immutable URL, cached for a year); null when there is no video or no poster could be made.",
    }),
    approval: ApprovalRecord.nullable().meta({ description: "Set when the team's policy asked for approval: why, and who decided when." }),
    review: Review.nullable().meta({
      description: "The team's review of the video (approved, changes requested or rejected), by whom and when; null until reviewed.",
    }),
    tags: z.array(z.string()).optional().meta({ description: "The team's tags, sorted. In GET answers (the list and one generation)." }),
    favourite: z.boolean().optional().meta({ description: "Whether the caller marked it as a favourite (each user's own). In GET answers." }),
    queuePosition: z.number().int().min(0).nullable().meta({
      description:
        "While queued: its place in its provider account's dispatch order (1 = next to go, 0 = being sent now); null otherwise and in POST answers and webhooks.",
    }),
    estimatedStartAt: timestamp.nullable().meta({
      description: "While queued: when it is expected to reach the provider (its place, the account's limits, the model's typical run time); null otherwise.",
    }),
    createdAt: timestamp,
    submittedAt: timestamp.nullable(),
    finishedAt: timestamp.nullable(),
  })
  .meta({ id: "Generation" });

export const GenerationPage = pageOf(Generation).meta({ id: "GenerationPage" });

export const GenerationEvent = z
  .strictObject({
    id: z.string(),
    type: z.string(),
    actorId: z.string().nullable(),
    message: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "GenerationEvent" });

export const ShareLink = z
  .strictObject({
    id: z.string(),
    url: z.string(),
    expiresAt: timestamp.nullable(),
    createdAt: timestamp,
    expired: z.boolean().optional().meta({ description: "In the list only." }),
  })
  .meta({ id: "ShareLink" });

export type GenerationJson = Json<typeof Generation>;
export type GenerationPageJson = Json<typeof GenerationPage>;
export type GenerationEventJson = Json<typeof GenerationEvent>;
export type ShareLinkJson = Json<typeof ShareLink>;
export type GenerationRequestJson = GenerationJson["request"];

/**
 * GET /api/v1/generations/{id} answers the bare resource (docs/api.md). Until 2026-12 it answered
 * `{"generation": {…}}`, as the OpenAPI document said; `?envelope=generation` keeps that form
 * for clients written against it.
 */
export const getGenerationQuery = z.object({
  envelope: z.literal("generation").optional().meta({ description: 'Deprecated: answer `{"generation": {…}}` instead of the bare resource.' }),
});
export const GenerationEnvelope = z.strictObject({ generation: Generation });
