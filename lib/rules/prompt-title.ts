// A prompt as a short title for pages, tabs and logs (pure; server and client).

const TRAILING = /[\s,.;:!?·—–-]+$/u;

/**
 * One line of whitespace, at most `max` characters (code points), cut at a word boundary when
 * there is one in the last third, and marked with "…" when shortened.
 */
export function promptTitle(prompt: string, max = 80): string {
  const text = prompt.replace(/\s+/g, " ").trim();
  const chars = Array.from(text);
  if (chars.length === 0) return "Untitled generation";
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  const head = space >= Math.floor(((max - 1) * 2) / 3) ? cut.slice(0, space) : cut;
  return `${head.replace(TRAILING, "")}…`;
}
