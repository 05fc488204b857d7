// Answers of the cancel routes (docs/api.md): one generation, and every queued one of a project.
import { z } from "zod";
import type { Json } from "@/lib/contracts/common";
import { Generation } from "@/lib/contracts/generation";

import { CANCEL_OUTCOMES } from "@/lib/rules/cancel-outcome";

export const CancelAnswer = z
  .strictObject({
    generation: Generation,
    outcome: z.enum(CANCEL_OUTCOMES).meta({
      description:
        "`canceled`: done (cost 0). `requested`: a create call was under way; the worker cancels the task as soon as the provider's answer is known (or, if it has already started generating, keeps following it to the end).",
    }),
  })
  .meta({ id: "CancelAnswer" });

export type CancelAnswerJson = Json<typeof CancelAnswer>;

export const CancelQueuedAnswer = z
  .strictObject({
    canceled: z.number().int().meta({ description: "Queued generations canceled; none of them reached the provider." }),
    requested: z.number().int().meta({ description: "Generations being sent at that moment: canceled by the worker once the provider's answer is known." }),
    skipped: z.number().int().meta({ description: "Generations that left the queue meanwhile (already at the provider, or finished)." }),
  })
  .meta({ id: "CancelQueuedAnswer" });
