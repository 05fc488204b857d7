export function startTempPostgres(opts?: {
  database?: string;
  /** Extra server settings (`-c name=value`); the value goes through pg_ctl's shell, so quote it when needed. */
  settings?: Record<string, string>;
}): Promise<{ url: string; port: number; logFile: string; stop: () => void }>;
export function createDatabase(baseUrl: string, name: string): string;
