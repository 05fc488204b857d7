import { z } from "zod";
import { personWithEmail, timestamp, type Json } from "@/lib/contracts/common";

export const ApiToken = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    prefix: z.string().meta({ description: "The first characters, to recognize the token." }),
    user: personWithEmail,
    mine: z.boolean(),
    createdAt: timestamp,
    lastUsedAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
  })
  .meta({ id: "ApiToken" });

export const CreatedToken = z.strictObject({
  token: z.string().meta({ description: "The token, shown only in this answer; store it now." }),
  apiToken: ApiToken,
});

export type ApiTokenJson = Json<typeof ApiToken>;
