import { z } from "zod";
import { timestamp } from "@/lib/contracts/common";
import { role } from "@/lib/contracts/team";

export const Invitation = z
  .strictObject({
    id: z.string(),
    role,
    email: z.string().nullable(),
    expiresAt: timestamp,
    createdAt: timestamp.optional().meta({ description: "In the list only." }),
    url: z.string().optional().meta({ description: "Only in the creation answer." }),
  })
  .meta({ id: "Invitation" });
