// Prisma's official schema engine, compiled to WebAssembly, driven through @prisma/adapter-pg.
// One code path serves the CLI stand-in (schema-engine.mjs) and the app's own start-up migrations,
// so `prisma migrate ...` and `npm start` apply migrations the same way, with no native binary.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as wasmGlue from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);

// adapter-pg has no mapping for pg_catalog's internal "char" type (OID 18), which the schema
// describer reads (relkind, contype, ...): "Column type 'char' could not be deserialized".
// Its text-protocol value is a plain string, so report it as text (OID 25).
const addFields = pg.Result.prototype.addFields;
pg.Result.prototype.addFields = function (fields) {
  for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
  return addFields.call(this, fields);
};

globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: '',
  set_message(m) {
    this.message = `RuntimeError: ${m}`;
  },
};

/** The wasm binary the CLI package ships: exactly the engine version of the installed CLI. */
export const wasmPath = () =>
  path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');

let loaded;
export async function loadSchemaEngine() {
  if (loaded) return loaded;
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath()), {
    './schema_engine_bg.js': wasmGlue,
  });
  wasmGlue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  loaded = wasmGlue;
  return loaded;
}

/**
 * Discrete pg settings from a URL. With {connectionString}, the adapter's shadow database would
 * silently connect to the MAIN database (node-postgres lets connectionString override `database`).
 */
export function pgConfig(url) {
  const u = new URL(url);
  const cfg = {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    // Migrations create their objects in the schema the engine reads (public unless the URL names
    // one), not in one named after the role: "$user" comes first in the default search_path, and a
    // role named like an existing schema (an owner called citus, on Citus) would get them there.
    options: `-c search_path=${quoteIdent(u.searchParams.get('schema') ?? 'public')}`,
  };
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode && sslmode !== 'disable') cfg.ssl = sslmode === 'no-verify' ? { rejectUnauthorized: false } : true;
  return { cfg, schema: u.searchParams.get('schema') ?? undefined };
}

/**
 * adapter-pg splits a migration script on every ";" and runs the pieces one by one, which breaks
 * dollar-quoted bodies (functions, DO blocks) and leaves half a migration behind on failure.
 * Send the script whole, as the native engine does: one simple-protocol query, which PostgreSQL
 * runs as one implicit transaction.
 */
function runScriptsWhole(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

/**
 * Adapter factory for the engine, with a shadow database that is created and dropped safely.
 * `close()` ends the pools it opened (the engine itself never closes them).
 */
export function adapterFactory(url, shadowUrl) {
  const { cfg, schema } = pgConfig(url);
  const opts = schema ? { schema } : undefined;
  const factory = new PrismaPg(cfg, opts);
  const opened = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = runScriptsWhole(await connect());
    opened.push(adapter);
    return adapter;
  };
  factory.connectToShadowDb = async () => {
    if (shadowUrl) {
      // An explicit shadow database is not reset by the wasm engine before reuse: reset it here.
      const shadow = pgConfig(shadowUrl);
      const client = new pg.Client(shadow.cfg);
      await client.connect();
      const ns = quoteIdent(shadow.schema ?? 'public');
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${ns} CASCADE; CREATE SCHEMA ${ns}`);
      } finally {
        await client.end();
      }
      return runScriptsWhole(
        await new PrismaPg(shadow.cfg, shadow.schema ? { schema: shadow.schema } : undefined).connect(),
      );
    }
    // A temporary database; its pool is closed BEFORE it is dropped (the stock adapter drops first
    // and fails with "database ... is being accessed by other users").
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    const admin = new pg.Client(cfg);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    const adapter = runScriptsWhole(await new PrismaPg({ ...cfg, database: name }, opts).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      try {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    };
    return adapter;
  };
  const close = async () => {
    await Promise.all(opened.splice(0).map((a) => a.dispose()));
  };
  return { factory: bindMigrationAwareSqlAdapterFactory(factory), close };
}

/** The migrations folder in the shape the engine's RPC calls take. */
export function readMigrations(dir) {
  const read = (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null);
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    shadowDbInitScript: '',
    lockfile: { path: 'migration_lock.toml', content: read(path.join(dir, 'migration_lock.toml')) },
    migrationDirectories: names.map((name) => {
      const sql = read(path.join(dir, name, 'migration.sql'));
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: sql == null ? { tag: 'error', value: 'missing migration.sql' } : { tag: 'ok', value: sql },
        },
      };
    }),
  };
}

export const noFilters = { externalTables: [], externalEnums: [] };

/** Applies pending migrations (like `prisma migrate deploy`); returns the names applied. */
export async function applyMigrations(url, migrationsDir) {
  const se = await loadSchemaEngine();
  const adapter = adapterFactory(url);
  try {
    const engine = await se.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter.factory);
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrations(migrationsDir),
      filters: noFilters,
    });
    engine.free();
    return appliedMigrationNames;
  } finally {
    await adapter.close();
  }
}

/**
 * The SQL that would turn the live database into what schema.prisma describes; empty when they
 * match. Read-only: the engine introspects the database and compares.
 */
export async function schemaDrift(url, schemaPath) {
  const se = await loadSchemaEngine();
  const adapter = adapterFactory(url);
  let engine;
  try {
    engine = await se.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter.factory);
    const files = [{ path: path.resolve(schemaPath), content: fs.readFileSync(schemaPath, 'utf8') }];
    // 'schemaDatasource' is the database the engine is connected to, through the adapter.
    const from = { tag: 'schemaDatasource', files, configDir: path.dirname(path.resolve(schemaPath)) };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    return result.exitCode === 0 ? '' : String(result.stdout ?? '').trim();
  } finally {
    engine?.free();
    await adapter.close();
  }
}
