export function applyMigrations(url: string, migrationsDir: string): Promise<string[]>;
export function pgConfig(url: string): {
  cfg: { host: string; port: number; user: string; password: string; database: string; ssl?: unknown };
  schema?: string;
};
export function schemaDrift(url: string, schemaPath: string): Promise<string>;
