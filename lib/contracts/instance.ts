// Small answers of the instance routes: health, sign-up, uploads and the demo mode's sample files.
import { z } from "zod";
import { type Json } from "@/lib/contracts/common";

export const Health = z.strictObject({ ok: z.boolean() });

export const SignedUp = z.strictObject({
  user: z.strictObject({ id: z.string(), email: z.string(), name: z.string() }),
  teamId: z.string(),
  projectId: z.string(),
});

export const Upload = z
  .strictObject({
    id: z.string(),
    url: z.string().meta({ description: "A signed URL the provider can fetch: use it as a reference URL." }),
    contentType: z.string(),
    bytes: z.number().int(),
    fileName: z.string(),
    reachable: z.boolean().meta({ description: "Whether the provider can reach the URL from the internet." }),
    note: z.string().nullable(),
  })
  .meta({ id: "Upload" });

export const SimulatorSamples = z.strictObject({
  enabled: z.boolean(),
  samples: z.array(
    z.strictObject({
      name: z.string(),
      kind: z.enum(["image", "video", "audio"]),
      contentType: z.string(),
      durationSeconds: z.number().nullable(),
      url: z.string(),
    }),
  ),
});

export type UploadJson = Json<typeof Upload>;
export type SimulatorSamplesJson = Json<typeof SimulatorSamples>;
