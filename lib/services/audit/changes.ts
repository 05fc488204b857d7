// What an update changed, for the audit trail: the before and after of each field that differs, so
// an entry can be read without the one before it. Callers pass display-safe values only (no secrets).
import "server-only";
export type AuditValue = string | number | boolean | null | string[];

export interface AuditChanges<T extends Record<string, AuditValue>> {
  from: Partial<T>;
  to: Partial<T>;
}

/** null when nothing differs. */
export function auditChanges<T extends Record<string, AuditValue>>(before: T, after: T): AuditChanges<T> | null {
  const from: Partial<T> = {};
  const to: Partial<T> = {};
  for (const field of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
    from[field] = before[field];
    to[field] = after[field];
  }
  return Object.keys(to).length > 0 ? { from, to } : null;
}
