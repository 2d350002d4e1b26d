// The service on its real stack: Yoga over a fresh PostgreSQL database, health and readiness,
// and migrations that produce exactly what schema.prisma describes.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRuntime } from '../../src/runtime/runtime.ts';
import { loadConfig } from '../../src/config.ts';
import { migrate } from '../../src/db/migrations.ts';
import { createServer } from '../../src/http/server.ts';
import { graphql } from '../gql/index.ts';
import { AUTH_SECRET, createTestApp, type TestApp } from '../support/app.ts';
import { createCompany } from '../support/fixtures.ts';

const run = promisify(execFile);
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const MeQuery = graphql(`query FoundationMe { me { role } }`);

describe('the server', () => {
  it('answers a GraphQL query through yoga.fetch against its own database', async () => {
    const result = await app.gql(MeQuery);
    expect(result).toEqual({ data: { me: null } });
    const { rows } = await app.owner.query<{ db: string }>('SELECT current_database() AS db');
    expect(rows[0].db).toMatch(/^estate_test_/);
  });

  it('serves liveness on /health and readiness on /ready', async () => {
    expect((await app.yoga.fetch('http://test/health')).status).toBe(200);
    const ready = await app.yoga.fetch('http://test/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', pendingMigrations: [] });
  });

  it('serves GraphiQL to a browser', async () => {
    const page = await app.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/graphiql/i);
  });

  it('masks unexpected errors: no stack trace, SQL or internals reach the client', async () => {
    const a = await createCompany(app, 'Masking Test Company');
    // A column the code expects is gone: the database error must not reach the client.
    await app.owner.query('ALTER TABLE "Estate" RENAME COLUMN "location" TO "whereabouts"');
    try {
      const result = await app.raw('{ estates { edges { node { name location } } } }', {}, a.admin.token);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(result.errors?.[0].message).toBe('Unexpected error.');
      expect(JSON.stringify(result)).not.toMatch(/whereabouts|does not exist|prisma|P20\d\d|\.ts:\d+/i);
    } finally {
      await app.owner.query('ALTER TABLE "Estate" RENAME COLUMN "whereabouts" TO "location"');
    }
  });
});

describe('readiness', () => {
  it('fails while migrations are pending and passes once they are applied', async () => {
    const admin = new URL(app.ownerUrl);
    const name = `estate_empty_${process.pid}`;
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    const url = new URL(app.ownerUrl);
    url.pathname = `/${name}`;
    const runtime = createRuntime(loadConfig({ AUTH_SECRET }), url.toString(), AUTH_SECRET, 2);
    try {
      const yoga = createServer(runtime);
      const before = await yoga.fetch('http://test/ready');
      expect(before.status).toBe(503);
      const body = (await before.json()) as { pendingMigrations: string[] };
      expect(body.pendingMigrations.length).toBe(
        fs.readdirSync('prisma/migrations').filter((d) => /^\d/.test(d)).length,
      );

      await migrate(url.toString());
      const after = await yoga.fetch('http://test/ready');
      expect(after.status).toBe(200);
    } finally {
      await runtime.close();
      await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await client.end();
    }
  });

  it('fails while the database is unreachable', async () => {
    const runtime = createRuntime(
      loadConfig({ AUTH_SECRET }),
      'postgresql://nobody:x@127.0.0.1:9/none',
      AUTH_SECRET,
      1,
    );
    const response = await createServer(runtime).fetch('http://test/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ database: 'down' });
    await runtime.close();
  });
});

describe('migrations', () => {
  const diff = async (schemaPath: string) => {
    const env = { ...process.env, DATABASE_URL: inject('templateUrl') };
    try {
      await run(
        'npx',
        [
          'prisma',
          'migrate',
          'diff',
          '--from-migrations',
          'prisma/migrations',
          '--to-schema',
          schemaPath,
          '--exit-code',
        ],
        { env },
      );
      return 0;
    } catch (error) {
      return (error as { code: number }).code;
    }
  };

  it('applied to an empty database, produce exactly what schema.prisma describes', async () => {
    expect(await diff('prisma/schema.prisma')).toBe(0);
  });

  it('are reported as different from a schema they do not produce', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-'));
    const changed = path.join(dir, 'schema.prisma');
    try {
      fs.writeFileSync(
        changed,
        fs
          .readFileSync('prisma/schema.prisma', 'utf8')
          .replace('  name      String\n  slug', '  name      String\n  motto     String?\n  slug'),
      );
      expect(await diff(changed)).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('request limits', () => {
  it('refuses queries that are too deep or use too many aliases, before running them', async () => {
    expect(await app.raw('{ me { role company { name } user { fullName } } }')).toEqual({ data: { me: null } });
    const level = 'plots { edges { node { estate { ';
    const nested = `{ estates { edges { node { ${level.repeat(4)} id ${'} } } } '.repeat(4)} } } } }`;
    const tooDeep = await app.raw(nested);
    expect(tooDeep.errors?.[0].message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { role }`).join(' ')} }`;
    expect((await app.raw(aliases)).errors?.[0].message).toMatch(/aliases/i);
  });
});
