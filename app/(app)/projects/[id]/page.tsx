import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Sparkles } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { CancelQueuedButton } from "@/components/app/project-actions";
import { PageHeader } from "@/components/ui/page-header";
import { Gallery } from "@/components/gallery/gallery";
import { FirstVideoEmptyState } from "@/app/(app)/_parts/first-video";
import { filtersToApiQuery, parseFilters } from "@/components/gallery/filters";
import { PAGE_SIZE } from "@/components/gallery/api";
import { firstPage, galleryData } from "@/lib/services/generations/gallery-data";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { getProject } from "@/lib/services/projects/projects";
import { AppError } from "@/lib/contracts/errors";
import { regionAvailability } from "@/lib/services/provider/availability";
import { generationMode } from "@/lib/services/provider/mode-note";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadProject(actor: NonNullable<Awaited<ReturnType<typeof sessionActor>>>, id: string) {
  try {
    return await getProject(actor, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props) {
  const actor = await sessionActor();
  if (!actor) return { title: "Project" };
  const project = await getProject(actor, (await params).id).catch(() => null);
  return { title: project?.name ?? "Project" };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const { id } = await params;
  const project = await loadProject(actor, id);
  const query = filtersToApiQuery(parseFilters(await searchParams), project.id);
  const [data, page, regions] = await Promise.all([galleryData(actor), firstPage(actor, query, PAGE_SIZE), regionAvailability(actor.teamId)]);
  const canCreate = can(actor.role, "generation.create") && !project.archivedAt;
  return (
    <div>
      <PageHeader
        eyebrow={
          <Link href="/projects" className="hover:text-text">
            Projects
          </Link>
        }
        title={project.name}
        description="Every video generated for this project, updating live while they are made."
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {can(actor.role, "generation.manageOwn") && (
              <CancelQueuedButton projectId={project.id} projectName={project.name} everyone={can(actor.role, "generation.manageAny")} />
            )}
            {canCreate ? (
              <Link href={`/generate?projectId=${encodeURIComponent(project.id)}`} className={buttonClassName()}>
                <Sparkles aria-hidden /> New generation
              </Link>
            ) : project.archivedAt ? (
              <Badge tone="warning">Archived project</Badge>
            ) : null}
          </div>
        }
      />
      <Gallery
        data={data}
        projectId={project.id}
        initial={page ? { query, page } : null}
        empty={<FirstVideoEmptyState projectId={project.id} mode={generationMode(regions)} canCreate={canCreate} />}
      />
    </div>
  );
}
