// Gallery filters ↔ URL search params ↔ the list endpoint's query. Pure, shared by the server
// page (first page rendered with the URL's filters) and the browser.
import { PUBLIC_STATUSES } from "@/lib/rules/generation-status";
import type { PublicStatus as GenerationStatus } from "@/lib/rules/generation-status";
import { isReviewStatus, normalizeTag, NOT_REVIEWED, tagProblem, type ReviewStatus } from "@/lib/rules/review";

export const FILTER_STATUSES: readonly GenerationStatus[] = PUBLIC_STATUSES;

export interface GalleryFilters {
  q: string;
  status: GenerationStatus[];
  model: string;
  creator: string;
  /** Team-wide view only; a project page is scoped by its route instead. */
  project: string;
  from: string;
  to: string;
  /** Only the viewer's own favourites. */
  favourite: boolean;
  review: ReviewStatus | typeof NOT_REVIEWED | "";
  tag: string;
}

export const EMPTY_FILTERS: GalleryFilters = {
  q: "",
  status: [],
  model: "",
  creator: "",
  project: "",
  from: "",
  to: "",
  favourite: false,
  review: "",
  tag: "",
};

/** The list endpoint's query (GET /api/v1/generations), as strings. */
export type ListApiQuery = Partial<Record<"projectId" | "status" | "model" | "creatorId" | "q" | "from" | "to" | "favourite" | "tag" | "reviewStatus", string>>;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(source: ParamSource, key: string): string {
  const value = source instanceof URLSearchParams ? source.get(key) : source[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Reads filters from the URL; unknown statuses and malformed dates are dropped, not errors. */
export function parseFilters(source: ParamSource): GalleryFilters {
  const status = read(source, "status")
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is GenerationStatus => (FILTER_STATUSES as readonly string[]).includes(s));
  const from = read(source, "from");
  const to = read(source, "to");
  const review = read(source, "review");
  const tag = normalizeTag(read(source, "tag"));
  return {
    q: read(source, "q").slice(0, 200),
    status: FILTER_STATUSES.filter((s) => status.includes(s)),
    model: read(source, "model").slice(0, 64),
    creator: read(source, "creator").slice(0, 64),
    project: read(source, "project").slice(0, 64),
    from: isDate(from) ? from : "",
    to: isDate(to) ? to : "",
    favourite: read(source, "favourite") === "true",
    review: isReviewStatus(review) || review === NOT_REVIEWED ? review : "",
    tag: tag && !tagProblem(tag) ? tag : "",
  };
}

/** Filters → URL params, omitting empty ones, in a stable order (so a view's URL is shareable). */
export function filtersToSearchParams(filters: GalleryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set("q", filters.q.trim());
  if (filters.status.length) params.set("status", filters.status.join(","));
  if (filters.model) params.set("model", filters.model);
  if (filters.creator) params.set("creator", filters.creator);
  if (filters.project) params.set("project", filters.project);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.favourite) params.set("favourite", "true");
  if (filters.review) params.set("review", filters.review);
  if (filters.tag) params.set("tag", filters.tag);
  return params;
}

/** Filters (plus a fixed project for project pages) → the list endpoint's query. */
export function filtersToApiQuery(filters: GalleryFilters, scopeProjectId?: string): ListApiQuery {
  const query: ListApiQuery = {};
  const projectId = scopeProjectId ?? filters.project;
  if (projectId) query.projectId = projectId;
  if (filters.status.length) query.status = filters.status.join(",");
  if (filters.model) query.model = filters.model;
  if (filters.creator) query.creatorId = filters.creator;
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.favourite) query.favourite = "true";
  if (filters.review) query.reviewStatus = filters.review;
  if (filters.tag) query.tag = filters.tag;
  return query;
}

/** How many filters narrow the view (the search box counts as one). */
export function activeFilterCount(filters: GalleryFilters, { includeProject = true } = {}): number {
  return [
    filters.q.trim(),
    filters.status.length,
    filters.model,
    filters.creator,
    includeProject && filters.project,
    filters.from,
    filters.to,
    filters.favourite,
    filters.review,
    filters.tag,
  ].filter(Boolean).length;
}

export function sameFilters(a: GalleryFilters, b: GalleryFilters): boolean {
  return filtersToSearchParams(a).toString() === filtersToSearchParams(b).toString();
}
