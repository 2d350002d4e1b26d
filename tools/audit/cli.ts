// `npm run audit [-- --json]`: checks the database (DATABASE_URL, or the embedded one under
// DATA_DIR) and prints one line per check, ending with ALL CHECKS PASSED or how many failed.
// Exit code: 0 all passed, 1 a check failed, 2 the audit could not run. It writes nothing: no
// migrations, no database, no secrets (pending migrations are reported, not applied).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { localSecrets } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { reachableDataDir, startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { CHECKS, renderText, runAudit } from './index.ts';

const USAGE = `usage: npm run audit [-- --json]

Audits the estate-api database: UIDs, sequences, cross-company references, the sales ledger,
row-level security, the app role, and migrations. Connects with DATABASE_URL (the owner), or
starts the embedded PostgreSQL under DATA_DIR (default .data) when it is unset.

  --json   print the report as JSON (for monitoring systems)
Exit code: 0 all checks passed, 1 a check failed, 2 the audit could not run.

Checks:
${CHECKS.map((c) => `  ${c.name}: ${c.description}`).join('\n')}`;

class CannotRun extends Error {}

interface OwnerDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Whether a server answers at `url`: false when nothing listens, an error for anything else. */
async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED') return false;
    if (code === '3D000')
      throw new CannotRun(`the embedded server has no "estate" database yet: run \`npm start\` once`);
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** DATABASE_URL, or the embedded server as `npm start` runs it (already running or started here). */
async function ownerDatabase(config: Config): Promise<OwnerDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const dataDir = path.join(config.dataDir, 'postgres');
  // Checked first: localSecrets and startEmbeddedPostgres would create what is missing.
  if (
    !fs.existsSync(path.join(config.dataDir, 'secrets.json')) ||
    !fs.existsSync(path.join(reachableDataDir(dataDir), 'PG_VERSION'))
  ) {
    throw new CannotRun(
      `DATABASE_URL is unset and there is no embedded database under ${config.dataDir}: run \`npm start\` once, or set DATABASE_URL`,
    );
  }
  const { postgresPassword } = localSecrets(config.dataDir);
  const url = `postgresql://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${config.embeddedPort}/estate`;
  // `npm start` may be running on the same data: audit that server and leave it running.
  if (await answers(url)) return { url, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir, port: config.embeddedPort, password: postgresPassword });
  return { url: embedded.url('estate'), stop: () => embedded.stop() };
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const json = argv.includes('--json');
  if (unknown.length) {
    console.error(`unknown argument: ${unknown.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  let database: OwnerDatabase | null = null;
  const stop = async () => {
    const db = database;
    database = null;
    await db?.stop();
  };
  const interrupted = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    // The audit needs only where the database is, not the API's secrets or production rules.
    const config = loadConfig({ ...process.env, NODE_ENV: 'audit', AUTH_SECRET: undefined });
    database = await ownerDatabase(config);
    const report = await runAudit(database.url);
    console.log(json ? JSON.stringify(report, null, 2) : renderText(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    const message = error instanceof CannotRun ? error.message : `audit could not run: ${(error as Error).message}`;
    if (json) console.log(JSON.stringify({ ok: false, error: message }, null, 2));
    else console.error(message);
    return 2;
  } finally {
    await stop();
  }
}

const code = await main(process.argv.slice(2));
// Exit with the report's code once a piped stdout has taken the whole report.
process.stdout.write('', () => process.exit(code));
