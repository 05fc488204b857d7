import { z } from "zod";
import { timestamp } from "@/lib/contracts/common";
import { PROJECT_PRIORITIES } from "@/lib/rules/queue-order";

export const Project = z
  .strictObject({
    id: z.string(),
    teamId: z.string(),
    name: z.string(),
    priority: z
      .enum(PROJECT_PRIORITIES)
      .meta({ description: "Dispatch order of the project's queued generations: high goes before normal, normal before low." }),
    archivedAt: timestamp.nullable().meta({ description: "Archived projects keep their videos but take no new generations." }),
    createdAt: timestamp,
    updatedAt: timestamp,
    generationCount: z.number().int().optional().meta({ description: "In the list only." }),
  })
  .meta({ id: "Project" });
