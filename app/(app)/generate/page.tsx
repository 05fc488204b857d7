import Link from "next/link";
import { redirect } from "next/navigation";
import { FolderPlus, KeyRound, Lock } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Banner } from "@/components/ui/banner";
import { buttonClassName } from "@/components/ui/button";
import { GenerateForm } from "@/components/generate/generate-form";
import { NO_KEY_TEXT } from "@/components/generate/catalog-view";
import { initialFormState } from "@/components/generate/form-state";
import { sessionActor, type Actor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";
import { env } from "@/lib/platform/config/env";
import { getGeneration } from "@/lib/services/generations/queries";
import { AppError } from "@/lib/contracts/errors";
import { publicCatalog } from "@/lib/rules/models/public";
import type { GenerationRequest } from "@/lib/rules/models/types";
import { regionAvailability } from "@/lib/services/provider/availability";
import { simulatorEnabled } from "@/lib/services/provider/mode";
import { listProjects } from "@/lib/services/projects/projects";

export const metadata = { title: "Generate" };

type SearchParams = Promise<{ projectId?: string; from?: string }>;

/** The request of an earlier generation ("Use these settings"), or a note on why it is missing. */
async function loadPrevious(actor: Actor, id: string | undefined) {
  if (!id) return { request: null, missing: false };
  try {
    const generation = await getGeneration(actor, id);
    return { request: generation.request as unknown as Partial<GenerationRequest>, missing: false };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return { request: null, missing: true };
    throw error;
  }
}

export default async function GeneratePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const header = <PageHeader title="Generate" description="Describe a video, pick a model, see the cost before you spend it." />;

  if (!can(actor.role, "generation.create")) {
    return (
      <div>
        {header}
        <EmptyState
          icon={<Lock />}
          title="Viewers cannot generate"
          text="Your role lets you watch and download this team's videos. Ask an admin to make you a member to create your own."
        />
      </div>
    );
  }

  const params = await searchParams;
  const [projects, regions, previous] = await Promise.all([listProjects(actor), regionAvailability(actor.teamId), loadPrevious(actor, params.from)]);
  if (projects.length === 0) {
    return (
      <div>
        {header}
        <EmptyState
          icon={<FolderPlus />}
          title="Create a project first"
          text="Every video belongs to a project's gallery."
          action={
            <Link href="/projects" className={buttonClassName()}>
              Go to projects
            </Link>
          }
        />
      </div>
    );
  }
  const available = regions.filter((entry) => entry.source !== null);
  if (available.length === 0) {
    return (
      <div>
        {header}
        <EmptyState icon={<KeyRound />} title="No region is available" text={`${NO_KEY_TEXT}.`} />
      </div>
    );
  }

  const { models } = publicCatalog();
  const wantedProject = params.projectId ?? previous.request?.projectId;
  const projectId = projects.find((project) => project.id === wantedProject)?.id ?? projects[0].id;
  const previousRegion = available.find((entry) => entry.region === previous.request?.region);
  const initialState = initialFormState({
    models,
    projectId,
    region: (previousRegion ?? available[0]).region,
    from: previous.request,
  });

  return (
    <div>
      {header}
      {previous.missing ? (
        <Banner tone="warning" className="mb-4">
          The generation whose settings you wanted to reuse was not found in this team; the form starts empty.
        </Banner>
      ) : previous.request ? (
        <Banner tone="info" className="mb-4">
          Filled in from an earlier generation. Change anything before you generate.
        </Banner>
      ) : null}
      <GenerateForm
        models={models}
        regions={regions}
        projects={projects.map((project) => ({ id: project.id, name: project.name }))}
        initialState={initialState}
        simulator={simulatorEnabled()}
        allowPrivateUrls={env().ALLOW_PRIVATE_URLS}
      />
    </div>
  );
}
