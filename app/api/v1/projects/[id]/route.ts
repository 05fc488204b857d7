import { authed } from "@/lib/platform/http/handler";
import { getProject, updateProject } from "@/lib/services/projects/projects";
import { projectPatchBody } from "@/lib/services/teams/schemas";

export const GET = authed({ action: "project.view" }, async ({ actor, params }) => ({ project: await getProject(actor, params.id) }));

export const PATCH = authed({ body: projectPatchBody, write: true }, async ({ actor, params, body }) => ({
  project: await updateProject(actor, params.id, body),
}));
