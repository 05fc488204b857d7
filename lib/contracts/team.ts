import { z } from "zod";
import { type Json } from "@/lib/contracts/common";
import { ROLES } from "@/lib/rules/permissions";

export const role = z.enum(ROLES);

export const Team = z.strictObject({ id: z.string(), name: z.string(), role }).meta({ id: "Team" });
export const RenamedTeam = z.strictObject({ id: z.string(), name: z.string() });
export const TeamSwitched = z.strictObject({ teamId: z.string() });
export const TeamJoined = z.strictObject({ teamId: z.string(), role });

export type TeamJson = Json<typeof Team>;
