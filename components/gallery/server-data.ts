// Server side only (pages): gathers what the gallery's client components need, and reads the
// first page of a list the same way GET /api/v1/generations does.
import type { Actor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/platform/auth/permissions";
import { listGenerations, listQuery } from "@/lib/services/generations/queries";
import { getGeneration } from "@/lib/services/generations/queries";
import { publicCatalog } from "@/lib/rules/models/public";
import { listProjects } from "@/lib/services/projects/projects";
import { listMembers } from "@/lib/services/teams/members";
import { PAGE_SIZE } from "./api";
import type { ListApiQuery } from "./filters";
import type { GalleryData } from "./gallery-context";
import type { GenerationItem, ListPage } from "./types";

/** Dates become ISO strings, exactly as the browser would receive them from the API. */
function asJson<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export async function galleryData(actor: Actor): Promise<GalleryData> {
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
    },
  };
}

/** The first page for these filters, or null when the URL holds something the API refuses. */
export async function firstPage(actor: Actor, query: ListApiQuery): Promise<ListPage | null> {
  const parsed = listQuery.safeParse({ ...query, limit: String(PAGE_SIZE) });
  if (!parsed.success) return null;
  try {
    return asJson<ListPage>(await listGenerations(actor, parsed.data));
  } catch {
    return null;
  }
}

export async function generationForPage(actor: Actor, id: string): Promise<GenerationItem> {
  return asJson<GenerationItem>(await getGeneration(actor, id));
}
