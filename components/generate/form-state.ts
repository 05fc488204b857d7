// The generation form's state and how it changes. Values left undefined are "not set": the form
// shows the model's default and the request leaves the field out. Pure: unit-tested.
import type { GenerationRequest, ModelKind, OutputParameters, ReferenceType, Region } from "@/lib/rules/models/types";
import { renameReferenceMentions } from "@/lib/rules/models/references";
import { defaultModelId, durationAllowed, offeredIn, regionalModel, sizesOf, type PublicModel } from "./catalog-view";

export type MediaGuess = "image" | "video" | "unknown";

export interface ReferenceDraft {
  /** Stable key for lists (never sent). */
  key: string;
  url: string;
  /** The declared type; undefined lets the server detect it from the file. */
  type?: ReferenceType;
  voiceUrl?: string;
  /** What the file looks like, for the preview (from the sample, the upload or the URL). */
  media: MediaGuess;
  label: string;
  /** A local preview address (an uploaded file's object URL), else the url is used. */
  previewUrl?: string;
  /** Upload in progress: the reference has no URL yet. */
  uploading?: boolean;
  uploadError?: string;
}

export interface FormState extends OutputParameters {
  projectId: string;
  mode: ModelKind;
  region: Region;
  model: string;
  prompt: string;
  negativePrompt: string;
  audioUrl: string;
  /** Text as typed; sent as a number when it is one. */
  seed: string;
  references: ReferenceDraft[];
}

/** Each reference's kind as the form shows it (the estimate may know more than the drafts). */
interface KnownKinds {
  kinds?: readonly (ReferenceType | undefined)[];
}

export type SettableField = Exclude<keyof FormState, "mode" | "region" | "model" | "references">;

export type FormAction =
  | { type: "set"; patch: Partial<Pick<FormState, SettableField>> }
  | ({ type: "mode"; mode: ModelKind } & KnownKinds)
  | ({ type: "region"; region: Region } & KnownKinds)
  | ({ type: "model"; model: string } & KnownKinds)
  | { type: "addReference"; reference: ReferenceDraft }
  | { type: "updateReference"; key: string; patch: Partial<ReferenceDraft> }
  | { type: "moveReference"; key: string; offset: -1 | 1 }
  | { type: "removeReference"; key: string }
  | { type: "replace"; state: FormState };

let keyCounter = 0;
export function newReferenceKey(): string {
  keyCounter += 1;
  return `ref-${Date.now().toString(36)}-${keyCounter}`;
}

const IMAGE_EXTENSIONS = /\.(png|jpe?g|webp|bmp|gif)$/i;
const VIDEO_EXTENSIONS = /\.(mp4|mov|webm|m4v)$/i;

/** A best guess of what a URL points at, from its path. */
export function guessMedia(url: string, contentType?: string): MediaGuess {
  if (contentType?.startsWith("image/")) return "image";
  if (contentType?.startsWith("video/")) return "video";
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not a full URL: look at the text as is
  }
  if (IMAGE_EXTENSIONS.test(path)) return "image";
  if (VIDEO_EXTENSIONS.test(path)) return "video";
  return "unknown";
}

/** The last path segment of a URL, for a readable label. */
export function labelOfUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const last = decodeURIComponent(parsed.pathname.split("/").filter(Boolean).pop() ?? "");
    return last || parsed.hostname;
  } catch {
    return url;
  }
}

/** Drops values the model (in its region) does not offer, so the form never holds a stale choice. */
export function reconcile(state: FormState, models: readonly PublicModel[]): FormState {
  const found = models.find((model) => model.id === state.model);
  if (!found) return state;
  const model = regionalModel(found, state.region);
  const next: FormState = { ...state };
  if (next.size !== undefined && !sizesOf(model).some((option) => option.size === next.size)) next.size = undefined;
  if (model.output.kind === "resolution") {
    if (next.resolution !== undefined && !model.output.resolutions.includes(next.resolution)) next.resolution = undefined;
    if (next.ratio !== undefined && !model.output.ratios.includes(next.ratio)) next.ratio = undefined;
  }
  if (next.duration !== undefined && (model.durations.kind === "fixed" || !durationAllowed(model.durations, next.duration))) {
    next.duration = undefined;
  }
  if (model.audio.output !== "optional") next.audio = undefined;
  if (!model.shotType) next.shotType = undefined;
  const types = model.references?.types ?? [];
  next.references = state.references.map((ref) => (ref.type === "first_frame" && !types.includes("first_frame") ? { ...ref, type: "image" } : ref));
  return next;
}

/** After a model change the prompt calls each reference by its name on the new model. */
function withRenamedMentions(before: FormState, after: FormState, kinds: KnownKinds["kinds"]): FormState {
  if (before.model === after.model || before.references.length === 0) return after;
  const types = before.references.map((ref, i): ReferenceType => kinds?.[i] ?? ref.type ?? (ref.media === "video" ? "video" : "image"));
  const prompt = renameReferenceMentions(before.prompt, types, before.model, after.model);
  return prompt === after.prompt ? after : { ...after, prompt };
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length - 1, index));
}

export function formReducer(models: readonly PublicModel[]) {
  return function reduce(state: FormState, action: FormAction): FormState {
    switch (action.type) {
      case "set": {
        const next = { ...state, ...action.patch };
        // wan2.6-t2v: a shot type only takes effect with prompt extend on.
        const model = models.find((m) => m.id === next.model);
        if (action.patch.promptExtend === false && model?.shotType?.requiresPromptExtend) next.shotType = undefined;
        return next;
      }
      case "mode": {
        if (action.mode === state.mode) return state;
        const model = defaultModelId(models, action.mode, state.region) ?? state.model;
        return withRenamedMentions(state, reconcile({ ...state, mode: action.mode, model }, models), action.kinds);
      }
      case "region": {
        const current = models.find((m) => m.id === state.model);
        const model = current && offeredIn(current, action.region) ? state.model : (defaultModelId(models, state.mode, action.region) ?? state.model);
        return withRenamedMentions(state, reconcile({ ...state, region: action.region, model }, models), action.kinds);
      }
      case "model":
        return withRenamedMentions(state, reconcile({ ...state, model: action.model }, models), action.kinds);
      case "addReference":
        return { ...state, references: [...state.references, action.reference] };
      case "updateReference":
        return { ...state, references: state.references.map((ref) => (ref.key === action.key ? { ...ref, ...action.patch } : ref)) };
      case "moveReference": {
        const from = state.references.findIndex((ref) => ref.key === action.key);
        if (from < 0) return state;
        const to = clampIndex(from + action.offset, state.references.length);
        if (to === from) return state;
        const references = [...state.references];
        const [moved] = references.splice(from, 1);
        references.splice(to, 0, moved);
        return { ...state, references };
      }
      case "removeReference":
        return { ...state, references: state.references.filter((ref) => ref.key !== action.key) };
      case "replace":
        return action.state;
    }
  };
}

export interface InitialStateInput {
  models: readonly PublicModel[];
  projectId: string;
  region: Region;
  /** A previous generation's accepted request ("Use these settings"). */
  from?: Partial<GenerationRequest> | null;
}

/** A fresh form, or one filled from an earlier request (its region and model are kept when offered). */
export function initialFormState({ models, projectId, region, from }: InitialStateInput): FormState {
  const fromModel = from?.model ? models.find((model) => model.id === from.model) : undefined;
  const mode: ModelKind = fromModel?.kind ?? "t2v";
  const base: FormState = {
    projectId,
    mode,
    region,
    model: fromModel?.id ?? defaultModelId(models, mode, region) ?? models[0]?.id ?? "",
    prompt: "",
    negativePrompt: "",
    audioUrl: "",
    seed: "",
    references: [],
  };
  if (!from || !fromModel) return base;
  const state: FormState = {
    ...base,
    region: from.region && offeredIn(fromModel, from.region) ? from.region : region,
    prompt: from.prompt ?? "",
    negativePrompt: from.negativePrompt ?? "",
    audioUrl: from.audioUrl ?? "",
    seed: from.seed === undefined ? "" : String(from.seed),
    size: from.size,
    resolution: from.resolution,
    ratio: from.ratio,
    duration: from.duration,
    audio: from.audio,
    shotType: from.shotType,
    promptExtend: from.promptExtend,
    watermark: from.watermark,
    references: (from.references ?? []).map((ref) => ({
      key: newReferenceKey(),
      url: ref.url,
      type: ref.type,
      voiceUrl: ref.voiceUrl,
      media: ref.type === "video" ? "video" : ref.type ? "image" : guessMedia(ref.url),
      label: labelOfUrl(ref.url),
    })),
  };
  return reconcile(state, models);
}
