// The load generator, always a process of its own (in the server's process it would take 30-40%
// of the server's CPU). It keeps `concurrency` requests in flight for `seconds` after a warm-up,
// and prints one JSON line: requests, seconds, latency percentiles, errors.
//   http      POSTs GraphQL bodies over keep-alive connections; `{{i}}` in a body becomes a number
//             unique to the request (for new emails); bodies and tokens are used in turn
//   register  the raw PostgreSQL ceiling of a registration: the statements the API must send,
//             with plain `pg`, as the app role (row-level security on)
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { registerRaw } from './raw.ts';

export type LoadSpec =
  | { mode: 'http'; url: string; bodies: string[]; tokens: (string | null)[]; concurrency: number; seconds: number }
  | { mode: 'register'; appUrl: string; companies: string[]; concurrency: number; seconds: number };

export interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  p50: number;
  p99: number;
}

/** Runs the generator in a new process and returns its report. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'load.ts')], {
      env: { ...process.env, BENCH_LOAD: JSON.stringify(spec) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!))
        : reject(new Error(`load generator exited with ${code}`)),
    );
  });
}

/** Nearest-rank percentile of sorted values (NaN when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function drive(spec: LoadSpec, call: (i: number) => Promise<void>): Promise<LoadResult> {
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  const loop = async (until: number, timed: boolean) => {
    while (performance.now() < until) {
      const i = next++;
      const started = performance.now();
      try {
        await call(i);
        if (timed) latencies.push(performance.now() - started);
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message.slice(0, 300);
      }
    }
  };
  const workers = (until: number, timed: boolean) =>
    Promise.all(Array.from({ length: spec.concurrency }, () => loop(until, timed)));
  await workers(performance.now() + Math.min(1000, spec.seconds * 300), false); // warm-up: connections, JIT, plans
  errors = 0;
  firstError = null;
  const started = performance.now();
  await workers(started + spec.seconds * 1000, true);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    firstError,
    seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

function httpCall(spec: Extract<LoadSpec, { mode: 'http' }>): (i: number) => Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const url = new URL(spec.url);
  const run = `${process.pid}-${Date.now().toString(36)}`;
  return (i) =>
    new Promise((resolve, reject) => {
      const body = spec.bodies[i % spec.bodies.length].replaceAll('{{i}}', `${run}-${i}`);
      const token = spec.tokens[i % spec.tokens.length];
      const request = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () =>
            response.statusCode === 200 && !text.includes('"errors"')
              ? resolve()
              : reject(new Error(`${response.statusCode} ${text}`)),
          );
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}

if (process.env.BENCH_LOAD) {
  const spec = JSON.parse(process.env.BENCH_LOAD) as LoadSpec;
  let result: LoadResult;
  if (spec.mode === 'http') {
    result = await drive(spec, httpCall(spec));
  } else {
    const pool = new pg.Pool({ connectionString: spec.appUrl, max: spec.concurrency });
    const tag = `${process.pid}-${Date.now().toString(36)}`;
    result = await drive(spec, (i) =>
      registerRaw(pool, spec.companies[i % spec.companies.length], `raw-${tag}-${i}@bench.example`, `Raw ${i}`),
    );
    await pool.end();
  }
  console.log(JSON.stringify(result));
}
