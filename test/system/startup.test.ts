// Starting `npm start`'s command as an operator would: everything checkable is checked before the
// database starts (settings, all reported together; the port; folders), one server per data
// folder (a second start names the first and leaves it serving), any failure after the database
// is up stops what that start started, and production refuses a database that does not exist.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localSecrets } from '../../src/app.ts';
import { reachableDataDir } from '../../src/db/embedded.ts';
import { quoteIdent } from '../../src/db/tables.ts';
import { DEMO_SIGN_INS } from '../../src/demo.ts';
import { freePort, post, runToExit, startApi, type ApiProcess } from '../support/processes.ts';

const made: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-startup-'));
  fs.chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** The PID of the PostgreSQL running on `dataDir`'s embedded cluster, or null. */
const postgresOf = (dataDir: string) => {
  const file = path.join(reachableDataDir(path.join(dataDir, 'postgres')), 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
  return alive(pid) ? pid : null;
};
const signIn = async (url: string) => {
  const { company, email, password } = DEMO_SIGN_INS[0];
  const { body } = await post(url, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { company, email, password },
  });
  return body.data?.login?.token as string | undefined;
};
/** No line of a stack trace. */
const NO_STACK = /^\s+at |\.ts:\d+:\d+/m;

describe('a data folder in use', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let first: ApiProcess | undefined;
  beforeAll(async () => {
    dataDir = tempDir();
    env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    first = await startApi(env);
  });
  afterAll(async () => {
    await first?.stop();
  });

  it("refuses a second start, naming the running server's PID and port, and leaves it serving", async () => {
    const postgres = postgresOf(dataDir);
    expect(postgres).not.toBeNull();
    const second = await runToExit(env);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`PID ${first!.child.pid}, port ${first!.port}`);
    expect(second.output).not.toMatch(/stopping PostgreSQL|embedded PostgreSQL on/);
    expect(second.output).not.toMatch(NO_STACK);
    // The same PostgreSQL, still serving the first server.
    expect(postgresOf(dataDir)).toBe(postgres);
    expect(await signIn(first!.url)).toBeTruthy();
    expect((await fetch(first!.url.replace('/graphql', '/ready'))).status).toBe(200);
  });

  it('a failure after the database is up (a newer version migrated it) stops the PostgreSQL that start started', async () => {
    // A migration this version does not know, as a newer release would leave.
    const { postgresPassword } = localSecrets(dataDir);
    const owner = new pg.Client({
      connectionString: `postgresql://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/estate`,
    });
    await owner.connect();
    await owner.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES (gen_random_uuid()::text, 'x', '29990101000000_from_the_future', now(), now(), 1)`,
    );
    await owner.end();
    await first!.stop();
    first = undefined;
    expect(postgresOf(dataDir)).toBeNull();
    const start = await runToExit(env);
    expect(start.code).toBe(1);
    expect(start.output).toMatch(/embedded PostgreSQL on/); // it did start the database
    expect(start.output).toContain('29990101000000_from_the_future');
    expect(start.output).not.toMatch(NO_STACK);
    expect(postgresOf(dataDir)).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'server.lock'))).toBe(false);
  });
});

describe('checked before the database starts', () => {
  it('a port in use: refused at once, and no PostgreSQL is started', async () => {
    const dataDir = tempDir();
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const start = await runToExit({
        DATA_DIR: dataDir,
        PORT: String(port),
        EMBEDDED_PG_PORT: String(await freePort()),
      });
      expect(start.code).toBe(1);
      expect(start.output).toContain(`port ${port} on 127.0.0.1 is in use`);
      expect(start.output).not.toMatch(NO_STACK);
      expect(start.output).not.toMatch(/embedded PostgreSQL on/);
      expect(fs.existsSync(path.join(reachableDataDir(path.join(dataDir, 'postgres')), 'PG_VERSION'))).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'server.lock'))).toBe(false);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('every configuration problem, reported together, one line each, without a stack trace', async () => {
    const start = await runToExit({
      DATA_DIR: tempDir(),
      PORT: 'eighty',
      TOKEN_TTL_SECONDS: '3',
      TRUST_PROXY: 'the load balancer',
      SIGNUP: 'maybe',
      LOG_FORMAT: 'pretty',
    });
    expect(start.code).toBe(1);
    const lines = start.output.trim().split('\n');
    expect(lines).toEqual([
      expect.stringContaining('PORT must be an integer'),
      expect.stringContaining('TOKEN_TTL_SECONDS must be an integer'),
      expect.stringContaining('SIGNUP must be one of open, closed'),
      expect.stringContaining('TRUST_PROXY must list IP addresses or CIDR blocks'),
    ]);
    expect(start.output).not.toMatch(NO_STACK);
    expect(start.output.includes('\u001b[')).toBe(false); // no colours
  });

  it('a missing trusted-documents folder, before the database starts', async () => {
    const dataDir = tempDir();
    const start = await runToExit({
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      TRUSTED_DOCUMENTS: 'allow',
      TRUSTED_DOCUMENTS_DIR: path.join(dataDir, 'no-such-folder'),
    });
    expect(start.code).toBe(1);
    expect(start.output).toMatch(/Trusted documents folder .*no-such-folder does not exist/);
    expect(start.output).not.toMatch(/embedded PostgreSQL on/);
    expect(start.output).not.toMatch(NO_STACK);
  });
});

describe('in production', () => {
  let admin: pg.Client;
  let server: URL;
  beforeAll(async () => {
    server = new URL(inject('templateUrl'));
    server.pathname = '/postgres';
    admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
  });
  const production = (database: string) => {
    const owner = new URL(server);
    owner.pathname = `/${database}`;
    const app = new URL(owner);
    app.username = 'estate_app';
    app.password = inject('appPassword');
    return {
      NODE_ENV: 'production',
      AUTH_SECRET: 'a-production-secret-of-at-least-32-characters',
      DATABASE_URL: owner.toString(),
      APP_DATABASE_URL: app.toString(),
      PASSWORD_HASHING: 'standard',
    };
  };

  it('a DATABASE_URL naming a database that does not exist is an error, not a new empty database', async () => {
    const start = await runToExit(production('estate_mistyped_name'));
    expect(start.code).toBe(1);
    expect(start.output).toMatch(/estate_mistyped_name.{0,4} named by DATABASE_URL does not exist/);
    expect(start.output).not.toMatch(NO_STACK);
    expect(start.output).not.toContain(inject('appPassword'));
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'estate_mistyped_name'");
    expect(rowCount).toBe(0);
  });

  it('announces the API without GraphiQL, which is off', async () => {
    const name = `estate_production_${process.pid}`;
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    let api: ApiProcess | undefined;
    try {
      api = await startApi(production(name));
      expect(api.output()).toMatch(/GraphQL API at http:/);
      expect(api.output()).not.toMatch(/GraphiQL/);
      const banner = api
        .output()
        .split('\n')
        .find((line) => line.includes('GraphQL API at'))!;
      expect(JSON.parse(banner)).toMatchObject({ level: 'info', msg: expect.stringMatching(/^GraphQL API at /) });
    } finally {
      await api?.stop();
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    }
  });
});
