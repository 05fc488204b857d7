// Puts validation issues (from validateGeneration in the browser or a 422 from the API) next to
// the field they name; issues about fields the form does not show go to a general list.
import type { Issue } from "@/lib/rules/models/types";

export interface PlacedIssues {
  /** Messages per form location: a field name, "references", or "references.N" (one card). */
  at: ReadonlyMap<string, string[]>;
  /** Messages for which no visible field exists. */
  general: string[];
}

/** "references.2.url" → "references.2"; other paths are used as they are. */
export function locationOf(path: string): string {
  const match = /^references\.(\d+)(\..*)?$/.exec(path);
  return match ? `references.${match[1]}` : path;
}

export function placeIssues(issues: readonly Issue[], visible: (location: string) => boolean): PlacedIssues {
  const at = new Map<string, string[]>();
  const general: string[] = [];
  for (const issue of issues) {
    const location = locationOf(issue.path);
    if (!visible(location)) {
      if (!general.includes(issue.message)) general.push(issue.message);
      continue;
    }
    const list = at.get(location) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    at.set(location, list);
  }
  return { at, general };
}

export function mergeIssues(...lists: readonly (readonly Issue[] | undefined)[]): Issue[] {
  const seen = new Set<string>();
  const merged: Issue[] = [];
  for (const issue of lists.flatMap((list) => list ?? [])) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(issue);
  }
  return merged;
}
