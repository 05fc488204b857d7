import { z } from "zod";
import { authed } from "@/lib/platform/http/handler";
import { createProject, listProjects } from "@/lib/services/projects/projects";
import { projectBody } from "@/lib/services/teams/schemas";

const query = z.object({ includeArchived: z.enum(["true", "false"]).optional() });

export const GET = authed({ action: "project.view", query }, async ({ actor, query }) => ({
  projects: await listProjects(actor, { includeArchived: query.includeArchived === "true" }),
}));

export const POST = authed({ body: projectBody, action: "project.create", write: true }, async ({ actor, body }) =>
  Response.json({ project: await createProject(actor, body.name) }, { status: 201 }),
);
