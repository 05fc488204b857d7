// First-run guidance (server components): a team that has made no video yet is led straight to
// the generate form, told where the video will be made (simulator or real provider) and at what cost.
import Link from "next/link";
import { FolderPlus, Sparkles } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { generationModeNote, type GenerationMode } from "@/lib/services/provider/mode-note";

const generateHref = (projectId: string) => `/generate?projectId=${encodeURIComponent(projectId)}`;

/** /projects before the team's first video: one clear next step. */
export function FirstVideoGuide({ project, mode }: { project: { id: string }; mode: GenerationMode }) {
  return (
    <section
      aria-labelledby="first-video-title"
      className="rounded-xl border border-accent/30 bg-accent/5 p-5 sm:flex sm:items-center sm:justify-between sm:gap-6"
    >
      <div className="min-w-0">
        <h2 id="first-video-title" className="text-[15px] font-semibold tracking-tight">
          Make your first video
        </h2>
        <p className="mt-1 max-w-prose text-sm leading-relaxed text-muted">
          A project is ready for it. Describe a video, pick a model and see the cost before you generate.
        </p>
        <p data-testid="generation-mode-note" className="mt-2 max-w-prose text-sm leading-relaxed">
          {generationModeNote(mode)}
        </p>
      </div>
      <Link href={generateHref(project.id)} className={buttonClassName({ size: "lg", className: "mt-4 shrink-0 sm:mt-0" })}>
        <Sparkles aria-hidden /> Generate your first video
      </Link>
    </section>
  );
}

/** /projects when the team has no project at all. */
export function FirstProjectGuide({ canCreate }: { canCreate: boolean }) {
  return (
    <EmptyState
      icon={<FolderPlus />}
      title={canCreate ? "Start with a project" : "No projects yet"}
      text={
        canCreate
          ? "Every video belongs to a project's gallery. Name your first project above and create it; then you can generate its first video."
          : "An admin or member of this team creates projects; their videos appear here."
      }
    />
  );
}

/** An empty project's gallery: straight to its first video. */
export function FirstVideoEmptyState({ projectId, mode, canCreate }: { projectId: string; mode: GenerationMode; canCreate: boolean }) {
  if (!canCreate) {
    return <EmptyState icon={<Sparkles />} title="No videos yet" text="Videos generated for this project appear here, live, as they are made." />;
  }
  return (
    <EmptyState
      icon={<Sparkles />}
      title="Generate the first video of this project"
      text={
        <>
          Describe a video, pick a model and see the cost before you spend it.{" "}
          <span data-testid="generation-mode-note" className="text-text">
            {generationModeNote(mode)}
          </span>
        </>
      }
      action={
        <Link href={generateHref(projectId)} className={buttonClassName()}>
          <Sparkles aria-hidden /> Generate the first video
        </Link>
      }
    />
  );
}
