import { z } from "zod";
import { timestamp, type Json } from "@/lib/contracts/common";
import { REGIONS } from "@/lib/rules/models/types";

export const KEY_SOURCES = ["team", "instance", "simulator", "none"] as const;
export type KeySource = (typeof KEY_SOURCES)[number];

export const ProviderKey = z
  .strictObject({
    region: z.enum(REGIONS),
    last4: z.string().meta({ description: "The last four characters; the key itself is never returned." }),
    workspaceId: z.string().nullable(),
    baseUrl: z.string().nullable(),
    validatedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "ProviderKey" });

export const RegionKeyStatus = z.strictObject({
  region: z.enum(REGIONS),
  uses: z.enum(KEY_SOURCES).meta({ description: "What generations in this region use now." }),
  fallback: z.enum(["instance", "simulator", "none"]).meta({ description: "What they would use without the team's key." }),
});

export const KeyList = z.strictObject({ keys: z.array(ProviderKey), regions: z.array(RegionKeyStatus) }).meta({ id: "KeyList" });

export type ProviderKeyJson = Json<typeof ProviderKey>;
export type RegionKeyStatusJson = Json<typeof RegionKeyStatus>;
