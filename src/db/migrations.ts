// Applies Prisma migrations at start-up (same wasm engine as the CLI) and prepares the API's role.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../../prisma/engine/engine.mjs';

export const migrationsDir = path.resolve(import.meta.dirname, '../../prisma/migrations');

/** The role every GraphQL operation runs as (created by the first migration). */
export const APP_ROLE = 'estate_app';

export function migrationNames(dir = migrationsDir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}

export async function migrate(ownerUrl: string): Promise<string[]> {
  return applyMigrations(ownerUrl, migrationsDir);
}

/** Migrations in the folder that the database has not (successfully) applied. */
export async function pendingMigrations(query: (sql: string) => Promise<any[]>): Promise<string[]> {
  const [{ present }] = await query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!present) return migrationNames();
  const rows: { migration_name: string }[] = await query(
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const applied = new Set(rows.map((r) => r.migration_name));
  return migrationNames().filter((name) => !applied.has(name));
}

/**
 * Lets the API's role log in with `password` and read the migration history (for readiness), and
 * returns its connection URL on the same server and database as `ownerUrl`.
 */
export async function prepareAppRole(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${APP_ROLE}`);
    await client.query(`GRANT SELECT ON "_prisma_migrations" TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/** Creates `database` on the server of `ownerUrl` unless it exists. */
export async function ensureDatabase(ownerUrl: string): Promise<void> {
  const url = new URL(ownerUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
