// Keeps every loaded gallery (any filters) and the detail cache in step after a change, without
// refetching whole lists: a re-run appears, a move leaves its old project, a delete disappears.
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "./api";
import type { ListApiQuery } from "./filters";
import { placeInPages, removeFromPages, withKnownExtras, type PagedList } from "./pages";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";

function queryOfKey(key: readonly unknown[]): ListApiQuery {
  return (key[2] ?? {}) as ListApiQuery;
}

export function upsertInLists(client: QueryClient, g: GenerationItem): void {
  for (const [key, data] of client.getQueriesData<PagedList>({ queryKey: queryKeys.lists })) {
    if (!data) continue;
    const next = placeInPages(data, g, queryOfKey(key));
    if (next !== data) client.setQueryData(key, next);
  }
  const current = client.getQueryData<GenerationItem>(queryKeys.one(g.id));
  if (current !== undefined && current !== g) client.setQueryData(queryKeys.one(g.id), withKnownExtras(g, current));
}

export function removeFromLists(client: QueryClient, id: string): void {
  for (const [key, data] of client.getQueriesData<PagedList>({ queryKey: queryKeys.lists })) {
    if (!data) continue;
    const next = removeFromPages(data, id);
    if (next !== data) client.setQueryData(key, next);
  }
  client.removeQueries({ queryKey: queryKeys.one(id) });
}
