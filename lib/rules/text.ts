// Text rules every input shares. Client-safe: the form and the schemas use them too.
import { fieldLabel } from "@/lib/rules/models/messages";
import type { Issue } from "@/lib/rules/models/types";

// A UTF-16 surrogate without its partner (JSON's "\ud800") is not text: PostgreSQL refuses it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored, or null: a NUL character or an unpaired surrogate. */
export function invalidTextReason(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character (U+0000), which is not allowed in text";
  if (LONE_SURROGATE.test(text)) return "contains invalid Unicode (an unpaired UTF-16 surrogate); send well-formed UTF-8 text";
  return null;
}

/** One issue per string (value or key) in a parsed JSON value that is not valid text, at its dotted path. */
export function invalidTextIssues(value: unknown, path = ""): Issue[] {
  if (typeof value === "string") {
    const reason = invalidTextReason(value);
    return reason ? [{ path, message: `${path ? fieldLabel(path) : "The body"} ${reason}.` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => invalidTextIssues(item, join(path, String(i))));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => {
      const at = join(path, key);
      const reason = invalidTextReason(key);
      return reason ? [{ path: at, message: `The field name ${JSON.stringify(key)} ${reason}.` }] : invalidTextIssues(item, at);
    });
  }
  return [];
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

// Characters that show nothing on their own: white space, controls, format characters (zero-width
// space and joiners, BOM, bidi marks), other default-ignorables (Hangul fillers, variation
// selectors), combining marks without a base, and the blank Braille pattern.
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** Whether `text` has at least one character a person can see. */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(INVISIBLE, "").length > 0;
}
