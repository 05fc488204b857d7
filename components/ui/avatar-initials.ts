/** Up to two initials from a name ("Ada Lovelace" → "AL") or an email ("ada.l@x.io" → "AL"). */
export function initialsOf(nameOrEmail: string): string {
  const local = nameOrEmail.includes("@") && !nameOrEmail.trim().includes(" ") ? (nameOrEmail.split("@")[0] ?? "") : nameOrEmail;
  const words = local
    .split(/[\s._\-+]+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
  if (words.length === 0) return "?";
  const first = Array.from(words[0] ?? "")[0] ?? "";
  const last = words.length > 1 ? (Array.from(words[words.length - 1] ?? "")[0] ?? "") : "";
  return (first + last).toUpperCase();
}

/** Number of avatar background hues. */
export const AVATAR_HUE_COUNT = 8;

/** A stable palette slot for a name, so a person keeps the same color everywhere. */
export function avatarHueIndex(key: string): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % AVATAR_HUE_COUNT;
}
