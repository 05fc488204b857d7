export function startTempPostgres(opts?: { database?: string }): Promise<{ url: string; port: number; stop: () => void }>;
export function createDatabase(baseUrl: string, name: string): string;
