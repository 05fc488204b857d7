import "server-only";
import { db } from "@/lib/adapters/db/client";
import type { Data } from "@/lib/contracts/common";
import type { Project } from "@/lib/contracts/project";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { AppError, notFound } from "@/lib/contracts/errors";
import { recordAudit } from "@/lib/services/audit/record";
import type { ProjectPriority } from "@/lib/rules/queue-order";

export type ProjectData = Data<typeof Project>;

/** The stored priority is one of PROJECT_PRIORITIES (only the PATCH route writes it, validated). */
const asProject = <P extends { priority: string }>(p: P) => ({ ...p, priority: p.priority as ProjectPriority });
/** The list always counts the project's generations. */
export type ProjectListItem = ProjectData & { generationCount: number };

export async function listProjects(actor: Actor, opts: { includeArchived?: boolean } = {}): Promise<ProjectListItem[]> {
  assertCan(actor, "project.view");
  const projects = await db().project.findMany({
    where: { teamId: actor.teamId, ...(opts.includeArchived ? {} : { archivedAt: null }) },
    orderBy: [{ archivedAt: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      teamId: true,
      name: true,
      priority: true,
      archivedAt: true,
      createdAt: true,
      updatedAt: true,
      _count: { select: { generations: true } },
    },
  });
  return projects.map(({ _count, ...p }) => ({ ...asProject(p), generationCount: _count.generations }));
}

/** A project of the actor's team; another team's project is simply not found. */
export async function getProject(actor: Actor, id: string): Promise<ProjectData> {
  assertCan(actor, "project.view");
  const project = await db().project.findFirst({ where: { id, teamId: actor.teamId } });
  if (!project) throw notFound("Project");
  return asProject(project);
}

/**
 * A project of the team that takes new generations: not found for another team's, 409 when it is
 * archived (`whenArchived` tells the person what to do instead).
 */
export async function activeProject(teamId: string, id: string, whenArchived: string) {
  const project = await db().project.findFirst({ where: { id, teamId } });
  if (!project) throw notFound("Project");
  if (project.archivedAt) throw new AppError("conflict", `Project "${project.name}" is archived; ${whenArchived}.`);
  return project;
}

export async function createProject(actor: Actor, name: string): Promise<ProjectData> {
  assertCan(actor, "project.create");
  const project = await db().project.create({ data: { teamId: actor.teamId, name } });
  await recordAudit({ teamId: actor.teamId, actorId: actor.user.id, action: "project.created", targetType: "project", targetId: project.id, data: { name } });
  return asProject(project);
}

export async function updateProject(actor: Actor, id: string, change: { name?: string; archived?: boolean; priority?: ProjectPriority }): Promise<ProjectData> {
  if (change.name !== undefined) assertCan(actor, "project.rename");
  if (change.archived !== undefined) assertCan(actor, "project.archive");
  if (change.priority !== undefined) assertCan(actor, "project.prioritize");
  const project = await getProject(actor, id);
  const updated = await db().project.update({
    where: { id: project.id },
    data: {
      ...(change.name !== undefined && { name: change.name }),
      ...(change.archived !== undefined && { archivedAt: change.archived ? (project.archivedAt ?? new Date()) : null }),
      ...(change.priority !== undefined && { priority: change.priority }),
    },
  });
  const { priority, ...rest } = change;
  if (priority !== undefined)
    await recordAudit({
      teamId: actor.teamId,
      actorId: actor.user.id,
      action: "project.priority_changed",
      targetType: "project",
      targetId: id,
      data: { priority },
    });
  if (rest.name === undefined && rest.archived === undefined) return asProject(updated);
  const action = rest.archived === undefined ? "project.renamed" : rest.archived ? "project.archived" : "project.restored";
  await recordAudit({ teamId: actor.teamId, actorId: actor.user.id, action, targetType: "project", targetId: id, data: rest });
  return asProject(updated);
}
