// Several API processes on one database, as a deployment runs them: they migrate one at a time,
// a new one never disturbs the others, subscribers on one receive what is written through
// another (server-sent events and graphql-ws), a sign-in archived through one stops working on the
// other, and sign-in attempts are counted across them.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrate, migrationNames } from '../../src/db/migrations.ts';
import { quoteIdent } from '../../src/db/tables.ts';
import { expectWithin } from '../support/app.ts';
import { post, startApi, type ApiProcess } from '../support/processes.ts';

let ownerUrl: string;
let admin: pg.Client;
let first: ApiProcess;
let second: ApiProcess;

beforeAll(async () => {
  const server = new URL(inject('templateUrl'));
  const name = `replicas_${randomBytes(4).toString('hex')}`;
  server.pathname = '/postgres';
  admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  server.pathname = `/${name}`;
  ownerUrl = server.toString();
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(new URL(ownerUrl).pathname.slice(1))} WITH (FORCE)`);
  await admin.end();
});

const env = () => ({ DATABASE_URL: ownerUrl, SEED_DEMO: 'false' });

async function createCompany(url: string, name: string) {
  const email = `admin-${randomBytes(3).toString('hex')}@example.com`;
  const { body } = await post(
    url,
    'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { token company { slug } } }',
    {
      i: { name, admin: { email, fullName: `Admin of ${name}`, password: 'correct horse battery' } },
    },
  );
  return { token: body.data.createCompany.token as string, slug: body.data.createCompany.company.slug as string };
}

async function clientOf(url: string, company: { token: string; slug: string }) {
  const email = `client-${randomBytes(3).toString('hex')}@example.com`;
  await post(
    url,
    'mutation($i: RegisterClientInput!) { registerClient(input: $i) { client { uid } } }',
    { i: { email, fullName: 'A Client', password: 'correct horse battery' } },
    company.token,
  );
  const { body } = await post(url, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { company: company.slug, email, password: 'correct horse battery' },
  });
  return body.data.login.token as string;
}

const send = (url: string, token: string, subject: string) =>
  post(
    url,
    'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }',
    { i: { type: 'GENERAL', subject, body: 'body' } },
    token,
  );

const SUBSCRIPTION = 'subscription { messageAdded { subject } }';

/** The subjects a server-sent-events subscriber receives. */
async function sseSubscriber(url: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    signal: controller.signal,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: SUBSCRIPTION }),
  });
  const subjects: string[] = [];
  let buffer = '';
  void (async () => {
    const decoder = new TextDecoder();
    const reader = response.body!.getReader();
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        buffer += decoder.decode(chunk.value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .find((line) => line.startsWith('data:'));
          buffer = buffer.slice(end + 2);
          if (data) subjects.push(JSON.parse(data.slice(5)).data.messageAdded.subject);
        }
      }
    } catch {
      /* closed */
    }
  })();
  return { subjects, close: () => controller.abort() };
}

/** The subjects a graphql-ws subscriber receives. */
function wsSubscriber(url: string, token: string) {
  const client = createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
  });
  const subjects: string[] = [];
  const stop = client.subscribe<{ messageAdded: { subject: string } }>(
    { query: SUBSCRIPTION },
    {
      next: (result) => subjects.push(result.data!.messageAdded.subject),
      error: (error) => subjects.push(`error: ${JSON.stringify(error)}`),
      complete: () => {},
    },
  );
  return {
    subjects,
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}

describe('two API processes on one database', () => {
  it('start together on an empty database: the migrations are applied once', async () => {
    [first, second] = await Promise.all([startApi(env()), startApi(env())]);
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const applied = await owner.query<{ migration_name: string; n: number }>(
        'SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL GROUP BY 1 ORDER BY 1',
      );
      expect(applied.rows).toEqual(migrationNames().map((migration_name) => ({ migration_name, n: 1 })));
    } finally {
      await owner.end();
    }
    for (const api of [first, second]) expect((await fetch(api.url.replace('/graphql', '/ready'))).status).toBe(200);
  });

  it('a restart of one never disturbs the other, which answers throughout', async () => {
    const company = await createCompany(first.url, 'Steady Homes');
    let stopped = false;
    const answers: number[] = [];
    const probe = (async () => {
      while (!stopped) {
        const { status, body } = await post(first.url, '{ me { role company { name } } }', {}, company.token);
        answers.push(body.data?.me?.company?.name === 'Steady Homes' ? status : -status);
      }
    })();
    await second.stop();
    second = await startApi(env());
    stopped = true;
    await probe;
    expect(answers.length).toBeGreaterThan(5);
    expect(answers.filter((status) => status !== 200)).toEqual([]);
  });

  it("delivers messages written through one process to subscribers of the other, in order, once, and none of another company's", async () => {
    const a = await createCompany(first.url, 'Lamba Property Limited');
    const b = await createCompany(first.url, 'Test Company');
    const [aClient, bClient] = [await clientOf(second.url, a), await clientOf(second.url, b)];
    const sse = await sseSubscriber(first.url, a.token);
    const ws = wsSubscriber(first.url, a.token);
    try {
      // Both streams are live once a marker written through the other process reaches them.
      await expectWithin(10_000, async () => {
        await send(second.url, aClient, 'marker');
        expect(sse.subjects).toContain('marker');
        expect(ws.subjects).toContain('marker');
      });
      for (const subject of ['one', 'two', 'three']) {
        expect((await send(second.url, aClient, subject)).body.errors).toBeUndefined();
        expect((await send(second.url, bClient, `B ${subject}`)).body.errors).toBeUndefined();
      }
      const afterMarkers = (subjects: string[]) => subjects.filter((s) => s !== 'marker');
      await expectWithin(5000, async () => {
        expect(afterMarkers(sse.subjects)).toEqual(['one', 'two', 'three']);
        expect(afterMarkers(ws.subjects)).toEqual(['one', 'two', 'three']);
      });
      await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more, nothing of B's, arrives late
      expect(afterMarkers(sse.subjects)).toEqual(['one', 'two', 'three']);
      expect(afterMarkers(ws.subjects)).toEqual(['one', 'two', 'three']);
    } finally {
      sse.close();
      await ws.close();
    }
  });

  it('counts wrong passwords across processes: the sixth is RATE_LIMITED, also after a restart', async () => {
    const company = await createCompany(first.url, 'Guarded Estates');
    const email = `guarded-${randomBytes(3).toString('hex')}@example.com`;
    await post(
      first.url,
      'mutation($i: RegisterClientInput!) { registerClient(input: $i) { client { uid } } }',
      { i: { email, fullName: 'Guarded', password: 'the right password' } },
      company.token,
    );
    const attempt = (api: ApiProcess, password: string) =>
      post(api.url, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
        i: { company: company.slug, email, password },
      });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await attempt(i % 2 ? second : first, `wrong ${i}`)).body.errors?.[0].extensions?.code);
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    await first.stop();
    first = await startApi(env());
    expect((await attempt(first, 'the right password')).body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('drop a sign-in archived through the other process as soon as its notification arrives', async () => {
    const company = await createCompany(second.url, 'Revoked Homes');
    const email = `revoked-${randomBytes(3).toString('hex')}@example.com`;
    const registered = await post(
      second.url,
      'mutation($i: RegisterClientInput!) { registerClient(input: $i) { client { id } } }',
      { i: { email, fullName: 'Soon Gone', password: 'correct horse battery' } },
      company.token,
    );
    const login = await post(first.url, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
      i: { company: company.slug, email, password: 'correct horse battery' },
    });
    const token = login.body.data.login.token as string;
    const me = () => post(first.url, '{ me { role } }', {}, token);
    // The first process now remembers this viewer as active.
    for (let i = 0; i < 3; i++) expect((await me()).body.data.me.role).toBe('CLIENT');
    const archived = await post(
      second.url,
      'mutation($i: ArchiveClientInput!) { archiveClient(input: $i) { client { status } } }',
      { i: { id: registered.body.data.registerClient.client.id } },
      company.token,
    );
    expect(archived.body.data.archiveClient.client.status).toBe('ARCHIVED');
    await expectWithin(2_000, async () =>
      expect((await me()).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED'),
    );
  });

  it('refuse a database that a newer version migrated, naming what they do not know', async () => {
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    const ghost = '29990101000000_from_a_newer_version';
    try {
      await owner.query(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
                         VALUES ($1, 'x', $1, now(), now(), 1)`,
        [ghost],
      );
      await expect(migrate(ownerUrl)).rejects.toThrow(
        `The database has migrations this version does not know (${ghost})`,
      );
      await owner.query('DELETE FROM "_prisma_migrations" WHERE "migration_name" = $1', [ghost]);
      expect(await migrate(ownerUrl)).toEqual([]);
    } finally {
      await owner.query('DELETE FROM "_prisma_migrations" WHERE "migration_name" = $1', [ghost]);
      await owner.end();
    }
  });
});
