// The audit trail as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted).
import "server-only";
import { stringify } from "csv-stringify/sync";
import { assertCan, type Actor } from "@/lib/platform/auth/actor";
import { db } from "@/lib/adapters/db/client";
import { AUDIT_ORDER, auditWhere, withActors, type PublicAuditEvent } from "@/lib/services/audit/query";
import type { AuditFilters } from "@/lib/services/audit/schemas";

export const CSV_MAX_ROWS = 100_000;
const BATCH = 1_000;

export const CSV_COLUMNS = ["time", "action", "actor_id", "actor_email", "actor_name", "target_type", "target_id", "ip", "data"] as const;

/** Spreadsheets run cells starting with = + - @ as formulas; a leading apostrophe keeps them text. */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function auditCsvRow(e: Omit<PublicAuditEvent, "teamId">): string[] {
  const cell = (v: string | null | undefined) => neutralizeFormula(v ?? "");
  return [
    e.createdAt.toISOString(),
    cell(e.action),
    cell(e.actor?.id),
    cell(e.actor?.email),
    cell(e.actor?.name),
    cell(e.targetType),
    cell(e.targetId),
    cell(e.ip),
    e.data === null || e.data === undefined ? "" : JSON.stringify(e.data),
  ];
}

export function toCsv(rows: string[][], header = true): string {
  return stringify(rows, { header, columns: header ? [...CSV_COLUMNS] : undefined, record_delimiter: "windows" });
}

export async function exportAuditCsv(actor: Actor, filters: AuditFilters): Promise<string> {
  assertCan(actor, "audit.view");
  const where = auditWhere(actor.teamId, filters);
  const parts: string[] = [toCsv([], true)];
  let cursor: string | undefined;
  for (let total = 0; total < CSV_MAX_ROWS; ) {
    const rows = await db().auditEvent.findMany({
      where,
      orderBy: AUDIT_ORDER,
      take: Math.min(BATCH, CSV_MAX_ROWS - total),
      ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    });
    if (rows.length === 0) break;
    parts.push(toCsv((await withActors(rows)).map(auditCsvRow), false));
    total += rows.length;
    cursor = rows[rows.length - 1].id;
    if (rows.length < BATCH) break;
  }
  return parts.join("");
}
