// What the form shows per reference: its kind (declared, else as the estimate found it, else a
// guess), the name the prompt uses for it, and its cost line from the estimate. Pure.
import type { PartialReferenceCost } from "@/lib/rules/billing/partial-estimate";
import { referenceNames } from "@/lib/rules/models/references";
import type { ReferenceType } from "@/lib/rules/models/types";
import type { ReferenceDraft } from "./form-state";

export interface ReferenceView {
  kinds: (ReferenceType | undefined)[];
  names: (string | null)[];
  costs: (PartialReferenceCost | undefined)[];
}

/** `estimate`: a full estimate, or the partial one of a refused request (its figures may be null). */
export function describeReferences(
  modelId: string,
  drafts: readonly ReferenceDraft[],
  estimate: { references: readonly PartialReferenceCost[] } | undefined,
): ReferenceView {
  const estimated = estimate?.references ?? [];
  // The estimate's list matches the drafts only while they are the same URLs in the same order.
  const aligned = estimated.length === drafts.length && estimated.every((cost, i) => cost.url === drafts[i].url.trim());
  const costs = drafts.map((_, i) => (aligned ? estimated[i] : undefined));
  const kinds = drafts.map((draft, i): ReferenceType | undefined => {
    if (draft.type) return draft.type;
    const found = costs[i]?.type;
    if (found) return found;
    return draft.media === "unknown" ? undefined : draft.media;
  });
  const names = referenceNames(
    modelId,
    kinds.map((kind) => kind ?? "image"),
  );
  return { kinds, names, costs };
}

/** The distinct names a prompt can use, in order (for the insert chips). */
export function promptNames(names: readonly (string | null)[]): string[] {
  return [...new Set(names.filter((name): name is string => name !== null))];
}
