// What the gallery pages render on the server: the facts every card and dialog needs, and the
// first page of a list read the same way GET /api/v1/generations does. Answers are JSON-shaped
// (dates as ISO strings), exactly as the browser would receive them from the API.
import "server-only";
import type { GenerationJson, GenerationPageJson } from "@/lib/contracts/generation";
import type { Actor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { publicCatalog } from "@/lib/rules/models/public";
import { getGeneration, listGenerations, listQuery } from "@/lib/services/generations/queries";
import { listProjects } from "@/lib/services/projects/projects";
import { listMembers } from "@/lib/services/teams/members";

function asJson<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export async function galleryData(actor: Actor) {
  const [projects, members] = await Promise.all([listProjects(actor, { includeArchived: true }), can(actor.role, "team.view") ? listMembers(actor) : []]);
  return {
    models: publicCatalog().models.map((m) => ({ id: m.id, label: m.label, typicalSeconds: m.typicalSeconds })),
    projects: projects.map((p) => ({ id: p.id, name: p.name, archived: Boolean(p.archivedAt) })),
    members: members.map((m) => ({ id: m.user.id, name: m.user.name })),
    viewer: {
      userId: actor.user.id,
      canCreate: can(actor.role, "generation.create"),
      canDownload: can(actor.role, "generation.download"),
      canManageAny: can(actor.role, "generation.manageAny"),
      canManageOwn: can(actor.role, "generation.manageOwn"),
      canReview: can(actor.role, "generation.review"),
    },
  };
}

/** The first page for these filters, or null when the URL holds something the API refuses. */
export async function firstPage(actor: Actor, query: Partial<Record<string, string>>, pageSize: number): Promise<GenerationPageJson | null> {
  const parsed = listQuery.safeParse({ ...query, limit: String(pageSize) });
  if (!parsed.success) return null;
  try {
    return asJson<GenerationPageJson>(await listGenerations(actor, parsed.data));
  } catch {
    return null;
  }
}

export async function generationForPage(actor: Actor, id: string): Promise<GenerationJson> {
  return asJson<GenerationJson>(await getGeneration(actor, id));
}
