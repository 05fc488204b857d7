"use client";

// One generation: player, prompt, references, parameters, cost and timeline; live while in flight.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ApiError } from "@/components/app/api-client";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs } from "@/components/app/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { fetchEvents, fetchGeneration, queryKeys } from "../api";
import { upsertInLists } from "../cache";
import { GalleryProvider, useGalleryData, useModel, type GalleryData } from "../gallery-context";
import { GenerationActions } from "../generation-actions";
import { promptTitle, type GenerationContext } from "../links";
import { LocalTime } from "../live-progress";
import { displayStatus, isTabHidden, refetchIntervalFor } from "../live";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { CostPanel } from "./cost-panel";
import { EventTimeline } from "./event-timeline";
import { FailureNotice } from "./failure-notice";
import { ReferenceList } from "./reference-list";
import { ReviewPanel } from "./review-panel";
import { ParametersSection, PromptSection } from "./request-sections";
import { VideoStage } from "./video-stage";

export function GenerationDetail({ data, initial, context }: { data: GalleryData; initial: GenerationItem; context: GenerationContext }) {
  return (
    <GalleryProvider data={data}>
      <DetailBody initial={initial} context={context} />
    </GalleryProvider>
  );
}

function DetailBody({ initial, context }: { initial: GenerationItem; context: GenerationContext }) {
  const client = useQueryClient();
  const router = useRouter();
  const { viewer, projectById } = useGalleryData();
  const [deleted, setDeleted] = useState(false);
  const generation = useQuery({
    queryKey: queryKeys.one(initial.id),
    queryFn: () => fetchGeneration(initial.id),
    initialData: initial,
    enabled: !deleted,
    refetchInterval: (query) => refetchIntervalFor([query.state.data?.status ?? ""], isTabHidden()),
    refetchIntervalInBackground: false,
  });
  const g = generation.data;
  const events = useQuery({
    queryKey: queryKeys.events(g.id),
    queryFn: () => fetchEvents(g.id),
    enabled: !deleted,
    refetchInterval: () => refetchIntervalFor([g.status], isTabHidden()),
    refetchIntervalInBackground: false,
  });
  const model = useModel(g.model);

  // Keep the galleries in step, and read the timeline once more when the status moves on.
  useEffect(() => upsertInLists(client, g), [client, g]);
  const phase = `${g.status}:${g.archiving}`;
  const lastPhase = useRef(phase);
  const { refetch: refetchEvents } = events;
  useEffect(() => {
    if (lastPhase.current === phase) return;
    lastPhase.current = phase;
    void refetchEvents();
  }, [phase, refetchEvents]);

  if (generation.error instanceof ApiError && generation.error.status === 404) {
    return (
      <EmptyState
        title="This generation no longer exists"
        text="It was deleted, or moved out of this team."
        action={
          <Link href="/generations" className="text-sm text-accent-text hover:underline">
            Back to all videos
          </Link>
        }
      />
    );
  }

  const project = projectById.get(g.projectId);
  const inProject = context === "project" && project ? project : null;
  const parentHref = inProject ? `/projects/${inProject.id}` : "/generations";
  return (
    <div>
      <PageHeader
        eyebrow={
          <Breadcrumbs
            items={
              inProject
                ? [
                    { href: "/projects", label: "Projects" },
                    { href: parentHref, label: inProject.name },
                  ]
                : [{ href: "/generations", label: "All videos" }]
            }
          />
        }
        title={
          <span className="flex min-w-0 items-start gap-3">
            <span className="line-clamp-2 whitespace-normal break-words">{promptTitle(g.prompt)}</span>
            <StatusBadge status={displayStatus(g)} data-testid="detail-status" className="mt-0.5 sm:mt-1" />
          </span>
        }
        description={
          <>
            <span data-testid="detail-model">{model.label}</span>
            {!inProject && project ? (
              <>
                {" "}
                in{" "}
                <Link href={`/projects/${project.id}`} className="text-text underline decoration-border-strong underline-offset-2 hover:decoration-current">
                  {project.name}
                </Link>
              </>
            ) : null}{" "}
            · By {g.creator.name || "a former member"} · <LocalTime iso={g.createdAt} />
          </>
        }
        actions={
          <GenerationActions
            g={g}
            layout="toolbar"
            onDeleted={() => {
              setDeleted(true);
              router.push(parentHref);
            }}
          />
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <VideoStage g={g} model={model} />
          <FailureNotice g={g} canCreate={viewer.canCreate} />
          <PromptSection g={g} />
          <ReferenceList g={g} />
        </div>
        <div className="min-w-0 space-y-6">
          <ReviewPanel g={g} canReview={viewer.canReview} />
          <CostPanel g={g} />
          <ParametersSection g={g} modelLabel={model.label} />
          <EventTimeline events={events.data} loading={events.isPending} />
        </div>
      </div>
    </div>
  );
}
