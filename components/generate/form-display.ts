// What the form shows where: which issue locations have a visible field, which issues stay quiet
// until the person has had a chance to act, and prompt placeholders. Pure.
import type { Issue } from "@/lib/rules/models/types";
import type { RegionalModel } from "./catalog-view";
import { locationOf } from "./issue-placement";

const ALWAYS_SHOWN = new Set(["projectId", "region", "model", "prompt", "audio"]);

/** Whether an issue location has a field on screen for this model. */
export function visibleLocations(model: RegionalModel | undefined): (location: string) => boolean {
  return (location) => {
    if (ALWAYS_SHOWN.has(location)) return true;
    if (!model) return false;
    if (location === "references" || location.startsWith("references.")) return model.references !== null;
    if (location === "size") return model.output.kind === "size";
    if (location === "resolution" || location === "ratio") return model.output.kind === "resolution";
    if (location === "duration") return model.durations.kind !== "fixed";
    if (location === "shotType") return model.shotType !== null;
    return (model.acceptedFields as string[]).includes(location);
  };
}

/**
 * The issues to show next to their fields: all but an empty prompt nobody has typed in, and the
 * "add at least one reference" rule before any reference was added (the submit button still
 * says what is missing).
 */
export function issuesToShow(issues: readonly Issue[], context: { promptTouched: boolean; referenceCount: number }): Issue[] {
  return issues.filter((issue) => {
    const location = locationOf(issue.path);
    if (location === "prompt" && !context.promptTouched && /is empty/.test(issue.message)) return false;
    if (issue.path === "references" && context.referenceCount === 0) return false;
    return true;
  });
}

export function promptPlaceholder(model: RegionalModel): string {
  if (model.references?.naming === "character") {
    return "character1 hands character2 a steaming cup of coffee at a sunny street café; slow push-in, warm light";
  }
  if (model.references?.naming === "media") {
    return "Image 1 walks through the rain-soaked market from Video 1, turns to the camera and smiles";
  }
  return "A slow dolly shot through a neon-lit night market in the rain, steam rising from food stalls, cinematic";
}
