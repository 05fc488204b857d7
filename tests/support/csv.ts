import { parse } from "csv-parse/sync";

/** Reads what the CSV exports write: RFC 4180, CRLF records, quoted fields with doubled quotes. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: "\r\n", relax_column_count: false });
}
