// `npm start`: config -> database (embedded, or DATABASE_URL) -> migrations -> demo data -> serve.
import { authSecret, prepareDatabase } from './app.ts';
import { createRuntime } from './runtime/runtime.ts';
import { loadConfig } from './config.ts';
import { listen } from './http/listen.ts';
import { DEMO_SIGN_INS, seedDemoIfEmpty, usableDemoSignIns } from './demo.ts';

const log = (line: string) => console.log(`[estate-api] ${line}`);

// Node 24 LTS: npm puts the pinned one (node_modules/.bin/node) first on the PATH of every script.
if (Number(process.versions.node.split('.')[0]) < 24) {
  log(
    `Node ${process.versions.node} is past its end of life: run with Node 24 (\`npm start\` uses node_modules/.bin/node).`,
  );
  process.exit(1);
}

const config = loadConfig();
const database = await prepareDatabase(config, log);
const runtime = createRuntime(config, database.appUrl, authSecret(config));

// Demo data (and its sign-ins in the start-up message) where it was asked for: by default only
// in the embedded database, never in production, where the published demo passwords must not work.
const demo = !config.production && (config.seedDemo ?? database.embedded !== null);
if (demo && (await seedDemoIfEmpty(runtime, database.ownerUrl))) log('seeded demo data');
if (config.production) {
  const usable = await usableDemoSignIns(runtime);
  if (usable.length) {
    log(
      `refusing to serve: the published demo password works for ${usable.join(', ')}. Change or remove these accounts.`,
    );
    await runtime.close();
    await database.embedded?.stop();
    process.exit(1);
  }
}

const server = await listen(runtime, config.port, config.host);
const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
log(`GraphQL API and GraphiQL at http://${shownHost}:${server.port}/graphql (WebSocket too)`);
log(`health: /health   readiness: /ready`);
log('In GraphiQL (the workbench), sign in once in the Account panel: every tab sends the token until it expires.');
if (demo)
  for (const s of DEMO_SIGN_INS) log(`demo sign-in: company "${s.company}", ${s.email} / ${s.password} (${s.role})`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  await server.close();
  await runtime.close();
  await database.embedded?.stop();
  clearTimeout(force);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
