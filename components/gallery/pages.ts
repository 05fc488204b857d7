// Pure edits of loaded list pages (newest first): put a changed or new generation where it
// belongs, or take it out. Keeps the objects of untouched items, so memoized cards do not re-render.
import { NOT_REVIEWED } from "@/lib/rules/review";
import type { ListApiQuery } from "./filters";
import type { GenerationJson as GenerationItem, GenerationPageJson as ListPage } from "@/lib/contracts/generation";

export interface PagedList {
  pages: ListPage[];
  pageParams: unknown[];
}

/** Whether a generation satisfies a list query, the way the server filters (dates in UTC). */
export function matchesApiQuery(g: GenerationItem, query: ListApiQuery, { ignoreStatus = false } = {}): boolean {
  if (query.projectId && g.projectId !== query.projectId) return false;
  if (!ignoreStatus && query.status && !query.status.split(",").includes(g.status)) return false;
  if (query.model && g.model !== query.model) return false;
  if (query.creatorId && g.creator.id !== query.creatorId) return false;
  if (query.q && !g.prompt.toLowerCase().includes(query.q.toLowerCase())) return false;
  const day = g.createdAt.slice(0, 10);
  if (query.from && day < query.from) return false;
  if (query.to && day > query.to) return false;
  if (query.favourite === "true" && !g.favourite) return false;
  if (query.tag && !g.tags?.includes(query.tag)) return false;
  if (query.reviewStatus && (g.review?.status ?? NOT_REVIEWED) !== query.reviewStatus) return false;
  return true;
}

/** POST and PATCH answers leave out the caller's favourite and the tags: keep the known ones. */
export function withKnownExtras(g: GenerationItem, current: GenerationItem | undefined): GenerationItem {
  if (!current || (g.favourite !== undefined && g.tags !== undefined)) return g;
  return { ...g, favourite: g.favourite ?? current.favourite, tags: g.tags ?? current.tags };
}

/** Newest first, ties broken by id (descending), like the server's ordering. */
function isNewer(a: GenerationItem, b: GenerationItem): boolean {
  if (a.createdAt !== b.createdAt) return Date.parse(a.createdAt) > Date.parse(b.createdAt);
  return a.id > b.id;
}

function locate(data: PagedList, id: string): [number, number] | null {
  for (let p = 0; p < data.pages.length; p++) {
    const i = data.pages[p].items.findIndex((item) => item.id === id);
    if (i >= 0) return [p, i];
  }
  return null;
}

function withPage(data: PagedList, p: number, items: GenerationItem[]): PagedList {
  return { ...data, pages: data.pages.map((page, index) => (index === p ? { ...page, items } : page)) };
}

export function removeFromPages(data: PagedList, id: string): PagedList {
  const at = locate(data, id);
  if (!at) return data;
  const [p, i] = at;
  return withPage(
    data,
    p,
    data.pages[p].items.filter((_, index) => index !== i),
  );
}

/**
 * Updates a generation in a loaded list. Already shown: replaced in place, unless it left the
 * query for a reason other than its status (moved to another project: removed; a status filter
 * does not make a live card vanish). Not shown but matching: inserted in order if it falls
 * within the loaded range (or at the end when the list is complete).
 */
export function placeInPages(data: PagedList, answer: GenerationItem, query: ListApiQuery): PagedList {
  const at = locate(data, answer.id);
  const g = at ? withKnownExtras(answer, data.pages[at[0]].items[at[1]]) : answer;
  if (at) {
    if (!matchesApiQuery(g, query, { ignoreStatus: true })) return removeFromPages(data, g.id);
    const [p, i] = at;
    const current = data.pages[p].items[i];
    if (current === g) return data;
    return withPage(
      data,
      p,
      data.pages[p].items.map((item, index) => (index === i ? g : item)),
    );
  }
  if (!matchesApiQuery(g, query)) return data;
  for (let p = 0; p < data.pages.length; p++) {
    const i = data.pages[p].items.findIndex((item) => isNewer(g, item));
    if (i >= 0) {
      const items = [...data.pages[p].items];
      items.splice(i, 0, g);
      return withPage(data, p, items);
    }
  }
  const last = data.pages.length - 1;
  if (last < 0) return { pages: [{ items: [g], nextCursor: null }], pageParams: [null] };
  if (data.pages[last].nextCursor) return data; // older than everything loaded; it comes with a later page
  return withPage(data, last, [...data.pages[last].items, g]);
}

export function allItems(data: PagedList | undefined): GenerationItem[] {
  return data ? data.pages.flatMap((page) => page.items) : [];
}
