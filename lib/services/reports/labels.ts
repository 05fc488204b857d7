// Human labels for report keys: project and people names from the database, model names from
// the catalog, region and time buckets from fixed tables.
import "server-only";
import { db } from "@/lib/adapters/db/client";
import { getModel } from "@/lib/rules/models/catalog";
import { REGION_LABELS } from "@/lib/rules/billing/price-key";
import { bucketLabel } from "@/lib/rules/date-range";
import type { GroupBy } from "@/lib/contracts/usage-vocabulary";

export async function labelsFor(groupBy: GroupBy, teamId: string, keys: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(keys)];
  if (groupBy === "project") {
    const rows = unique.length
      ? await db().project.findMany({ where: { teamId, id: { in: unique } }, select: { id: true, name: true, archivedAt: true } })
      : [];
    return new Map(rows.map((p) => [p.id, p.archivedAt ? `${p.name} (archived)` : p.name]));
  }
  if (groupBy === "user") {
    const rows = unique.length ? await db().user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, email: true } }) : [];
    return new Map(rows.map((u) => [u.id, u.name || u.email]));
  }
  const label = (key: string) => {
    if (groupBy === "model") return getModel(key)?.label ?? key;
    if (groupBy === "region") return REGION_LABELS[key] ?? key;
    return bucketLabel(key);
  };
  return new Map(unique.map((k) => [k, label(k)]));
}
