import { z } from "zod";
import { timestamp } from "@/lib/contracts/common";

export const Project = z
  .strictObject({
    id: z.string(),
    teamId: z.string(),
    name: z.string(),
    archivedAt: timestamp.nullable().meta({ description: "Archived projects keep their videos but take no new generations." }),
    createdAt: timestamp,
    updatedAt: timestamp,
    generationCount: z.number().int().optional().meta({ description: "In the list only." }),
  })
  .meta({ id: "Project" });
