// `npm run bench`: estate-api against a reference in the same run, for each workload, as ratios.
// Every server and every load generator is a process of its own; API and reference runs alternate
// (ROUNDS pairs), and the figures are medians. The API's CPU time per request is read from
// /proc for its process. Then each insight's time over a large company (tools/bench/insights.ts).
// Not a test: it prints a report (and exits 1 if a check fails).
//   Env: BENCH_SECONDS (per run, default 3), BENCH_ROUNDS (default 3), BENCH_POOL (default 10), BENCH_RESOLVERS,
//        BENCH_ONLY (a pattern: only the workloads it matches; `insights` for those), BENCH_DATABASE_URL (a server whose
//        role can CREATE DATABASE; default: embedded).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createRuntime } from '../../src/runtime/runtime.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from './database.ts';
import { buildDataset, REGISTRATION_COMPANIES, type Dataset } from './dataset.ts';
import { runLoad, type LoadResult, type LoadSpec } from './load.ts';
import { timeInsights } from './insights.ts';
import { SHAPES } from './shapes.ts';
import { serve, type Server } from './spawn.ts';

const SECONDS = Number(process.env.BENCH_SECONDS || 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const POOL = Number(process.env.BENCH_POOL || 10);
/** BENCH_RESOLVERS=1: the read shapes through the resolvers alone too (the planner off). */
const RESOLVERS = process.env.BENCH_RESOLVERS === '1';
const ONLY = new RegExp(process.env.BENCH_ONLY || '.', 'i');
const SECRET = 'bench-secret-that-is-at-least-32-characters-long';

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const HELLO = body('{ hello }');
const ME = body('{ me { role } }');
const TYPENAME = body('{ __typename }');
const REGISTER = body(
  'mutation($input: RegisterClientInput!) { registerClient(input: $input) { client { id uid seq } } }',
  {
    input: { email: 'client-{{i}}@bench.example', fullName: 'Client {{i}}' },
  },
);

/** `run` over `items` one after another (runs must never overlap). */
async function sequence<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await run(item));
  return results;
}

/** CPU time (user + system) a process has used, in milliseconds, from /proc. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in ticks of 1/100 s
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rate = (r: LoadResult) => r.requests / r.seconds;

interface Row {
  workload: string;
  api: number;
  reference: number;
  ratio: number;
  goal: string;
  cpu: number;
  /** The reference server's CPU per request, when it is a server of this run. */
  referenceCpu: number | null;
  latency: string;
  errors: string[];
}

/** ROUNDS alternating pairs of runs: the API's (CPU measured), then the reference's. */
async function compare(
  workload: string,
  goal: string,
  api: Server,
  apiSpec: LoadSpec,
  reference: LoadSpec,
  referenceServer?: Server,
): Promise<Row | null> {
  if (!ONLY.test(workload)) return null;
  const pairs: { api: LoadResult; reference: LoadResult; cpu: number; referenceCpu: number | null }[] = [];
  // A second of each, unmeasured: both sides start each workload with their code compiled.
  await runLoad({ ...apiSpec, seconds: 1 });
  await runLoad({ ...reference, seconds: 1 });
  for (let round = 0; round < ROUNDS; round++) {
    const before = cpuMs(api.child.pid!);
    const a = await runLoad(apiSpec);
    const cpu = (cpuMs(api.child.pid!) - before) / Math.max(1, a.requests);
    const referenceBefore = referenceServer ? cpuMs(referenceServer.child.pid!) : 0;
    const r = await runLoad(reference);
    const referenceCpu = referenceServer
      ? (cpuMs(referenceServer.child.pid!) - referenceBefore) / Math.max(1, r.requests)
      : null;
    pairs.push({ api: a, reference: r, cpu, referenceCpu });
  }
  const errors = pairs
    .flatMap((p) => [p.api, p.reference])
    .filter((r) => r.errors)
    .map((r) => `${r.errors} errors, e.g. ${r.firstError}`);
  const apiRates = pairs.map((p) => rate(p.api));
  console.error(
    `  ${workload}: ${apiRates.map((r) => r.toFixed(0)).join('/')} vs ${pairs.map((p) => rate(p.reference).toFixed(0)).join('/')} req/s`,
  );
  return {
    workload,
    goal,
    api: median(apiRates),
    reference: median(pairs.map((p) => rate(p.reference))),
    ratio: median(pairs.map((p) => rate(p.api) / rate(p.reference))),
    cpu: median(pairs.map((p) => p.cpu)),
    referenceCpu: referenceServer ? median(pairs.map((p) => p.referenceCpu!)) : null,
    latency: `${median(pairs.map((p) => p.api.p50)).toFixed(1)}/${median(pairs.map((p) => p.api.p99)).toFixed(1)}`,
    errors,
  };
}

/** Every registration company's client numbers are exactly 1..N: no duplicate, no gap. */
async function checkNumbers(ownerUrl: string, data: Dataset): Promise<string[]> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{
      prefix: string;
      n: number;
      distinct: number;
      max: number | null;
      last: number | null;
    }>(
      `
      SELECT c."prefix", count(cl."seq")::int AS n, count(DISTINCT cl."seq")::int AS distinct, max(cl."seq") AS max, s."lastValue" AS last
      FROM "Company" c LEFT JOIN "Client" cl ON cl."companyId" = c."id"
      LEFT JOIN "CompanySequence" s ON s."companyId" = c."id" AND s."key" = 'CLT'
      WHERE c."prefix" = ANY($1) GROUP BY c."prefix", s."lastValue"`,
      [data.empty.map((c) => c.prefix)],
    );
    return rows
      .filter((r) => r.n !== r.distinct || (r.max ?? 0) !== r.n || (r.last ?? 0) !== r.n)
      .map((r) => `${r.prefix}: ${r.n} clients, ${r.distinct} distinct numbers, highest ${r.max}, counter ${r.last}`);
  } finally {
    await owner.end();
  }
}

/** PostGraphile has an install of its own (graphql 15): made on the first run, from the npm registry. */
function installPostGraphile(): void {
  const folder = path.join(import.meta.dirname, 'postgraphile');
  if (fs.existsSync(path.join(folder, 'node_modules', 'postgraphile'))) return;
  console.error('installing PostGraphile 4.14 for the benchmark (once)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', folder], { stdio: 'inherit' });
}

async function main(): Promise<boolean> {
  installPostGraphile();
  const db = await openDatabase();
  const servers: Server[] = [];
  try {
    const runtime = createRuntime(
      { ...loadConfig({ AUTH_SECRET: SECRET }), logRequests: false },
      db.appUrl,
      SECRET,
      POOL,
    );
    console.error('building the data set through the services…');
    const data = await buildDataset(runtime).finally(() => runtime.close());
    const env = {
      BENCH_APP_URL: db.appUrl,
      BENCH_OWNER_URL: db.ownerUrl,
      BENCH_POOL: String(POOL),
      BENCH_SECRET: SECRET,
      BENCH_COMPANY_ID: data.main.viewer.companyId,
      BENCH_USER_ID: data.main.viewer.userId,
    };
    const [api, hello, postgraphile, resolvers] = await Promise.all(
      ['api', 'hello', 'postgraphile', ...(RESOLVERS ? ['api-resolvers'] : [])].map((kind) => serve(kind, env)),
    );
    servers.push(api, hello, postgraphile, ...(resolvers ? [resolvers] : []));
    const http = (server: Server, bodies: string[], tokens: (string | null)[], concurrency: number): LoadSpec => ({
      mode: 'http',
      url: server.url,
      bodies,
      tokens,
      concurrency,
      seconds: SECONDS,
    });
    const token = data.main.token;
    const one = data.empty.slice(0, 1);
    const compared = [
      await compare(
        '{ me { role } }, signed in, c=50',
        '≥ 0.7×',
        api,
        http(api, [ME], [token], 50),
        http(hello, [HELLO], [null], 50),
        hello,
      ),
      await compare(
        '{ __typename }, anonymous, c=50',
        '≥ 0.8×',
        api,
        http(api, [TYPENAME], [null], 50),
        http(hello, [HELLO], [null], 50),
        hello,
      ),
      // Every read shape against PostGraphile, at c=8; the tuned tree at c=32 too.
      ...(await sequence(SHAPES, (shape) =>
        compare(
          `${shape.name}, c=8`,
          shape.goal,
          api,
          http(api, [body(shape.api)], [token], 8),
          http(postgraphile, [body(shape.postgraphile)], [null], 8),
          postgraphile,
        ),
      )),
      // What the planner buys: the same shapes through the resolvers alone.
      ...(await sequence(resolvers ? SHAPES : [], (shape) =>
        compare(
          `${shape.name}, resolvers only, c=8`,
          '-',
          resolvers!,
          http(resolvers!, [body(shape.api)], [token], 8),
          http(postgraphile, [body(shape.postgraphile)], [null], 8),
          postgraphile,
        ),
      )),
      await compare(
        `${SHAPES[0].name}, c=32`,
        SHAPES[0].goal,
        api,
        http(api, [body(SHAPES[0].api)], [token], 32),
        http(postgraphile, [body(SHAPES[0].postgraphile)], [null], 32),
        postgraphile,
      ),
      await compare(
        'registerClient, 1 company, c=8',
        '≥ 0.6×',
        api,
        http(
          api,
          [REGISTER],
          one.map((c) => c.token),
          8,
        ),
        {
          mode: 'register',
          appUrl: db.appUrl,
          companies: one.map((c) => c.viewer.companyId),
          concurrency: 8,
          seconds: SECONDS,
        },
      ),
      await compare(
        `registerClient, ${REGISTRATION_COMPANIES} companies, c=32`,
        '≥ 0.5×',
        api,
        http(
          api,
          [REGISTER],
          data.empty.map((c) => c.token),
          32,
        ),
        {
          mode: 'register',
          appUrl: db.appUrl,
          companies: data.empty.map((c) => c.viewer.companyId),
          concurrency: 32,
          seconds: SECONDS,
        },
      ),
    ];
    const rows = compared.filter((r): r is Row => r !== null);
    const numbering = await checkNumbers(db.ownerUrl, data);

    const header = [
      'workload',
      'estate-api req/s',
      'reference req/s',
      'ratio',
      'goal',
      'CPU ms/req: API / reference',
      'API p50/p99 ms',
    ];
    const cells = rows.map((r) => [
      r.workload,
      r.api.toFixed(0),
      r.reference.toFixed(0),
      `${r.ratio.toFixed(2)}×`,
      r.goal,
      `${r.cpu.toFixed(2)} / ${r.referenceCpu?.toFixed(2) ?? '-'}`,
      r.latency,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
    const line = (row: string[]) =>
      row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log('');
    console.log(
      `estate-api benchmark — Node ${process.version}, ${db.where}; ${ROUNDS} alternating rounds of ${SECONDS} s per side, medians; pool ${POOL}`,
    );
    console.log(
      'references: graphql-yoga { hello } (the first two rows), PostGraphile 4.14 as estate_app with app.company_id (the read shapes), raw pg sending the same statements (registrations)',
    );
    console.log('');
    console.log(line(header));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const c of cells) console.log(line(c));
    console.log('');
    const problems = [
      ...rows.flatMap((r) => r.errors.map((e) => `${r.workload}: ${e}`)),
      ...numbering.map((n) => `numbering: ${n}`),
    ];
    console.log(
      problems.length
        ? problems.map((p) => `error: ${p}`).join('\n')
        : `checks: no errors; every company's client numbers are exactly 1..N`,
    );
    return problems.length === 0;
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await db.close();
  }
}

/** Each insight through Yoga over a large company of its own (tools/bench/insights.ts). */
async function insights(): Promise<void> {
  if (!ONLY.test('insights')) return;
  console.error('insights: generating 100k clients and 20k sales…');
  const { timings } = await timeInsights();
  console.log(`\ninsights over ${timings[0].rows}, each through Yoga, median of 7:`);
  for (const t of timings) console.log(`  ${t.name.padEnd(34)} ${t.ms.toFixed(1).padStart(8)} ms`);
}

const began = performance.now();
const ok = await main()
  .then(async (passed) => {
    await insights();
    return passed;
  })
  .catch((error) => {
    console.error(error);
    return false;
  });
console.log(`total time ${((performance.now() - began) / 1000).toFixed(0)} s`);
process.exit(ok ? 0 : 1);
