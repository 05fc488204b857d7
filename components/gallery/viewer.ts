// What the gallery knows besides the generations themselves: the team's models, projects and
// members for filters and dialogs, and what the signed-in person may do (decided on the server).
// The generation resource itself is the contract's type (lib/contracts/generation.ts).

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
  /** Set the review status and the tags. */
  canReview: boolean;
}

/** Delete, move and share: admins on anything, members on their own generations. */
export function canManage(viewer: Viewer, g: { creator: { id: string } }): boolean {
  return viewer.canManageAny || (viewer.canManageOwn && g.creator.id === viewer.userId);
}
