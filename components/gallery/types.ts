// The Generation resource as the browser receives it (JSON: dates are ISO strings), plus the
// small pieces of server data the gallery needs (models, projects, members, who is looking).
import type { PublicStatus } from "@/lib/services/generations/resource";
import type { EffectiveParameters } from "@/lib/rules/models/effective";
import type { ReferenceInput, ReferenceType } from "@/lib/rules/models/types";

export type GenerationStatus = PublicStatus;

/** The request body as accepted (docs/api.md); only the fields the model takes are present. */
export interface GenerationRequestBody {
  projectId: string;
  model: string;
  region: string;
  prompt: string;
  negativePrompt?: string;
  references?: ReferenceInput[];
  audioUrl?: string;
  size?: string;
  resolution?: string;
  ratio?: string;
  duration?: number;
  audio?: boolean;
  shotType?: "single" | "multi";
  promptExtend?: boolean;
  watermark?: boolean;
  seed?: number;
}

export interface EstimateView {
  inputVideoSeconds: number;
  outputSeconds: number;
  billedSeconds: number;
  unitPrice: string | null;
  currency: string;
  amount: string | null;
  amountMicros: string | null;
  priceKnown: boolean;
  priceSource?: string | null;
  references: { url: string; type: ReferenceType; durationSeconds: number | null; billedSeconds: number }[];
}

export interface GenerationItem {
  id: string;
  projectId: string;
  creator: { id: string; name: string };
  mode: string;
  model: string;
  region: string;
  prompt: string;
  request: GenerationRequestBody;
  /** The output parameters the provider applies, defaults filled in (null for a model no longer listed). */
  parameters: EffectiveParameters | null;
  warnings: { path: string; message: string }[];
  status: GenerationStatus;
  archiving: boolean;
  keySource: string | null;
  providerTaskId: string | null;
  providerRequestId: string | null;
  error: { code: string; message: string; title?: string; hint?: string } | null;
  estimate: EstimateView | null;
  actual: { billedSeconds: number; amount: string | null; currency: string | null } | null;
  costMismatch: boolean;
  video: { url: string; bytes: number; sha256: string | null; archivedAt: string | null } | null;
  createdAt: string;
  submittedAt: string | null;
  finishedAt: string | null;
}

export interface ListPage {
  items: GenerationItem[];
  nextCursor: string | null;
}

export interface GenerationEvent {
  id: string;
  type: string;
  actorId: string | null;
  message: string | null;
  data: Record<string, unknown> | null;
  createdAt: string;
}

export interface ShareLink {
  id: string;
  url: string;
  expiresAt: string | null;
  createdAt: string;
  expired?: boolean;
}

export interface ModelSummary {
  id: string;
  label: string;
  typicalSeconds: number;
}

export interface ProjectOption {
  id: string;
  name: string;
  /** Archived projects keep their videos but take no new ones (no re-runs or moves into them). */
  archived: boolean;
}

export interface MemberOption {
  id: string;
  name: string;
}

/** What the signed-in person may do, decided on the server with `can()`. */
export interface Viewer {
  userId: string;
  canCreate: boolean;
  canDownload: boolean;
  canManageAny: boolean;
  canManageOwn: boolean;
}

/** Delete, move and share: admins on anything, members on their own generations. */
export function canManage(viewer: Viewer, g: Pick<GenerationItem, "creator">): boolean {
  return viewer.canManageAny || (viewer.canManageOwn && g.creator.id === viewer.userId);
}
