// Applies Prisma migrations at start-up (same wasm engine as the CLI) and prepares the API's role.
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { RefusedStart } from '../shared/errors.ts';
import { applyMigrations } from './schema-engine.mjs';
import { installJobQueue } from './jobs.ts';

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

/** Held while one process migrates: API processes starting together migrate one after another. */
const MIGRATION_LOCK = 'estate-api migrations';

/**
 * Applies the pending migrations, one process at a time (the others wait for the lock, then find
 * nothing left to do), and refuses a database migrated by a newer version than this one.
 */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'estate-api migrations' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    // Refused before anything is applied: a newer version's database is left as it is.
    const unknown = (await migrationState((sql) => client.query(sql).then((r) => r.rows))).unknown;
    if (unknown.length) {
      throw new RefusedStart(
        `The database has migrations this version does not know (${unknown.join(', ')}): a newer version migrated it. Run that version, or a database that matches this one.`,
      );
    }
    const applied = await applyMigrations(ownerUrl, migrationsDir);
    await installJobQueue(ownerUrl);
    return applied;
  } finally {
    await client.end();
  }
}

export interface MigrationState {
  /** In the folder, not (successfully) applied to the database. */
  pending: string[];
  /** Applied to the database, not in the folder: a newer version's. */
  unknown: string[];
}

export async function migrationState(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<MigrationState> {
  const [{ present }] = await query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!present) return { pending: migrationNames(), unknown: [] };
  const rows = await query(
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const applied = new Set(rows.map((r) => String(r.migration_name)));
  const known = new Set(migrationNames());
  return {
    pending: migrationNames().filter((name) => !applied.has(name)),
    unknown: [...applied].filter((name) => !known.has(name)).sort(),
  };
}

/**
 * The app role's password when APP_DATABASE_URL is not given: derived from the owner's credentials
 * alone, so every process started with them sets the same one and none ever invalidates another's
 * connections (a random one per start would). Roles belong to the whole server, so databases on
 * one server with different owners need APP_DATABASE_URL.
 */
export function derivedAppPassword(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  return createHmac('sha256', `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`)
    .update(APP_ROLE)
    .digest('base64url');
}

/** Whether `password` logs in as the app role on the server and database of `ownerUrl`. */
async function appRoleAccepts(ownerUrl: string, password: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: appRoleUrl(ownerUrl, password), connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // 28P01: wrong password; 28000: no LOGIN yet. Anything else (unreachable) is not an answer.
    if (code === '28P01' || code === '28000') return false;
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

function appRoleUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/**
 * Lets the API's role log in with `password` and read the migration history (for readiness), and
 * returns its connection URL on the same server and database as `ownerUrl`. A password that already
 * works is left as it is; another one is not overwritten while other processes are connected as
 * the role (they would lose every new connection): that start is refused instead.
 */
export async function prepareAppRole(ownerUrl: string, password: string): Promise<string> {
  const works = await appRoleAccepts(ownerUrl, password);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    if (!works) {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1',
        [APP_ROLE],
      );
      if (rows[0].n > 0) {
        throw new RefusedStart(
          `${APP_ROLE} is in use by ${rows[0].n} connection(s) with a password other than this process's: give this process the same APP_DATABASE_URL (or DATABASE_URL) as the running ones`,
        );
      }
      await client.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
    }
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${APP_ROLE}`);
    await client.query(`GRANT SELECT ON "_prisma_migrations" TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
  return appRoleUrl(ownerUrl, password);
}

/**
 * Creates `database` on the server of `ownerUrl` unless it exists (true when it created it); with
 * `create: false` a missing one is an error instead (production: a mistyped name must not start
 * an empty service).
 */
export async function ensureDatabase(ownerUrl: string, { create = true } = {}): Promise<boolean> {
  const url = new URL(ownerUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    if (!create)
      throw new RefusedStart(`The database "${name}" named by DATABASE_URL does not exist: create it, or fix the name`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end();
  }
}
