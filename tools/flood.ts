// `npm run flood`: floods sign-ins at an API of its own (embedded PostgreSQL in a temp folder,
// the API in a process of its own, both on 127.0.0.1) while a signed-in admin keeps asking
// `{ me }`, and reports how the flood was answered and what the admin saw, against the same
// admin without a flood. At the same time one source sprays one password over SPRAY_EMAILS
// emails of another company. Every sign-in loop sends from a loopback address of its own
// (127.0.1.n; the spray from 127.0.0.2), so the API sees as many clients. Bounded: at most
// FLOOD_CONCURRENCY (default 200, at most 500) sign-ins in flight for FLOOD_SECONDS (default 10,
// at most 60), and the spray's 1,000 attempts; it never sends to another host.
// Exits 1 when a sign-in got HTTP 500, the admin's `{ me }` failed, or the spray had more than
// MAX_SOURCE_FAILURES attempts checked.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createRuntime } from '../src/runtime/runtime.ts';
import { loadConfig } from '../src/config.ts';
import { createCompany } from '../src/modules/companies/service.ts';
import { withPublicSession, withSession } from '../src/runtime/session.ts';
import { MAX_SOURCE_FAILURES } from '../src/runtime/sign-in-limiter.ts';
import { openDatabase } from './bench/database.ts';
import { serve } from './bench/spawn.ts';

const bounded = (name: string, fallback: number, max: number) =>
  Math.min(max, Math.max(1, Number(process.env[name]) || fallback));
const SECONDS = bounded('FLOOD_SECONDS', 10, 60);
const CONCURRENCY = bounded('FLOOD_CONCURRENCY', 200, 500);
const SECRET = randomBytes(32).toString('hex');
const PASSWORD = 'flood-admin-password';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const SPRAY_EMAILS = 1000;
const SPRAY_CONCURRENCY = 10;

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;

/** A keep-alive agent per source address: Linux routes all of 127.0.0.0/8 to loopback. */
const agents = new Map<string, http.Agent>();
const agentFor = (from: string) => {
  let agent = agents.get(from);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, localAddress: from });
    agents.set(from, agent);
  }
  return agent;
};

/** POSTs an operation to `url` from the loopback address `from`. */
function post(url: string, query: string, variables: Record<string, unknown>, token?: string, from = '127.0.0.1') {
  const payload = JSON.stringify({ query, variables });
  const target = new URL(url);
  return new Promise<{ status: number; code: string | null; data: any; retryAfter: string | null }>(
    (resolve, reject) => {
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent: agentFor(from),
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => {
            let body: { data?: any; errors?: { extensions?: { code?: string } }[] } | null = null;
            try {
              body = JSON.parse(text);
            } catch {
              // not JSON: counted by its status
            }
            const retryAfter = response.headers['retry-after'];
            resolve({
              status: response.statusCode ?? 0,
              code: body?.errors?.[0]?.extensions?.code ?? null,
              data: body?.data,
              retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
            });
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    },
  );
}

/** `{ me }` asked by one signed-in admin, one request after another, for `seconds`. */
async function askMe(url: string, token: string, seconds: number) {
  const latencies: number[] = [];
  let failures = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const began = performance.now();
    const answer = await post(url, '{ me { role } }', {}, token);
    latencies.push(performance.now() - began);
    if (answer.status !== 200 || answer.data?.me?.role !== 'ADMIN') failures++;
  }
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, failures, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

/** CONCURRENCY loops of wrong sign-ins, each from an address of its own: half at the admin's account, half at accounts that do not exist. */
async function flood(url: string, company: string, email: string, seconds: number) {
  const outcomes = new Map<string, { count: number; retryAfter: number[] }>();
  let sent = 0;
  const end = Date.now() + seconds * 1000;
  const loop = async (n: number) => {
    const from = `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
    while (Date.now() < end) {
      const target = n % 2 ? email : `nobody-${n}-${sent}@flood.example`;
      const answer = await post(
        url,
        LOGIN,
        { input: { company, email: target, password: `wrong-${sent++}` } },
        undefined,
        from,
      );
      const key = `${answer.status} ${answer.code ?? 'ok'}`;
      const seen = outcomes.get(key) ?? { count: 0, retryAfter: [] as number[] };
      seen.count++;
      if (answer.retryAfter) seen.retryAfter.push(Number(answer.retryAfter));
      outcomes.set(key, seen);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, n) => loop(n)));
  return { sent, outcomes };
}

/** One password tried on SPRAY_EMAILS emails of `company`, all from 127.0.0.2, SPRAY_CONCURRENCY at a time. */
async function spray(url: string, company: string) {
  const codes: string[] = new Array(SPRAY_EMAILS);
  let next = 0;
  let errors500 = 0;
  const worker = async () => {
    for (let n = next++; n < SPRAY_EMAILS; n = next++) {
      const answer = await post(
        url,
        LOGIN,
        { input: { company, email: `person-${n}@sprayed.example`, password: 'Winter2026!' } },
        undefined,
        '127.0.0.2',
      );
      if (answer.status >= 500 && answer.status !== 503) errors500++;
      codes[n] = answer.code ?? 'ok';
    }
  };
  await Promise.all(Array.from({ length: SPRAY_CONCURRENCY }, worker));
  const firstLimited = codes.indexOf('RATE_LIMITED');
  return {
    sent: codes.length,
    checked: codes.filter((c) => c === 'UNAUTHENTICATED').length,
    limited: codes.filter((c) => c === 'RATE_LIMITED').length,
    firstLimited: firstLimited < 0 ? null : firstLimited + 1,
    errors500,
  };
}

async function main(): Promise<boolean> {
  const db = await openDatabase();
  const runtime = createRuntime(
    { ...loadConfig({ AUTH_SECRET: SECRET, SIGNUP: 'open' }), logRequests: false },
    db.appUrl,
    SECRET,
    10,
  );
  let api: Awaited<ReturnType<typeof serve>> | undefined;
  try {
    const email = 'admin@flood.example';
    const viewer = await withPublicSession(runtime, (s) =>
      createCompany(s, {
        name: 'Flood Estates',
        prefix: 'FLD',
        admin: { email, fullName: 'Flood Admin', password: PASSWORD },
      }),
    );
    const { slug } = await withSession(runtime, viewer, (s) =>
      s.db.company.findUniqueOrThrow({ where: { id: viewer.companyId } }),
    );
    const sprayedViewer = await withPublicSession(runtime, (s) =>
      createCompany(s, {
        name: 'Sprayed Estates',
        prefix: 'SPR',
        admin: { email: 'admin@sprayed.example', fullName: 'Sprayed Admin', password: PASSWORD },
      }),
    );
    const { slug: sprayedSlug } = await withSession(runtime, sprayedViewer, (s) =>
      s.db.company.findUniqueOrThrow({ where: { id: sprayedViewer.companyId } }),
    );
    api = await serve('api', { BENCH_APP_URL: db.appUrl, BENCH_SECRET: SECRET, BENCH_POOL: '10' });
    const signIn = await post(api.url, LOGIN, { input: { company: slug, email, password: PASSWORD } });
    const token = signIn.data?.login?.token as string;
    if (!token) throw new Error(`the admin could not sign in: ${JSON.stringify(signIn)}`);

    console.error(
      `{ me } alone for 3 s, then with ${CONCURRENCY} wrong sign-ins in flight for ${SECONDS} s and a spray of one password over ${SPRAY_EMAILS} emails…`,
    );
    const calm = await askMe(api.url, token, 3);
    const [during, flooded, sprayed] = await Promise.all([
      askMe(api.url, token, SECONDS),
      flood(api.url, slug, email, SECONDS),
      spray(api.url, sprayedSlug),
    ]);
    const errors500 = [...flooded.outcomes]
      .filter(([key]) => key.startsWith('500'))
      .reduce((n, [, seen]) => n + seen.count, 0);

    console.log(`\nestate-api flood — Node ${process.version}, ${db.where}; the API in a process of its own, pool 10`);
    console.log(
      `\nsign-ins: ${flooded.sent} in ${SECONDS} s (${(flooded.sent / SECONDS).toFixed(0)}/s), ${CONCURRENCY} in flight`,
    );
    for (const [key, { count, retryAfter }] of [...flooded.outcomes].sort((a, b) => b[1].count - a[1].count)) {
      const retry = retryAfter.length ? `, Retry-After ${Math.min(...retryAfter)}–${Math.max(...retryAfter)} s` : '';
      console.log(`  ${String(count).padStart(7)}  ${key}${retry}`);
    }
    console.log(
      `\nspray from one address: ${sprayed.sent} emails, ${sprayed.checked} checked (401), ${sprayed.limited} RATE_LIMITED, the first at attempt ${sprayed.firstLimited ?? 'none'}; ${sprayed.errors500} HTTP 500`,
    );
    console.log(`\n{ me } of a signed-in admin, one at a time:`);
    console.log(
      `  alone:        ${calm.requests} requests, p50 ${calm.p50.toFixed(1)} ms, p99 ${calm.p99.toFixed(1)} ms, ${calm.failures} failed`,
    );
    console.log(
      `  during flood: ${during.requests} requests, p50 ${during.p50.toFixed(1)} ms, p99 ${during.p99.toFixed(1)} ms, ${during.failures} failed`,
    );
    const sprayHeld = sprayed.checked <= MAX_SOURCE_FAILURES && sprayed.errors500 === 0;
    const ok = errors500 === 0 && during.failures === 0 && calm.failures === 0 && sprayHeld;
    console.log(
      `\n${ok ? `checks: no HTTP 500, every { me } answered, the spray held to ${sprayed.checked} checks` : `FAILED: ${errors500 + sprayed.errors500} HTTP 500, ${during.failures} { me } failed during the flood, ${sprayed.checked} spray attempts checked`}`,
    );
    console.log(`goal: { me } p99 under 250 ms during the flood: ${during.p99 < 250 ? 'met' : 'missed'}`);
    return ok;
  } finally {
    for (const agent of agents.values()) agent.destroy();
    api?.child.kill('SIGTERM');
    await runtime.close();
    await db.close();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
