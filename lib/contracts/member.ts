import { z } from "zod";
import { personWithEmail, timestamp } from "@/lib/contracts/common";
import { role } from "@/lib/contracts/team";

export const Member = z
  .strictObject({ id: z.string().meta({ description: "Membership id." }), role, joinedAt: timestamp, user: personWithEmail })
  .meta({ id: "Member" });
