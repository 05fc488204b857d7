import { z } from "zod";
import { pageOf, timestamp, type Json } from "@/lib/contracts/common";

export const AuditEvent = z
  .strictObject({
    id: z.string(),
    teamId: z.string().nullable(),
    action: z.string().meta({ examples: ["key.saved", "token.created", "member.role_changed"] }),
    actor: z.strictObject({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetName: z.string().nullable().meta({ description: "The target's name (project, member, token, webhook …) where it is known." }),
    data: z.unknown().meta({ description: "What the action recorded (old and new values, names); its shape depends on the action." }),
    ip: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "AuditEvent" });

export const AuditPage = pageOf(AuditEvent);

export type AuditEventJson = Json<typeof AuditEvent>;
export type AuditPageJson = Json<typeof AuditPage>;
