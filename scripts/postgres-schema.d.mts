export function postgresSchemaText(): string;
export function writePostgresSchema(): void;
