// The team's review of a video: a status (who gave it, when), the reviewer's private favourites and
// the team's tags. Pure, so the browser shows the same labels and refuses the same tags.
export const REVIEW_STATUS = { approved: "approved", changesRequested: "changes_requested", rejected: "rejected" } as const;
export const REVIEW_STATUSES = [REVIEW_STATUS.approved, REVIEW_STATUS.changesRequested, REVIEW_STATUS.rejected] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The list filter's value for "not reviewed yet". */
export const NOT_REVIEWED = "none";

export const REVIEW_LABELS: Record<ReviewStatus, string> = {
  approved: "Approved",
  changes_requested: "Changes requested",
  rejected: "Rejected",
};

export const isReviewStatus = (value: unknown): value is ReviewStatus => typeof value === "string" && (REVIEW_STATUSES as readonly string[]).includes(value);

export const TAG_MAX_LENGTH = 40;
export const TAGS_PER_GENERATION = 10;

/** A tag as stored: trimmed, inner spaces collapsed, lower-case, so "Hero Shot" and "hero  shot" are one tag. */
export const normalizeTag = (raw: string): string => raw.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Why `tag` (already normalized) cannot be a tag, or null. Commas are refused because the list
 * filter and the page statement separate tags with them.
 */
export function tagProblem(tag: string): string | null {
  if (tag.length === 0) return "A tag cannot be empty.";
  if ([...tag].length > TAG_MAX_LENGTH) return `A tag has at most ${TAG_MAX_LENGTH} characters.`;
  if (tag.includes(",")) return "A tag cannot contain a comma.";
  if (/[\u0000-\u001f\u007f]/.test(tag)) return "A tag cannot contain control characters.";
  return null;
}

/** The set of tags to store, normalized and without repeats, in the order given. */
export function tagSet(raw: readonly string[]): string[] {
  return [...new Set(raw.map(normalizeTag))];
}
