// Faults: the API process or its PostgreSQL killed outright, or the database out of reach. The
// service recovers by itself with the same start command, answers typed SERVICE_UNAVAILABLE
// meanwhile (never a 500), stops cleanly on SIGTERM, and leaves a database the audit passes.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachableDataDir } from '../../src/db/embedded.ts';
import { quoteIdent } from '../../src/db/tables.ts';
import { DEMO_SIGN_INS } from '../../src/demo.ts';
import { expectWithin } from '../support/app.ts';
import { twoCompanies } from '../support/fixtures.ts';
import { post, startApi, type ApiProcess } from '../support/processes.ts';

const run = promisify(execFile);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('with the embedded PostgreSQL', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let api: ApiProcess | undefined;
  const postmaster = () =>
    Number(
      fs
        .readFileSync(path.join(reachableDataDir(path.join(dataDir, 'postgres')), 'postmaster.pid'), 'utf8')
        .split('\n')[0],
    );
  const signIn = async () => {
    const { company, email, password } = DEMO_SIGN_INS[0];
    return (
      await post(api!.url, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
        i: { company, email, password },
      })
    ).body.data.login.token as string;
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-faults-'));
    fs.chmodSync(dataDir, 0o755);
    env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
  });
  afterAll(async () => {
    await api?.stop('SIGTERM', true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts again after the API process was killed with SIGKILL (its PostgreSQL left running)', {
    timeout: 180_000,
  }, async () => {
    api = await startApi(env);
    const orphan = postmaster();
    api.child.kill('SIGKILL');
    await api.stop();
    expect(alive(orphan)).toBe(true);
    api = await startApi(env);
    expect(api.output()).toMatch(/stopping PostgreSQL left running/);
    expect(alive(orphan)).toBe(false);
    expect((await fetch(api.url.replace('/graphql', '/ready'))).status).toBe(200);
  });

  it('restarts PostgreSQL killed with SIGKILL, answering SERVICE_UNAVAILABLE (never a 500) until it is back', async () => {
    const token = await signIn();
    const killed = postmaster();
    process.kill(killed, 'SIGKILL');
    const seen = new Set<string>();
    await expectWithin(60_000, async () => {
      const { status, body } = await post(api!.url, '{ company { name } }', {}, token);
      seen.add(`${status} ${body.errors?.[0]?.extensions?.code ?? 'ok'}`);
      expect(status).toBe(200);
      expect(body.data?.company?.name).toBe('Lamba Property Limited');
    });
    for (const outcome of seen) expect(['200 ok', '503 SERVICE_UNAVAILABLE']).toContain(outcome);
    expect(postmaster()).not.toBe(killed);
    expect((await fetch(api!.url.replace('/graphql', '/ready'))).status).toBe(200);
  });

  it('stops everything on SIGTERM to the process, and to its whole process group', { timeout: 300_000 }, async () => {
    for (const group of [false, true]) {
      const server = postmaster();
      const code = await api!.stop('SIGTERM', group);
      if (code !== 0) console.log(`exit ${code} (group ${group}):\n${api!.output()}`);
      expect(code).toBe(0);
      expect(alive(server)).toBe(false);
      api = await startApi(env);
    }
  });

  it('leaves a database every audit check passes', async () => {
    await api!.stop();
    api = undefined;
    const { stdout } = await run('npx', ['tsx', 'tools/audit/cli.ts'], {
      env: { ...process.env, ...env, DATABASE_URL: '' },
      cwd: path.resolve(import.meta.dirname, '../..'),
    });
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('ALL CHECKS PASSED');
  });
});

describe('with an external database (DATABASE_URL)', () => {
  it('answers SERVICE_UNAVAILABLE while the database refuses connections, and recovers by itself', async () => {
    const { app, a } = await twoCompanies();
    const database = quoteIdent(new URL(app.ownerUrl).pathname.slice(1));
    try {
      expect((await app.raw('{ company { name } }', {}, a.admin.token)).errors).toBeUndefined();
      // As if the server restarted and is not yet accepting us: existing connections cut, new ones refused.
      await app.owner.query(`ALTER DATABASE ${database} WITH CONNECTION LIMIT 0`);
      await app.owner.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND usename = 'estate_app'`,
      );
      const down = await app.raw('{ company { name } }', {}, a.admin.token);
      expect(down.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      await app.owner.query(`ALTER DATABASE ${database} WITH CONNECTION LIMIT -1`);
      await expectWithin(10_000, async () =>
        expect((await app.raw('{ company { name } }', {}, a.admin.token)).data?.company?.name).toBe(a.name),
      );
    } finally {
      await app.owner.query(`ALTER DATABASE ${database} WITH CONNECTION LIMIT -1`);
      await app.close();
    }
  });
});
