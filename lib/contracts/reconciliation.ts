// One provider account's last reconciliation (GET/POST /api/v1/reconciliation).
import { z } from "zod";
import { timestamp, type Json } from "@/lib/contracts/common";
import { REGIONS } from "@/lib/rules/models/types";

const nullableIso = z.iso.datetime().nullable().meta({ format: "date-time" });

export const Reconciliation = z
  .strictObject({
    id: z.string(),
    region: z.enum(REGIONS),
    keySource: z.enum(["team", "instance", "simulator"]),
    account: z.string().meta({ description: 'For people: "Team key …a1b2", "Server key" or "Simulator".' }),
    status: z.enum(["never", "checked", "check_failed"]),
    error: z.string().nullable().meta({ description: "Why the last check failed, in words a user can act on." }),
    checkedAt: timestamp.nullable(),
    nextCheckAt: timestamp,
    window: z.strictObject({ start: timestamp, end: timestamp, complete: z.boolean() }).nullable(),
    providerTasks: z.number().int().meta({ description: "Tasks the provider listed for the window." }),
    outsideCounted: z
      .boolean()
      .meta({ description: "False on the server's shared key or the simulator: other teams use them, so tasks made elsewhere are not listed." }),
    outside: z
      .array(z.strictObject({ taskId: z.string(), status: z.string(), model: z.string().nullable(), submittedAt: nullableIso }))
      .meta({ description: "At the provider but created by no generation here: someone used the key elsewhere (billed, invisible here)." }),
    unknown: z
      .array(z.strictObject({ generationId: z.string(), taskId: z.string(), status: z.string() }))
      .meta({ description: "Generations here whose task the provider does not list." }),
    unarchived: z
      .array(z.strictObject({ generationId: z.string(), taskId: z.string(), status: z.string(), providerEndedAt: nullableIso }))
      .meta({ description: "Succeeded at the provider, but the video was not archived here." }),
  })
  .meta({ id: "Reconciliation" });

export type ReconciliationJson = Json<typeof Reconciliation>;
