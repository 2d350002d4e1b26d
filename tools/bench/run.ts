// `npm run bench`: registrations per second of registerClient over real HTTP, against the raw
// PostgreSQL ceiling of the same allocate-and-insert transaction, for one company and for 16, at
// concurrency 1, 8 and 32. Prints a report; not a test. Env: BENCH_REQUESTS (per cell, default
// 300), BENCH_POOL (connections of the API's pool and of the raw pool, default 20),
// BENCH_DATABASE_URL (an existing server whose role can CREATE DATABASE; default: embedded).
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createRuntime } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createServer } from '../../src/http/server.ts';
import { openDatabase } from './database.ts';
import { percentile, runLoad, type LoadResult } from './load.ts';
import { ensureUsers, registerRaw } from './raw.ts';

function intEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] || fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const REQUESTS = intEnv('BENCH_REQUESTS', 300);
const POOL = intEnv('BENCH_POOL', 20);
const CONCURRENCY = [1, 8, 32];
const COMPANIES = 16;
const AUTH_SECRET = 'bench-secret-that-is-at-least-32-characters-long';
/** Warm-up before each cell: opens pool connections, warms JIT and plan caches; not timed. */
const warmupFor = (concurrency: number) => Math.max(20, 2 * concurrency);

const CREATE_COMPANY = `mutation BenchCreateCompany($input: CreateCompanyInput!) {
  createCompany(input: $input) { token company { prefix } } }`;
// No password: scrypt hashing would dominate and hide the allocator.
const REGISTER_CLIENT = `mutation BenchRegisterClient($input: RegisterClientInput!) {
  registerClient(input: $input) { client { id uid seq } } }`;

interface Company {
  id: string;
  prefix: string;
  token: string;
  /** Successful registrations (API and raw), to check the seqs against. */
  registered: number;
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as { data?: any; errors?: unknown[] } | null;
  if (!response.ok || !body?.data || body.errors?.length) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body?.errors ?? body)}`.slice(0, 300));
  }
  return body.data;
}

// Cleanup runs once, in reverse order of set-up, on success, error or Ctrl-C.
const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | null = null;
const cleanup = () =>
  (cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error('cleanup step failed:', error);
      }
    }
  })());
process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
// A crash elsewhere (say a pg 'error' event) must still stop PostgreSQL and remove the temp folder.
const crash = (error: unknown) => {
  console.error('bench crashed:', error);
  void cleanup().finally(() => process.exit(1));
};
process.once('uncaughtException', crash);
process.once('unhandledRejection', crash);

async function main(): Promise<boolean> {
  const began = performance.now();
  const db = await openDatabase();
  cleanups.push(db.close);

  const config = { ...loadConfig({ AUTH_SECRET }), logRequests: false };
  const runtime = createRuntime(config, db.appUrl, AUTH_SECRET, POOL);
  cleanups.push(() => runtime.close());
  const http: HttpServer = createHttpServer(createServer(runtime));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => (http.closeAllConnections(), http.close(() => resolve()))));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

  const rawPool = new pg.Pool({ connectionString: db.appUrl, max: POOL });
  rawPool.on('error', (error) => console.error('raw pool: idle connection failed:', error.message));
  cleanups.push(() => rawPool.end());
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  owner.on('error', (error) => console.error('owner connection failed:', error.message));
  await owner.connect();
  cleanups.push(() => owner.end());
  const { rows: [{ server_version: pgVersion }] } = await owner.query('SHOW server_version');

  // Explicit distinct prefixes BA, BB, ... so derivation from names never collides.
  const companies: Company[] = [];
  for (let i = 0; i < COMPANIES; i++) {
    const prefix = `B${String.fromCharCode(65 + i)}`;
    const input = { name: `Bench Company ${prefix}`, prefix, admin: { email: `admin-${i}@bench.example`, fullName: `Admin ${prefix}`, password: 'bench-password' } };
    const { createCompany } = await gql(url, CREATE_COMPANY, { input });
    const { rows } = await owner.query<{ id: string }>('SELECT "id"::text AS id FROM "Company" WHERE "prefix" = $1', [prefix]);
    companies.push({ id: rows[0].id, prefix: createCompany.company.prefix, token: createCompany.token, registered: 0 });
  }

  let batch = 0;
  const warmupErrors: string[] = [];
  /** Warm-up, then the timed `REQUESTS` calls; call(i) goes to company i mod n (round-robin). */
  async function measure(concurrency: number, call: (i: number) => Promise<void>): Promise<LoadResult> {
    const warm = await runLoad(warmupFor(concurrency), concurrency, (i) => call(REQUESTS + i));
    if (warm.errors) warmupErrors.push(`${warm.errors} warm-up errors, e.g. ${warm.firstError}`);
    return runLoad(REQUESTS, concurrency, call);
  }

  const apiCell = (targets: Company[], concurrency: number) => {
    const tag = `a${batch++}`;
    return measure(concurrency, async (i) => {
      const company = targets[i % targets.length];
      const input = { email: `client-${tag}-${i}@bench.example`, fullName: `Client ${tag} ${i}` };
      const data = await gql(url, REGISTER_CLIENT, { input }, company.token);
      if (typeof data.registerClient?.client?.seq !== 'number') throw new Error('no seq in the response');
      company.registered++;
    });
  };

  const rawCell = async (targets: Company[], concurrency: number) => {
    const tag = `r${batch++}`;
    const total = REQUESTS + warmupFor(concurrency);
    const users = await ensureUsers(rawPool, Array.from({ length: total }, (_, i) => `raw-${tag}-${i}@bench.example`));
    return measure(concurrency, async (i) => {
      const company = targets[i % targets.length];
      await registerRaw(rawPool, company.id, users[i], `Raw ${tag} ${i}`);
      company.registered++;
    });
  };

  const rows: string[][] = [];
  const failures: string[] = [];
  for (const targets of [companies.slice(0, 1), companies]) {
    const scenario = targets.length === 1 ? '1 company' : `${targets.length} companies`;
    for (const concurrency of CONCURRENCY) {
      // API then raw on the same data size, so neither gets an emptier table.
      const api = await apiCell(targets, concurrency);
      const raw = await rawCell(targets, concurrency);
      const apiRate = api.ok / api.seconds;
      const rawRate = raw.ok / raw.seconds;
      for (const [kind, r] of [['API', api], ['raw', raw]] as const) {
        if (r.errors) failures.push(`${scenario} c=${concurrency} ${kind}: ${r.errors} errors, first: ${r.firstError}`);
      }
      rows.push([
        scenario, String(concurrency), apiRate.toFixed(0), rawRate.toFixed(0), (apiRate / rawRate).toFixed(2),
        percentile(api.latencies, 50).toFixed(1), percentile(api.latencies, 95).toFixed(1), `${api.errors}/${raw.errors}`,
      ]);
      console.error(`  done: ${scenario}, concurrency ${concurrency}`);
    }
  }

  // Every company's client seqs must be exactly 1..N: no duplicates, no gaps, counter at N.
  const { rows: checks } = await owner.query<{ prefix: string; n: number; distinct: number; min: number | null; max: number | null; last: number | null; bad_uids: number }>(`
    SELECT c."prefix", count(cl."seq")::int AS n, count(DISTINCT cl."seq")::int AS distinct, min(cl."seq") AS min, max(cl."seq") AS max,
           s."lastValue" AS last,
           count(*) FILTER (WHERE cl."uid" <> c."prefix" || '-CLT' || lpad(cl."seq"::text, greatest(3, length(cl."seq"::text)), '0'))::int AS bad_uids
    FROM "Company" c
    LEFT JOIN "Client" cl ON cl."companyId" = c."id"
    LEFT JOIN "CompanySequence" s ON s."companyId" = c."id" AND s."key" = 'CLT'
    GROUP BY c."id", c."prefix", s."lastValue" ORDER BY c."prefix"`);
  const checkLines = checks.map((c) => {
    const expected = companies.find((x) => x.prefix === c.prefix)?.registered ?? -1;
    const ok = c.n === expected && c.distinct === c.n && c.min === 1 && c.max === c.n && c.last === c.n && c.bad_uids === 0;
    return { ok, line: `${c.prefix}: ${c.n} clients, seqs ${c.min}..${c.max}, ${c.distinct} distinct, counter ${c.last}, expected ${expected}, bad uids ${c.bad_uids}` };
  });
  const allOk = checkLines.length === COMPANIES && checkLines.every((c) => c.ok);

  const header = ['scenario', 'conc', 'API regs/s', 'raw PG regs/s', 'API/raw', 'API p50 ms', 'API p95 ms', 'errors API/raw'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

  console.log('');
  console.log(`estate-api registration benchmark`);
  console.log(`Node ${process.version}, PostgreSQL ${pgVersion} (${db.where})`);
  console.log(`${REQUESTS} timed registrations per cell after ${CONCURRENCY.map(warmupFor).join('/')} warm-up ones (concurrency ${CONCURRENCY.join('/')}); pool ${POOL} connections (API and raw each)`);
  console.log(`API: registerClient over HTTP (fetch, keep-alive), no password (so no scrypt), client generator in the same process as the server`);
  console.log(`raw: pg as estate_app (RLS on): BEGIN; set_config; one CTE (company FOR SHARE, counter upsert, Client insert); COMMIT; users made beforehand`);
  console.log('');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log('');
  console.log(`seq check (owner, every company): ${allOk ? 'OK' : 'FAILED'} — seqs exactly 1..N, no duplicates, counter = N, uids well-formed`);
  for (const c of checkLines) if (!c.ok || process.env.BENCH_VERBOSE) console.log(`  ${c.ok ? 'ok ' : 'BAD'} ${c.line}`);
  if (allOk) console.log(`  ${checks.map((c) => `${c.prefix} 1..${c.n}`).join(', ')}`);
  for (const f of [...failures, ...warmupErrors]) console.log(`error: ${f}`);
  console.log(`total time ${((performance.now() - began) / 1000).toFixed(1)} s`);
  return allOk;
}

main()
  .then(async (ok) => {
    await cleanup();
    process.exit(ok ? 0 : 1);
  })
  .catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
