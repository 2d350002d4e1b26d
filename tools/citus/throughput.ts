// `npm run citus:throughput`: registerClient through the API's own server (in this process, over
// yoga.fetch) on a Citus cluster and on plain PostgreSQL, in one run: the same code, rounds
// alternated, the median of each. CITUS_URL: the coordinator (superuser, workers added);
// PLAIN_URL: any PostgreSQL (by default a database without the citus extension on the
// coordinator's own server: the same PostgreSQL, plain). THROUGHPUT_SECONDS (per round, 5),
// THROUGHPUT_ROUNDS (3).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../../src/config.ts';
import { derivedAppPassword, ensureDatabase, migrate, prepareAppRole } from '../../src/db/migrations.ts';
import { quoteIdent } from '../../src/db/tables.ts';
import { createServer } from '../../src/http/server.ts';
import { createCompany } from '../../src/modules/companies/service.ts';
import { createRuntime, type Runtime } from '../../src/runtime/runtime.ts';
import { withPublicSession } from '../../src/runtime/session.ts';
import { createCitusDatabase, dropCitusDatabase } from './cluster.ts';

const citusUrl = process.env.CITUS_URL;
if (!citusUrl) {
  console.log('citus:throughput DID NOT RUN: CITUS_URL is unset (a Citus coordinator, superuser, workers added).');
  process.exit(0);
}
const SECONDS = Number(process.env.THROUGHPUT_SECONDS ?? 5);
const ROUNDS = Number(process.env.THROUGHPUT_ROUNDS ?? 3);
const SECRET = 'throughput-secret-that-is-at-least-32-characters';
const REGISTER = 'mutation($input: RegisterClientInput!) { registerClient(input: $input) { client { uid } } }';

interface Target {
  name: string;
  runtime: Runtime;
  fetch: (body: string, token: string) => Promise<{ errors?: unknown[] }>;
  tokens: string[];
  drop(): Promise<void>;
}

async function target(name: string, ownerUrl: string, drop: () => Promise<void>): Promise<Target> {
  const appUrl = await prepareAppRole(ownerUrl, derivedAppPassword(ownerUrl));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', AUTH_SECRET: SECRET, PASSWORD_HASHING: 'test' }),
    logRequests: false,
  };
  const runtime = createRuntime(config, appUrl, SECRET, 20);
  const yoga = createServer(runtime);
  const tokens: string[] = [];
  for (let i = 0; i < 16; i++) {
    const viewer = await withPublicSession(runtime, (s) =>
      createCompany(s, {
        name: `Throughput Company ${i}`,
        prefix: `T${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
        admin: { email: `admin-${i}@throughput.example`, fullName: `Admin ${i}`, password: 'throughput password' },
      }),
    );
    tokens.push((await runtime.tokens.sign({ ...viewer, generation: 0 })).token);
  }
  const fetch = async (body: string, token: string) => {
    const response = await yoga.fetch('http://throughput/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    return (await response.json()) as { errors?: unknown[] };
  };
  return { name, runtime, fetch, tokens, drop };
}

let n = 0;
/** Registrations per second over SECONDS, `concurrency` in flight, spread over `companies`. */
async function round(t: Target, companies: number, concurrency: number): Promise<{ rate: number; errors: number }> {
  const until = Date.now() + SECONDS * 1000;
  let done = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (Date.now() < until) {
        const i = n++;
        const body = JSON.stringify({
          query: REGISTER,
          variables: { input: { email: `c${i}-${process.pid}@throughput.example`, fullName: `Client ${i}` } },
        });
        const result = await t.fetch(body, t.tokens[(worker + i) % companies]);
        if (result.errors?.length) errors++;
        else done++;
      }
    }),
  );
  return { rate: done / SECONDS, errors };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const plainServer = new URL(process.env.PLAIN_URL ?? citusUrl!);
  if (!process.env.PLAIN_URL) plainServer.pathname = `/estate_plain_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(plainServer.toString());
  await migrate(plainServer.toString());
  const plain = await target('plain PostgreSQL', plainServer.toString(), async () => {
    if (process.env.PLAIN_URL) return;
    const admin = new URL(plainServer);
    admin.pathname = '/postgres';
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(plainServer.pathname.slice(1))} WITH (FORCE)`);
    await c.end();
  });
  const citusDb = await createCitusDatabase(citusUrl!, 32);
  const citus = await target('Citus (coordinator + 2 workers)', citusDb, () => dropCitusDatabase(citusUrl!, citusDb));
  try {
    for (const [companies, concurrency] of [
      [1, 8],
      [16, 32],
    ]) {
      const rates: Record<string, number[]> = { [plain.name]: [], [citus.name]: [] };
      let errors = 0;
      for (let r = 0; r < ROUNDS; r++)
        for (const t of r % 2 ? [citus, plain] : [plain, citus]) {
          const result = await round(t, companies, concurrency);
          rates[t.name].push(result.rate);
          errors += result.errors;
        }
      const p = median(rates[plain.name]);
      const c = median(rates[citus.name]);
      console.log(
        `registerClient, ${companies} ${companies === 1 ? 'company' : 'companies'}, c=${concurrency}: plain ${p.toFixed(0)}/s [${rates[plain.name].map((x) => x.toFixed(0)).join(', ')}], Citus ${c.toFixed(0)}/s [${rates[citus.name].map((x) => x.toFixed(0)).join(', ')}], Citus/plain ${(c / p).toFixed(2)}; errors ${errors}`,
      );
    }
  } finally {
    await plain.runtime.close();
    await citus.runtime.close();
    await plain.drop();
    await citus.drop();
  }
}

await main();
process.exit(0);
