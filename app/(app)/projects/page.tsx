import Link from "next/link";
import { redirect } from "next/navigation";
import { FolderOpen } from "lucide-react";
import { CreateProjectForm, ProjectRowActions } from "@/components/app/project-actions";
import { FirstProjectGuide, FirstVideoGuide } from "@/app/(app)/_parts/first-video";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { listProjects } from "@/lib/services/projects/projects";
import { regionAvailability } from "@/lib/services/provider/availability";
import { generationMode } from "@/lib/services/provider/mode-note";

export const metadata = { title: "Projects" };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const showArchived = (await searchParams).archived === "1";
  const projects = await listProjects(actor, { includeArchived: showArchived });
  // First run: no video anywhere in the team yet, so the next step is making one.
  const firstRun = can(actor.role, "generation.create") && !(await listProjects(actor, { includeArchived: true })).some((p) => p.generationCount > 0);
  const firstProject = projects.find((p) => !p.archivedAt);
  const mode = firstRun && firstProject ? generationMode(await regionAvailability(actor.teamId)) : null;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Projects</h1>
          <p className="mt-1 text-sm text-muted">Each project is a gallery of {actor.teamName}&apos;s generations.</p>
        </div>
        <Link href={showArchived ? "/projects" : "/projects?archived=1"} className="text-sm text-muted hover:text-text">
          {showArchived ? "Hide archived" : "Show archived"}
        </Link>
      </header>
      {mode && firstProject && <FirstVideoGuide project={firstProject} mode={mode} />}
      {can(actor.role, "project.create") && <CreateProjectForm secondary={mode !== null} />}
      {projects.length === 0 ? (
        <FirstProjectGuide canCreate={can(actor.role, "project.create")} />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {projects.map((p) => (
            <li
              key={p.id}
              className="group relative min-w-0 rounded-xl border border-border bg-surface p-4 shadow-[var(--card-shadow)] transition hover:border-border-strong"
            >
              {/* The actions wrap under the name where the card is too narrow for both (phones, three columns). */}
              <div className="flex flex-wrap items-start gap-3">
                <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-accent/10 text-accent-text">
                  <FolderOpen className="size-5" aria-hidden />
                </span>
                <div className="min-w-0 flex-1 basis-36">
                  <Link href={`/projects/${p.id}`} className="block truncate font-medium after:absolute after:inset-0 hover:underline">
                    {p.name}
                  </Link>
                  <p className="mt-0.5 text-xs text-muted">
                    {p.generationCount} {p.generationCount === 1 ? "video" : "videos"} · created{" "}
                    {p.createdAt.toLocaleDateString("en", { month: "short", day: "numeric", year: "numeric" })}
                    {p.archivedAt && " · archived"}
                    {p.priority !== "normal" && ` · ${p.priority} priority`}
                  </p>
                </div>
                <div className="relative z-10 ml-auto">
                  <ProjectRowActions
                    id={p.id}
                    name={p.name}
                    archived={Boolean(p.archivedAt)}
                    canRename={can(actor.role, "project.rename")}
                    canArchive={can(actor.role, "project.archive")}
                    priority={p.priority}
                    canPrioritize={can(actor.role, "project.prioritize")}
                  />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
