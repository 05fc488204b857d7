"use client";

// One generation: player, prompt, references, parameters, cost and timeline; live while in flight.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ApiError } from "@/components/app/api-client";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { fetchEvents, fetchGeneration, queryKeys } from "../api";
import { upsertInLists } from "../cache";
import { GalleryProvider, useGalleryData, useModel, type GalleryData } from "../gallery-context";
import { GenerationActions } from "../generation-actions";
import { LocalTime } from "../live-progress";
import { displayStatus, isTabHidden, refetchIntervalFor } from "../live";
import type { GenerationItem } from "../types";
import { CostPanel } from "./cost-panel";
import { EventTimeline } from "./event-timeline";
import { FailureNotice } from "./failure-notice";
import { ReferenceList } from "./reference-list";
import { ParametersSection, PromptSection } from "./request-sections";
import { VideoStage } from "./video-stage";

export function GenerationDetail({ data, initial }: { data: GalleryData; initial: GenerationItem }) {
  return (
    <GalleryProvider data={data}>
      <DetailBody initial={initial} />
    </GalleryProvider>
  );
}

function DetailBody({ initial }: { initial: GenerationItem }) {
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
    return <EmptyState title="This generation no longer exists" text="It was deleted, or moved out of this team." action={<Link href="/generations" className="text-sm text-accent-text hover:underline">Back to all videos</Link>} />;
  }

  const project = projectById.get(g.projectId);
  return (
    <div>
      <PageHeader
        eyebrow={
          <Link href={project ? `/projects/${project.id}` : "/generations"} className="hover:text-text">
            {project ? project.name : "All videos"}
          </Link>
        }
        title={
          <span className="flex min-w-0 items-center gap-3">
            <span className="truncate">{model.label}</span>
            <StatusBadge status={displayStatus(g)} data-testid="detail-status" />
          </span>
        }
        description={
          <>
            By {g.creator.name || "a former member"} · <LocalTime iso={g.createdAt} />
          </>
        }
        actions={
          <GenerationActions
            g={g}
            layout="toolbar"
            onDeleted={() => {
              setDeleted(true);
              router.push(project ? `/projects/${project.id}` : "/generations");
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
          <CostPanel g={g} />
          <ParametersSection g={g} modelLabel={model.label} />
          <EventTimeline events={events.data} loading={events.isPending} />
        </div>
      </div>
    </div>
  );
}
