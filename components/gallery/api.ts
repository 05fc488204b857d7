// The gallery's calls to the REST API and the React Query keys they live under.
import type { CancelAnswerJson } from "@/lib/contracts/cancel";
import { api } from "@/components/app/api-client";
import type { ListApiQuery } from "./filters";
import type {
  GenerationEventJson as GenerationEvent,
  GenerationJson as GenerationItem,
  GenerationRequestJson as GenerationRequestBody,
  GenerationPageJson as ListPage,
  ShareLinkJson as ShareLink,
} from "@/lib/contracts/generation";

export const PAGE_SIZE = 24;

export const queryKeys = {
  lists: ["generations", "list"] as const,
  list: (query: ListApiQuery) => ["generations", "list", query] as const,
  live: (query: ListApiQuery) => ["generations", "live", query] as const,
  one: (id: string) => ["generation", id] as const,
  events: (id: string) => ["generation", id, "events"] as const,
  shares: (id: string) => ["generation", id, "shares"] as const,
};

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(key, String(value));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export function fetchGenerations(query: ListApiQuery & { cursor?: string; limit?: number }): Promise<ListPage> {
  return api<ListPage>(withQuery("/api/v1/generations", query));
}

export function fetchGeneration(id: string): Promise<GenerationItem> {
  return api<GenerationItem>(`/api/v1/generations/${encodeURIComponent(id)}`);
}

export async function fetchEvents(id: string): Promise<GenerationEvent[]> {
  return (await api<{ events: GenerationEvent[] }>(`/api/v1/generations/${encodeURIComponent(id)}/events`)).events;
}

/** A fresh Idempotency-Key (randomUUID needs a secure context; plain-HTTP self-hosts fall back). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Re-run: the same accepted request (in the generation's current project), under a new Idempotency-Key. */
export async function rerunGeneration(g: { projectId: string; request: GenerationRequestBody }): Promise<GenerationItem> {
  const body = { ...g.request, projectId: g.projectId };
  const res = await api<{ generation: GenerationItem }>("/api/v1/generations", { body, headers: { "idempotency-key": newIdempotencyKey() } });
  return res.generation;
}

export async function editPrompt(id: string, prompt: string): Promise<GenerationItem> {
  return (await api<{ generation: GenerationItem }>(`/api/v1/generations/${encodeURIComponent(id)}`, { method: "PATCH", body: { prompt } })).generation;
}

export async function moveGeneration(id: string, projectId: string): Promise<GenerationItem> {
  return (await api<{ generation: GenerationItem }>(`/api/v1/generations/${encodeURIComponent(id)}`, { method: "PATCH", body: { projectId } })).generation;
}

export function cancelGeneration(id: string): Promise<CancelAnswerJson> {
  return api<CancelAnswerJson>(`/api/v1/generations/${encodeURIComponent(id)}/cancel`, { method: "POST" });
}

export async function deleteGeneration(id: string): Promise<void> {
  await api(`/api/v1/generations/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export async function fetchShares(id: string): Promise<ShareLink[]> {
  return (await api<{ shares: ShareLink[] }>(`/api/v1/generations/${encodeURIComponent(id)}/share`)).shares;
}

export async function createShare(id: string, expiresInDays: number | null): Promise<ShareLink> {
  return (await api<{ share: ShareLink }>(`/api/v1/generations/${encodeURIComponent(id)}/share`, { body: { expiresInDays } })).share;
}

export async function revokeShare(id: string, shareId: string): Promise<void> {
  await api(withQuery(`/api/v1/generations/${encodeURIComponent(id)}/share`, { shareId }), { method: "DELETE" });
}

export const videoUrl = (id: string) => `/api/v1/generations/${encodeURIComponent(id)}/video`;
export const downloadUrl = (id: string) => `${videoUrl(id)}?download=1`;
