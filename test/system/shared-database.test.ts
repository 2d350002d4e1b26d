// Processes that share one database: a second instance started on the embedded one's owner URL
// (no APP_DATABASE_URL) derives the same app-role password and breaks nothing; one given other
// owner credentials does not overwrite a password in use; and a process whose password the
// database refuses answers SERVICE_UNAVAILABLE, with /ready saying why, until it is accepted again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSecrets } from '../../src/app.ts';
import { derivedAppPassword } from '../../src/db/migrations.ts';
import { DEMO_SIGN_INS } from '../../src/demo.ts';
import { expectWithin } from '../support/app.ts';
import { freePort, post, runToExit, startApi, type ApiProcess } from '../support/processes.ts';

let dataDir: string;
let ownerUrl: string;
let owner: pg.Client;
let first: ApiProcess;
let second: ApiProcess | undefined;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-shared-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  first = await startApi({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
  ownerUrl = `postgresql://postgres:${encodeURIComponent(localSecrets(dataDir).postgresPassword)}@127.0.0.1:${port}/estate`;
  owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await second?.stop();
  await first?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const READ = 'query { estates(first: 1) { edges { node { name } } } }';
const signIn = async (url: string) => {
  const { company, email, password } = DEMO_SIGN_INS[0];
  return post(url, LOGIN, { i: { company, email, password } });
};
const ready = async (url: string) => {
  const response = await fetch(url.replace('/graphql', '/ready'));
  return { status: response.status, body: (await response.json()) as { status: string } };
};
/** Ends every connection of the app role: the next statements need new ones, with the current password. */
const reconnectAll = () =>
  owner.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'estate_app'");

describe('a second instance on the embedded database’s owner URL, without APP_DATABASE_URL', () => {
  it('serves, and the first keeps serving on new connections', async () => {
    second = await startApi({
      DATABASE_URL: ownerUrl,
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'estate-2nd-')),
    });
    expect((await signIn(second.url)).body.data.login.token).toBeTruthy();
    await reconnectAll();
    await expectWithin(10_000, async () => {
      expect((await ready(first.url)).status).toBe(200);
      const answer = await signIn(first.url);
      expect(answer.status).toBe(200);
      expect(answer.body.data.login.token).toBeTruthy();
    });
    expect((await signIn(second.url)).status).toBe(200);
  });

  it('one given other owner credentials refuses to start rather than change a password in use', async () => {
    await owner.query("CREATE ROLE other_owner SUPERUSER LOGIN PASSWORD 'another owner password'");
    try {
      const other = new URL(ownerUrl);
      other.username = 'other_owner';
      other.password = 'another owner password';
      const start = await runToExit({ DATABASE_URL: other.toString(), SEED_DEMO: 'false' });
      expect(start.code).toBe(1);
      expect(start.output).toMatch(
        /estate_app is in use by \d+ connection\(s\) with a password other than this process's/,
      );
      expect(start.output).not.toContain('another owner password');
      expect(start.output).not.toMatch(/^\s+at |\.ts:\d+:\d+/m);
      await reconnectAll();
      await expectWithin(10_000, async () => expect((await signIn(first.url)).status).toBe(200));
    } finally {
      await owner.query('DROP ROLE other_owner');
    }
  });
});

describe('a password the database refuses', () => {
  it('answers SERVICE_UNAVAILABLE (503), never INTERNAL_SERVER_ERROR, and /ready says why; then recovers', async () => {
    const token = (await signIn(first.url)).body.data.login.token as string;
    await owner.query("ALTER ROLE estate_app PASSWORD 'changed behind its back'");
    try {
      await reconnectAll();
      await expectWithin(10_000, async () => {
        const answer = await post(first.url, READ, {}, token);
        expect(answer.status).toBe(503);
        expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(JSON.stringify(answer.body)).not.toMatch(/password|28P01|estate_app|prisma/i);
      });
      expect(await ready(first.url)).toEqual({
        status: 503,
        body: expect.objectContaining({ status: 'database refused the app role' }),
      });
      const refused = await signIn(first.url);
      expect(refused.status).toBe(503);
    } finally {
      await owner.query(`ALTER ROLE estate_app PASSWORD ${owner.escapeLiteral(derivedAppPassword(ownerUrl))}`);
    }
    await expectWithin(10_000, async () => expect((await ready(first.url)).status).toBe(200));
    const after = await post(first.url, READ, {}, token);
    expect(after.status).toBe(200);
    expect(after.body.data.estates.edges).toHaveLength(1);
  });
});
