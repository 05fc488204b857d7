// Response resources as documented in the OpenAPI description (what the routes answer).
import { z } from "zod";
import { ROLES } from "@/lib/platform/auth/permissions";
import { REGIONS } from "@/lib/rules/models/types";
import { DELIVERY_STATUSES, WEBHOOK_EVENTS } from "@/lib/services/webhooks/events";
import { isoDate, nullableDate } from "@/lib/contracts/openapi/common";

const money = z.string().meta({ description: "Decimal string, never a float.", examples: ["0.415"] });
const role = z.enum(ROLES);
const region = z.enum(REGIONS);
const person = z.object({ id: z.string(), name: z.string() });

export const Team = z.object({ id: z.string(), name: z.string(), role }).meta({ id: "Team" });
export const Member = z
  .object({
    id: z.string().meta({ description: "Membership id." }),
    role,
    joinedAt: isoDate,
    user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  })
  .meta({ id: "Member" });
export const Invitation = z
  .object({
    id: z.string(),
    role,
    email: z.string().nullable(),
    expiresAt: isoDate,
    url: z.string().optional().meta({ description: "Only in the creation answer." }),
  })
  .meta({ id: "Invitation" });
export const Project = z
  .object({ id: z.string(), name: z.string(), archivedAt: nullableDate, createdAt: isoDate, updatedAt: isoDate, generationCount: z.number().int().optional() })
  .meta({ id: "Project" });

const Estimate = z.object({
  inputVideoSeconds: z.number(),
  outputSeconds: z.number(),
  billedSeconds: z.number(),
  unitPrice: money,
  currency: z.string(),
  amount: money,
  references: z.array(z.object({ url: z.string(), type: z.string(), durationSeconds: z.number().nullable(), billedSeconds: z.number() })),
});
export const CostEstimate = z.looseObject(Estimate.shape).meta({ id: "Estimate" });

export const Generation = z
  .looseObject({
    id: z.string(),
    projectId: z.string(),
    creator: person,
    model: z.string(),
    region,
    request: z.record(z.string(), z.unknown()).meta({ description: "The body as accepted." }),
    parameters: z
      .object({
        size: z.string().optional(),
        resolution: z.enum(["480P", "720P", "1080P"]).optional(),
        ratio: z.string().optional(),
        duration: z.number(),
        audio: z.boolean(),
        shotType: z.enum(["single", "multi"]).optional(),
        promptExtend: z.boolean().optional(),
        watermark: z.boolean().optional(),
        seed: z.number().int().optional(),
      })
      .nullable()
      .meta({ description: "The output parameters the provider applies: what the request set, else the model's default (e.g. size 1920*1080, duration 5)." }),
    status: z.enum(["queued", "pending", "running", "succeeded", "failed", "canceled", "expired"]).meta({
      description: "`succeeded` only once the video is archived; until then `running` with `archiving: true`.",
    }),
    archiving: z.boolean().optional(),
    providerTaskId: z.string().nullable(),
    providerRequestId: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    estimate: CostEstimate.nullable(),
    actual: z.object({ billedSeconds: z.number(), amount: money.nullable(), currency: z.string().nullable() }).nullable(),
    video: z.object({ url: z.string(), bytes: z.number().int(), sha256: z.string().nullable(), archivedAt: nullableDate }).nullable(),
    createdAt: isoDate,
    submittedAt: nullableDate,
    finishedAt: nullableDate,
  })
  .meta({ id: "Generation" });

export const GenerationPage = z.object({ items: z.array(Generation), nextCursor: z.string().nullable() }).meta({ id: "GenerationPage" });
export const ModelCatalog = z.looseObject({}).meta({
  id: "ModelCatalog",
  description: "Per model: kind (t2v / r2v), regions, sizes or resolutions and ratios, durations, audio options, limits and defaults.",
});
export const UsageReport = z
  .looseObject({ rows: z.array(z.looseObject({ key: z.string(), currency: z.string(), amount: money })) })
  .meta({ id: "UsageReport", description: "Rows per group (project, user, model, region, day or month); every row carries its currency." });

export const ProviderKey = z
  .object({
    region,
    last4: z.string().meta({ description: "The last four characters; the key itself is never returned." }),
    workspaceId: z.string().nullable(),
    baseUrl: z.string().nullable(),
    validatedAt: nullableDate,
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: "ProviderKey" });
export const KeyList = z
  .object({
    keys: z.array(ProviderKey),
    regions: z.array(
      z.object({
        region,
        uses: z.enum(["team", "instance", "simulator", "none"]).meta({ description: "What generations in this region use now." }),
        fallback: z.enum(["instance", "simulator", "none"]).meta({ description: "What they would use without the team's key." }),
      }),
    ),
  })
  .meta({ id: "KeyList" });

export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().meta({ description: "The first characters, to recognize the token." }),
    user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    mine: z.boolean(),
    createdAt: isoDate,
    lastUsedAt: nullableDate,
    revokedAt: nullableDate,
  })
  .meta({ id: "ApiToken" });

export const Webhook = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    includeCost: z.boolean(),
    active: z.boolean(),
    createdAt: isoDate,
    updatedAt: isoDate,
    lastDelivery: z
      .object({ status: z.enum(DELIVERY_STATUSES), lastStatusCode: z.number().int().nullable(), createdAt: isoDate })
      .nullable()
      .optional(),
  })
  .meta({ id: "Webhook" });
export const WebhookDelivery = z
  .object({
    id: z.string(),
    webhookId: z.string(),
    event: z.enum(WEBHOOK_EVENTS),
    generationId: z.string().nullable(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: nullableDate,
    deliveredAt: nullableDate,
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: "WebhookDelivery" });

export const AuditEvent = z
  .object({
    id: z.string(),
    action: z.string().meta({ examples: ["key.saved", "token.created", "member.role_changed"] }),
    actor: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetName: z.string().nullable().meta({ description: "The target's name (project, member, token, webhook …) where it is known." }),
    data: z.unknown(),
    ip: z.string().nullable(),
    createdAt: isoDate,
  })
  .meta({ id: "AuditEvent" });
