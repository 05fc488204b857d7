// Counts the statements each client sent, from a PostgreSQL server log written with
// log_statement=all and log_line_prefix='%a|' (the client's application_name first). Every
// statement counts once, BEGIN and COMMIT included, whether sent as a simple or a prepared query.
import { openSync, readSync, closeSync, statSync } from "node:fs";

export const STATEMENT_LOG_SETTINGS = { log_statement: "all", log_line_prefix: "'%a|'" };

const STATEMENT = /^([^|\n]*)\|LOG: {2}(?:statement|execute [^:]*): (.*)$/;
/** Any line the server starts (LOG, DETAIL, ERROR…); other lines continue the statement above. */
const SERVER_LINE = /^[^|\n]*\|[A-Z]+: {2}/;

export interface StatementCounts {
  /** Statements per application_name. */
  byClient: Record<string, number>;
  /** Statements per client and kind (the statement's first words), for the details. */
  byKind: Record<string, Record<string, number>>;
}

/** The kind of a statement, for the breakdown: its verb and table, a claim marked as such. */
function kindOf(sql: string): string {
  const verb = sql.split(/\s+/)[0]?.toUpperCase() ?? "";
  const table = /(?:FROM|UPDATE|INTO)\s+(?:"public"\.)?"(\w+)"/i.exec(sql)?.[1] ?? "";
  const claim = verb === "UPDATE" && /RETURNING/i.test(sql) ? " (claim)" : "";
  return `${verb} ${table}${claim}`.trim();
}

export class StatementLog {
  constructor(private readonly file: string) {}

  /** Where the log ends now, to count what comes between two marks. */
  mark(): number {
    return statSync(this.file).size;
  }

  countBetween(from: number, to: number): StatementCounts {
    const fd = openSync(this.file, "r");
    const buffer = Buffer.alloc(to - from);
    try {
      readSync(fd, buffer, 0, buffer.length, from);
    } finally {
      closeSync(fd);
    }
    const byClient: Record<string, number> = {};
    const byKind: Record<string, Record<string, number>> = {};
    const record = (client: string, sql: string) => {
      byClient[client] = (byClient[client] ?? 0) + 1;
      const kinds = (byKind[client] ??= {});
      const kind = kindOf(sql);
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    };
    let current: { client: string; sql: string } | null = null;
    for (const line of buffer.toString("utf8").split("\n")) {
      const match = STATEMENT.exec(line);
      if (match || SERVER_LINE.test(line)) {
        if (current) record(current.client, current.sql);
        current = match ? { client: match[1], sql: match[2] } : null;
      } else if (current) current.sql += ` ${line}`;
    }
    if (current) record(current.client, current.sql);
    return { byClient, byKind };
  }
}
