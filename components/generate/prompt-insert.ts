// Inserting a reference name into the prompt at the cursor. Pure.

/** The prompt with `name` put at the selection, padded with spaces where needed. */
export function insertAt(text: string, start: number, end: number, name: string): { text: string; cursor: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before.length > 0 && !/\s$/.test(before) ? " " : "";
  const trail = after.length > 0 && /^[^\s.,;:!?)]/.test(after) ? " " : after.length === 0 ? " " : "";
  const inserted = `${lead}${name}${trail}`;
  return { text: `${before}${inserted}${after}`, cursor: before.length + inserted.length };
}
