// Where a generation's page lives and what it is called (pure; used by pages, cards and titles).
export { promptTitle } from "@/lib/rules/prompt-title";

/** "project": opened from a project's gallery, the page stays in that project; "all": from All videos. */
export type GenerationContext = "project" | "all";

export function generationHref(g: { id: string; projectId: string }, context: GenerationContext): string {
  return context === "project"
    ? `/projects/${encodeURIComponent(g.projectId)}/generations/${encodeURIComponent(g.id)}`
    : `/generations/${encodeURIComponent(g.id)}`;
}
