// Names for the targets of audit entries, so the log reads "Spring campaign", not a cuid. Looked
// up in one query per kind; a target that is gone falls back to what the entry itself recorded.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { promptTitle } from "@/lib/rules/prompt-title";
import { getModel } from "@/lib/rules/models/catalog";
import { displayUrl } from "@/lib/adapters/net/errors";
import { REGION_LABELS } from "@/lib/rules/billing/price-key";

interface Entry {
  targetType: string | null;
  targetId: string | null;
  data: unknown;
}

type Lookup = (teamId: string, ids: string[]) => Promise<[string, string][]>;

const LOOKUPS: Record<string, Lookup> = {
  user: async (_, ids) =>
    (await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u.name || u.email]),
  team: async (_, ids) => (await db().team.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((t) => [t.id, t.name]),
  project: async (teamId, ids) =>
    (await db().project.findMany({ where: { teamId, id: { in: ids } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]),
  generation: async (teamId, ids) =>
    (await db().generation.findMany({ where: { teamId, id: { in: ids } }, select: { id: true, prompt: true } })).map((g) => [g.id, promptTitle(g.prompt, 60)]),
  invitation: async (teamId, ids) =>
    (await db().invitation.findMany({ where: { teamId, id: { in: ids } }, select: { id: true, email: true, role: true } })).map((i) => [
      i.id,
      i.email ?? `Link for a new ${i.role}`,
    ]),
  token: async (teamId, ids) =>
    (await db().apiToken.findMany({ where: { teamId, id: { in: ids } }, select: { id: true, name: true } })).map((t) => [t.id, t.name]),
  webhook: async (teamId, ids) =>
    (await db().webhook.findMany({ where: { teamId, id: { in: ids } }, select: { id: true, url: true } })).map((w) => [w.id, displayUrl(w.url, 80)]),
};

const text = (value: unknown) => (typeof value === "string" && value ? value : null);

/** What the entry's own data says about its target (names of deleted things, prices, budgets). */
function recordedName(entry: Entry, projectNames: Map<string, string>): string | null {
  const data = (entry.data && typeof entry.data === "object" ? entry.data : {}) as Record<string, unknown>;
  switch (entry.targetType) {
    case "email":
      return entry.targetId;
    case "provider_key":
      return entry.targetId ? (REGION_LABELS[entry.targetId] ?? entry.targetId) : null;
    case "price": {
      const model = text(data.model);
      if (!model) return null;
      const region = text(data.region);
      return [getModel(model)?.label ?? model, region && (REGION_LABELS[region] ?? region), text(data.tier)].filter(Boolean).join(" · ");
    }
    case "budget": {
      if (data.scope !== "project") return "Whole team";
      const projectId = text(data.projectId);
      return (projectId && projectNames.get(projectId)) ?? "A project";
    }
    default:
      return text(data.name) ?? text(data.to) ?? text(data.url);
  }
}

export async function withTargetNames<T extends Entry>(teamId: string, entries: T[]): Promise<(T & { targetName: string | null })[]> {
  const wanted = new Map<string, Set<string>>();
  const want = (type: string, id: unknown) => {
    if (typeof id !== "string" || !id || !LOOKUPS[type]) return;
    if (!wanted.has(type)) wanted.set(type, new Set());
    wanted.get(type)!.add(id);
  };
  for (const e of entries) {
    if (e.targetType) want(e.targetType, e.targetId);
    if (e.targetType === "budget") want("project", (e.data as { projectId?: unknown } | null)?.projectId);
    if (e.targetType === "webhook_delivery") want("webhook", (e.data as { webhookId?: unknown } | null)?.webhookId);
  }
  const found = new Map<string, Map<string, string>>();
  await Promise.all([...wanted].map(async ([type, ids]) => found.set(type, new Map(await LOOKUPS[type](teamId, [...ids])))));
  const projects = found.get("project") ?? new Map<string, string>();
  return entries.map((e) => {
    let name: string | null = null;
    if (e.targetType === "webhook_delivery") {
      const webhookId = (e.data as { webhookId?: unknown } | null)?.webhookId;
      name = typeof webhookId === "string" ? (found.get("webhook")?.get(webhookId) ?? null) : null;
    } else if (e.targetType && e.targetId) {
      name = found.get(e.targetType)?.get(e.targetId) ?? null;
    }
    return { ...e, targetName: name ?? recordedName(e, projects) };
  });
}
