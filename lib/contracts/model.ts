// GET /api/v1/models: the catalog as the form and API clients read it (lib/rules/models/public.ts builds it).
import { z } from "zod";
import { type Json } from "@/lib/contracts/common";
import { RATIOS, TIERS } from "@/lib/rules/models/sizes";
import { OPTIONAL_FIELDS, REGIONS } from "@/lib/rules/models/types";

const tier = z.enum(TIERS);
const ratio = z.enum(RATIOS);
const shot = z.enum(["single", "multi"]);

const Durations = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("range"), min: z.number(), max: z.number(), default: z.number(), maxWithVideo: z.number().nullable() }),
  z.strictObject({ kind: z.literal("list"), values: z.array(z.number()), default: z.number() }),
  z.strictObject({ kind: z.literal("fixed"), value: z.number(), default: z.number() }),
]);

const References = z.strictObject({
  min: z.number().int(),
  maxTotal: z.number().int(),
  maxImages: z.number().int(),
  maxVideos: z.number().int(),
  maxFirstFrames: z.number().int(),
  types: z.array(z.enum(["image", "video", "first_frame"])),
  naming: z.enum(["character", "media"]),
  namingExample: z.string(),
});

const MediaLimits = z.strictObject({ minSeconds: z.number(), maxSeconds: z.number(), maxBytes: z.number().int(), formats: z.array(z.string()) });

export const Model = z
  .strictObject({
    id: z.string(),
    label: z.string(),
    kind: z.enum(["t2v", "r2v"]),
    strengths: z.array(z.string()),
    regions: z.array(
      z.strictObject({
        region: z.enum(REGIONS),
        providerModel: z.string(),
        note: z.string().nullable(),
        overrides: z.strictObject({ durations: Durations.optional(), references: References.optional() }).nullable(),
      }),
    ),
    output: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("size"), tiers: z.array(z.strictObject({ tier, sizes: z.array(z.strictObject({ size: z.string(), ratio })) })) }),
      z.strictObject({ kind: z.literal("resolution"), resolutions: z.array(tier), ratios: z.array(ratio) }),
    ]),
    durations: Durations,
    audio: z.strictObject({
      output: z.enum(["always", "never", "optional"]),
      silentAllowed: z.boolean(),
      audioUrl: MediaLimits.nullable(),
      voiceSample: MediaLimits.nullable(),
    }),
    acceptedFields: z.array(z.enum(OPTIONAL_FIELDS)),
    limits: z.strictObject({
      promptMaxChars: z.number().int(),
      negativePromptMaxChars: z.number().int().nullable(),
      seedMin: z.number().int(),
      seedMax: z.number().int().nullable(),
    }),
    references: References.nullable(),
    shotType: z.strictObject({ values: z.array(shot), requiresPromptExtend: z.boolean() }).nullable(),
    defaults: z.strictObject({
      size: z.string().nullable(),
      resolution: tier.nullable(),
      ratio: ratio.nullable(),
      duration: z.number(),
      audio: z.boolean(),
      shotType: shot.nullable(),
      promptExtend: z.boolean().nullable(),
      watermark: z.boolean(),
    }),
    rateLimit: z.strictObject({ concurrent: z.number().int(), perSecond: z.number() }),
    typicalSeconds: z.number(),
  })
  .meta({ id: "Model" });

export const ModelCatalog = z.strictObject({ models: z.array(Model) }).meta({
  id: "ModelCatalog",
  description: "Per model: kind (t2v / r2v), regions, sizes or resolutions and ratios, durations, audio options, limits and defaults.",
});

export type ModelJson = Json<typeof Model>;
export type DurationsJson = Json<typeof Durations>;
export type ReferencesJson = Json<typeof References>;
export type MediaLimitsJson = Json<typeof MediaLimits>;
type RegionOfferJson = ModelJson["regions"][number];
export type RegionOverridesJson = NonNullable<RegionOfferJson["overrides"]>;
