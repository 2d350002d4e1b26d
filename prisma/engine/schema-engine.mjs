#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded here.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this file, so every standard command
// (`migrate dev|deploy|status|diff|reset|resolve`, `db push|pull`) works unmodified. It speaks the
// CLI's newline-delimited JSON-RPC on stdin/stdout and forwards each call to the wasm engine.
import fs from 'node:fs';
import readline from 'node:readline';
import pg from 'pg';
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { adapterFactory, loadSchemaEngine, pgConfig } from '../../src/db/schema-engine.mjs';

const log = (level, message, extra = {}) =>
  process.stderr.write(
    `${JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...extra },
      target: 'schema_engine::logger',
    })}\n`,
  );

// ---- the flags the CLI passes to the native binary ----------------------------------------------
const argv = process.argv.slice(2);
const datamodelPaths = [];
let datasource = {};
let sub = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--datamodels') datamodelPaths.push(argv[++i]);
  else if (a === '--datasource') datasource = JSON.parse(argv[++i]);
  else if (a === '--enabled-preview-features' || a === '--extension-types') i++;
  else if (a === '--version' || a === '-V') sub = ['--version'];
  else if (a === 'cli') {
    sub = argv.slice(i + 1);
    break;
  }
}

async function withAdminClient(url, fn) {
  const { cfg } = pgConfig(url);
  const client = new pg.Client({ ...cfg, database: 'postgres' });
  await client.connect();
  try {
    return await fn(client, cfg);
  } finally {
    await client.end();
  }
}
const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;
const createDatabase = (url) =>
  withAdminClient(url, async (c, cfg) => {
    await c.query(`CREATE DATABASE ${quoteIdent(cfg.database)}`);
    return cfg.database;
  });

// ---- `schema-engine --version` and `schema-engine cli <command>` -----------------------------------
if (sub) {
  const url = datasource.url;
  try {
    if (sub[0] === '--version') {
      const se = await loadSchemaEngine();
      process.stdout.write(`schema-engine-cli ${se.version()}\n`);
    } else if (sub[0] === 'can-connect-to-database') {
      const c = new pg.Client(pgConfig(url).cfg);
      await c.connect();
      await c.end();
    } else if (sub[0] === 'create-database') {
      log('INFO', `Database '${await createDatabase(url)}' was successfully created.`);
    } else if (sub[0] === 'drop-database') {
      await withAdminClient(url, (c, cfg) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(cfg.database)}`));
    } else throw Object.assign(new Error(`Unknown cli command ${sub[0]}`), { code: 'P1000' });
    process.exit(0);
  } catch (e) {
    const { cfg } = pgConfig(url ?? 'postgresql://localhost/x');
    const code =
      e.code === '3D000' ? 'P1003' : e.code === '42P04' ? 'P1009' : /^P\d{4}$/.test(e.code) ? e.code : 'P1001';
    const message =
      code === 'P1003'
        ? `Database \`${cfg.database}\` does not exist on the database server at \`${cfg.host}:${cfg.port}\`.`
        : code === 'P1001'
          ? `Can't reach database server at \`${cfg.host}:${cfg.port}\`\n\nPlease make sure your database server is running at \`${cfg.host}:${cfg.port}\`.`
          : e.message;
    log('INFO', 'schema-engine (wasm)'); // the CLI skips the first stderr line
    log('ERROR', message, { error_code: code });
    process.exit(1);
  }
}

// ---- JSON-RPC server mode ---------------------------------------------------------------------------
const send = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);
let nextPrintId = 1_000_000;
const adapters = [];
let enginePromise;
function engine() {
  enginePromise ??= (async () => {
    const se = await loadSchemaEngine();
    const datamodels = datamodelPaths.length ? datamodelPaths.map((p) => [p, fs.readFileSync(p, 'utf8')]) : undefined;
    const adapter = adapterFactory(datasource.url, datasource.shadowDatabaseUrl);
    adapters.push(adapter);
    return se.SchemaEngine.new(
      { datamodels },
      (line) => process.stderr.write(`${String(line).trimEnd()}\n`),
      adapter.factory,
    );
  })();
  return enginePromise;
}

// A driver adapter with no database behind it: answers only the probe SchemaEngine.new() sends,
// so diffs between schema files need no database (as with the native engine).
const offlineAdapter = () => ({
  provider: 'postgres',
  adapterName: 'schema-engine-offline',
  queryRaw: async (q) => {
    if (/^SELECT EXISTS\(SELECT 1 FROM pg_namespace/.test(q.sql))
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL (offline)', 170000]],
      };
    throw new Error(`schema-engine: no database connection for an offline diff (${q.sql.slice(0, 60)})`);
  },
  executeRaw: async () => {
    throw new Error('offline');
  },
  executeScript: async () => {
    throw new Error('offline');
  },
  startTransaction: async () => {
    throw new Error('offline');
  },
  dispose: async () => {},
  getConnectionInfo: () => ({ schemaName: 'public', supportsRelationJoins: true }),
});
let offlinePromise;
const offlineEngine = () =>
  (offlinePromise ??= loadSchemaEngine().then((se) =>
    se.SchemaEngine.new(
      { datamodels: undefined },
      () => {},
      bindMigrationAwareSqlAdapterFactory({
        provider: 'postgres',
        adapterName: 'schema-engine-offline',
        connect: async () => offlineAdapter(),
        connectToShadowDb: async () => offlineAdapter(),
      }),
    ),
  ));

// In the wasm engine, evaluateDataLoss/createMigration cannot reach a shadow database themselves:
// they read a cache that diagnoseMigrationHistory fills. Warm it and retry once.
const NEEDS_SHADOW_CACHE = /shadow DB must be provided through an external factory/;
async function withShadowCache(e, p, call) {
  try {
    return await call();
  } catch (err) {
    if (!NEEDS_SHADOW_CACHE.test(String(err?.message))) throw err;
    await e.diagnoseMigrationHistory({
      migrationsList: p.migrationsList,
      optInToShadowDatabase: true,
      filters: p.filters ?? { externalTables: [], externalEnums: [] },
    });
    return call();
  }
}

const handlers = {
  getDatabaseVersion: async (getEngine) => (await getEngine()).version(),
  createDatabase: async (_e, p) => ({ databaseName: await createDatabase(p?.datasource?.url ?? datasource.url) }),
  diff: async (getEngine, p) => {
    const offline = [p.from, p.to].every((t) => t.tag === 'empty' || t.tag === 'schemaDatamodel');
    const r = await (offline ? await offlineEngine() : await getEngine()).diff(p);
    // the native engine prints through a `print` request to the CLI; the wasm one returns stdout
    if (r.stdout != null) send({ jsonrpc: '2.0', id: nextPrintId++, method: 'print', params: { content: r.stdout } });
    return { exitCode: r.exitCode };
  },
  evaluateDataLoss: async (getEngine, p) => {
    const e = await getEngine();
    return withShadowCache(e, p, () => e.evaluateDataLoss(p));
  },
  createMigration: async (getEngine, p) => {
    const e = await getEngine();
    return withShadowCache(e, p, () => e.createMigration(p));
  },
};
const PASSTHROUGH = [
  'applyMigrations',
  'dbExecute',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'ensureConnectionValidity',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
  'debugPanic',
];

function toRpcError(e) {
  const isPanic = !e?.code && /RuntimeError|unreachable|panicked/i.test(String(e?.message ?? e));
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: isPanic, message: String(e?.message ?? e), meta: e?.meta ?? null, error_code: e?.code ?? null },
  };
}

// wasm-bindgen throws parameter-deserialisation errors from a microtask (uncaught), not as a
// rejection: route them to the request in flight instead of crashing.
let abortCurrent = null;
process.on('uncaughtException', (e) => {
  if (abortCurrent) abortCurrent(e);
  else {
    log('ERROR', String(e?.stack ?? e));
    process.exit(101);
  }
});

let queue = Promise.resolve();
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  if (!line.trim()) return;
  const msg = JSON.parse(line);
  if (!msg.method) return; // the CLI's answer to a `print` request
  queue = queue.then(async () => {
    try {
      const result = await new Promise((resolve, reject) => {
        abortCurrent = reject;
        (async () => {
          const fn =
            handlers[msg.method] ??
            (PASSTHROUGH.includes(msg.method) ? async (get, p) => (await get())[msg.method](p) : null);
          if (!fn) throw new Error(`Method ${msg.method} is not supported by the wasm schema engine`);
          return fn(engine, msg.params);
        })().then(resolve, reject);
      });
      send({ jsonrpc: '2.0', id: msg.id, result: result ?? {} });
    } catch (err) {
      send({ jsonrpc: '2.0', id: msg.id, error: toRpcError(err) });
    } finally {
      abortCurrent = null;
    }
  });
});
rl.on('close', () =>
  queue.then(async () => {
    await Promise.all(adapters.map((a) => a.close()));
    process.exit(0);
  }),
);
