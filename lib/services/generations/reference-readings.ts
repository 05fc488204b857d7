// wan2.6 sends references as bare URLs (input.reference_urls): no type goes with them, so the
// provider decides for itself whether each is an image or a video, and the file name is the
// likeliest clue it uses. Where a URL's extension does not say what the probe found (a PNG named
// .mp4, a video with no extension), the provider may read it the other way and the bill changes:
// warn before submitting, with the estimate both ways. Pure.
import "server-only";
import { formatMoney } from "@/lib/rules/billing/money";
import type { CostEstimate } from "@/lib/rules/billing/estimate";
import { getModel } from "@/lib/rules/models/catalog";
import { referenceNames } from "@/lib/rules/models/references";
import type { GenerationRequest, Issue, ProbedMedia, ReferenceType } from "@/lib/rules/models/types";
import { formatFromExtension } from "@/lib/adapters/probe/sniff";

type VisualKind = "image" | "video";

export interface MisreadRisk {
  index: number;
  /** What the file is, by its bytes. */
  content: VisualKind;
  /** The URL path's extension (".png"), or null when it has none. */
  extension: string | null;
  /** How the provider may read it instead. */
  readAs: VisualKind;
}

function extensionOf(url: string): string | null {
  try {
    return /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[0].toLowerCase() ?? null;
  } catch {
    return null;
  }
}

/** The references whose URL does not name the kind their content is, for models that send no type. */
export function misreadRisks(request: Pick<GenerationRequest, "model" | "references">, probes: Record<string, ProbedMedia>): MisreadRisk[] {
  if (getModel(request.model)?.form !== "r2v-reference-urls") return [];
  const risks: MisreadRisk[] = [];
  (request.references ?? []).forEach((ref, index) => {
    const content = probes[ref.url]?.kind;
    if (content !== "image" && content !== "video") return;
    if (formatFromExtension(ref.url)?.kind === content) return;
    risks.push({ index, content, extension: extensionOf(ref.url), readAs: content === "image" ? "video" : "image" });
  });
  return risks;
}

/** The request's reference types with one reference read as `kind`. */
function typesReadingOneAs(types: readonly ReferenceType[], index: number, kind: VisualKind): ReferenceType[] {
  return types.map((type, i) => (i === index ? kind : type));
}

const article = (kind: VisualKind) => (kind === "image" ? "an image" : "a video");
const EXAMPLE_EXTENSIONS: Record<VisualKind, string> = { image: ".png or .jpg", video: ".mp4 or .mov" };

function costText(estimate: CostEstimate, upTo: boolean): string {
  const billed = `${Number(estimate.billedSeconds.toFixed(3))} s billed`;
  const prefix = upTo ? "up to " : "";
  if (estimate.amountMicros === null) return `${prefix}${billed}`;
  return `${prefix}${formatMoney(BigInt(estimate.amountMicros), estimate.currency)} (${billed})`;
}

/**
 * The warning for one risk. `asContent` is the estimate as submitted (the file read as what it
 * is); `asMisread` the same request with this reference read the other way. An image read as a
 * video has no length to go by, so that side is the most it could cost.
 */
function misreadWarning(risk: MisreadRisk, modelId: string, types: readonly ReferenceType[], asContent: CostEstimate, asMisread: CostEstimate): Issue {
  const name = referenceNames(modelId, types)[risk.index];
  const reference = `Reference ${risk.index + 1}${name ? ` (${name})` : ""}`;
  const url = risk.extension ? `its URL ends in ${risk.extension}` : "its URL has no file extension";
  const contentCost = `${costText(asContent, false)} as ${article(risk.content)}`;
  const misreadCost = `${costText(asMisread, risk.readAs === "video")} as ${article(risk.readAs)}`;
  return {
    path: `references.${risk.index}.url`,
    message:
      `${reference} is ${article(risk.content)} but ${url}, so the provider may read it as ${article(risk.readAs)}: ` +
      `the estimate is ${contentCost} and ${misreadCost}. A URL ending in ${EXAMPLE_EXTENSIONS[risk.content]} avoids the doubt.`,
  };
}

/** The warnings for a valid request; `estimateWith` prices it with the references read as the given types. */
export function misreadWarnings(
  request: Pick<GenerationRequest, "model" | "references">,
  probes: Record<string, ProbedMedia>,
  types: readonly ReferenceType[],
  estimateWith: (types: readonly ReferenceType[]) => CostEstimate,
): Issue[] {
  const risks = misreadRisks(request, probes);
  if (risks.length === 0) return [];
  const asSubmitted = estimateWith(types);
  return risks.map((risk) => misreadWarning(risk, request.model, types, asSubmitted, estimateWith(typesReadingOneAs(types, risk.index, risk.readAs))));
}
