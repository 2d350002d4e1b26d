// `npm run test:citus`: the registration, isolation, ledger and audit checks against a running
// Citus cluster (CITUS_URL: its coordinator, as a superuser, with its workers added). Without
// CITUS_URL nothing runs, and it says so: CI does not count this tier.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

if (!process.env.CITUS_URL) {
  console.log('test:citus DID NOT RUN: CITUS_URL is unset. Set it to a Citus coordinator (superuser, workers added),');
  console.log(
    'for example CITUS_URL=postgres://citus:citus@127.0.0.1:9700/estate npm run test:citus (docs/scaling.md).',
  );
  process.exit(0);
}
const vitest = path.resolve(import.meta.dirname, '../../node_modules/.bin/vitest');
const { status } = spawnSync(
  vitest,
  // One file at a time: each distributes a database of its own over the whole cluster.
  ['run', '--config', 'test/vitest.config.ts', '--project', 'citus', '--no-file-parallelism', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, PASSWORD_HASHING: 'test' } },
);
process.exit(status ?? 1);
