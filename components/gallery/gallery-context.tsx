"use client";

// Server-provided facts every card and dialog needs: the model catalog (labels, typical
// durations), the team's projects and members, and what the viewer may do.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { MemberOption, ModelSummary, ProjectOption, Viewer } from "./viewer";

export interface GalleryData {
  models: ModelSummary[];
  projects: ProjectOption[];
  members: MemberOption[];
  viewer: Viewer;
}

interface GalleryContextValue extends GalleryData {
  modelById: Map<string, ModelSummary>;
  projectById: Map<string, ProjectOption>;
}

const GalleryContext = createContext<GalleryContextValue | null>(null);

export function GalleryProvider({ data, children }: { data: GalleryData; children: ReactNode }) {
  const value = useMemo<GalleryContextValue>(
    () => ({
      ...data,
      modelById: new Map(data.models.map((m) => [m.id, m])),
      projectById: new Map(data.projects.map((p) => [p.id, p])),
    }),
    [data],
  );
  return <GalleryContext.Provider value={value}>{children}</GalleryContext.Provider>;
}

export function useGalleryData(): GalleryContextValue {
  const value = useContext(GalleryContext);
  if (!value) throw new Error("useGalleryData must be used inside <GalleryProvider>.");
  return value;
}

/** The model's label and typical duration; unknown ids (an older catalog) fall back gracefully. */
export function useModel(id: string): ModelSummary {
  const { modelById } = useGalleryData();
  return modelById.get(id) ?? { id, label: id, typicalSeconds: 120 };
}
