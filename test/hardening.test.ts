// The service under abuse: no single request, flood or trick takes it down or tells more than it
// should. Each case is one an attacker tried; each answer is typed and bounded.
import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { maskError } from '../src/http/errors.ts';
import { listen, type Listening } from '../src/http/listen.ts';
import { LIMITS } from '../src/shared/limits.ts';
import { AUTH_SECRET, codes, createTestApp, expectWithin, type TestApp } from './support/app.ts';
import {
  createCompany,
  data,
  login,
  PASSWORD,
  RegisterClient,
  RegisterMarketer,
  twoCompanies,
  type CompanyFixture,
} from './support/fixtures.ts';
import { post } from './support/processes.ts';

let app: TestApp;
let a: CompanyFixture;
let b: CompanyFixture;
beforeAll(async () => ({ app, a, b } = await twoCompanies()));
afterAll(async () => {
  await app?.close();
});

const email = (tag: string) => `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const extensionsOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions;

describe('one request cannot stall the server', () => {
  it('refuses 1,000 ids passed as a variable (which the token limit does not see), before loading any', async () => {
    const ids = Array.from({ length: 1_000 }, () => a.client.id);
    const result = await app.raw('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, a.admin.token);
    expect(extensionsOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(result.errors?.[0].message).toBe(`Give at most ${LIMITS.listItems} items.`);
  });

  it('refuses a body over the limit with 413, and one without a length with 411', async () => {
    const big = await app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(LIMITS.bodyBytes + 1) },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(LIMITS.bodyBytes) } }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    const body = JSON.stringify({ query: '{ __typename }' });
    const send = (headers: Record<string, string>, sent: BodyInit = body) =>
      app.yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: sent,
        duplex: 'half',
      } as RequestInit);
    const streamed = new ReadableStream({
      start: (controller) => {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      },
    });
    const unsaid = await send({}, streamed);
    expect([
      unsaid.status,
      ((await unsaid.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ]).toEqual([411, 'BAD_REQUEST']);
    const garbled = await send({ 'content-length': '12, 12' });
    expect([
      garbled.status,
      ((await garbled.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ]).toEqual([400, 'BAD_REQUEST']);
    expect((await send({ 'content-length': String(Buffer.byteLength(body)) })).status).toBe(200);
  });

  it('refuses a small query that would return a million records, naming its cost and the limit', async () => {
    const nested = `{ clients(first: 100) { edges { node { marketer { clients(first: 100) { edges { node { marketer { clients(first: 100) { edges { node { uid } } } } } } } } } } } }`;
    const result = await app.raw(nested, {}, a.admin.token);
    expect(extensionsOf(result)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: LIMITS.cost });
    expect(extensionsOf(result)?.cost as number).toBeGreaterThan(1_000_000);
    expect(result.data).toBeUndefined();
  });

  it('gives depth, alias and token refusals a code, and pages above the maximum a BAD_USER_INPUT naming it', async () => {
    const deep = `{ estates { edges { node { ${'plots { edges { node { estate { '.repeat(4)} id ${'} } } } '.repeat(4)} } } } }`;
    expect(extensionsOf(await app.raw(deep, {}, a.admin.token))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
    });
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { role }`).join(' ')} }`;
    expect(extensionsOf(await app.raw(aliases))).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
    const tokens = `{ ${'__typename '.repeat(LIMITS.tokens)} }`;
    expect(extensionsOf(await app.raw(tokens))).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
    for (const first of [101, -1]) {
      const result = await app.raw('query($n: Int) { clients(first: $n) { totalCount } }', { n: first }, a.admin.token);
      expect(extensionsOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(result.errors?.[0].message).toContain('100');
    }
  });
});

describe('one bad operation over WebSocket', () => {
  it('is refused alone: the socket and its other operations carry on', async () => {
    const listening = await listen(app.runtime, 0, '127.0.0.1');
    const client = createClient({
      url: `ws://127.0.0.1:${listening.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${a.client.token}` },
      retryAttempts: 0,
      lazy: false,
    });
    const run = (query: string) =>
      new Promise<{ data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }>(
        (resolve) => {
          let last: unknown;
          client.subscribe(
            { query },
            {
              next: (r) => (last = r),
              error: (errors) => resolve({ errors: errors as never }),
              complete: () => resolve(last as never),
            },
          );
        },
      );
    try {
      const open = new Promise<string>((resolve) => {
        client.subscribe(
          { query: 'subscription { messageAdded { body } }' },
          { next: () => {}, error: () => resolve('ended with an error'), complete: () => resolve('completed') },
        );
        setTimeout(() => resolve('still open'), 1_000);
      });
      const broken = await run('subscription { messageAdded { body }');
      expect(broken.errors?.[0].message).toMatch(/^Syntax Error/);
      const huge = await run(`{ ${'__typename '.repeat(LIMITS.tokens + 1)}}`);
      expect(huge.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      // A message over the body limit closes only the socket that sent it.
      const closed = await new Promise<number>((resolve) => {
        const socket = new WebSocket(`ws://127.0.0.1:${listening.port}/graphql`, 'graphql-transport-ws');
        socket.on('open', () => socket.send('x'.repeat(LIMITS.bodyBytes + 1)));
        socket.on('close', (code) => resolve(code));
      });
      expect(closed).toBe(1009);
      expect(await run('{ me { role } }')).toEqual({ data: { me: { role: 'CLIENT' } } });
      expect(await open).toBe('still open');
    } finally {
      await client.dispose();
      await listening.close();
    }
  });
});

describe('the events channel', () => {
  it('ignores a notification that is not ours, and keeps delivering ours', async () => {
    const { CHANNEL } = await import('../src/db/notifications.ts');
    const heard: string[] = [];
    const off = app.runtime.notifications.on((n) => heard.push(n.kind));
    try {
      await expectWithin(2_000, async () => expect(app.runtime.notifications.listening).toBe(true));
      const company = '00000000-0000-4000-8000-000000000000';
      const foreign = [
        'not json',
        'null',
        '[]',
        JSON.stringify({ kind: 'viewer', companyId: company }),
        JSON.stringify({ kind: 'message', companyId: company, messageId: 'x' }),
        JSON.stringify({ kind: 'other', companyId: company }),
      ];
      for (const payload of foreign) await app.owner.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
      await app.owner.query('SELECT pg_notify($1, $2)', [
        CHANNEL,
        JSON.stringify({ kind: 'viewer', companyId: company, profileIds: [] }),
      ]);
      await expectWithin(2_000, async () => expect(heard).toEqual(['viewer']));
      expect(data(await app.raw('{ me { role } }', {}, a.admin.token)).me.role).toBe('ADMIN');
    } finally {
      off();
    }
  });
});

describe('sign-in under attack', () => {
  it('checks at most 5 of 40 parallel guesses at one account; the right password waits for the window too', async () => {
    const target = email('target');
    data(
      await app.gql(
        RegisterClient,
        { input: { email: target, fullName: 'Target', password: PASSWORD } },
        a.admin.token,
      ),
    );
    const before = app.runtime.passwords.computed;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        app.raw(LOGIN, { i: { company: a.slug, email: target, password: `guess ${i}` } }),
      ),
    );
    const counted = results.map((r) => codes(r)[0]).sort();
    expect(counted).toEqual([...Array(35).fill('RATE_LIMITED'), ...Array(5).fill('UNAUTHENTICATED')]);
    expect(app.runtime.passwords.computed - before).toBe(5);
    expect(codes(await app.raw(LOGIN, { i: { company: a.slug, email: target, password: PASSWORD } }))).toEqual([
      'RATE_LIMITED',
    ]);
  });

  it('spends exactly one hash on every failure, whatever failed (no timing difference to measure)', async () => {
    const awaiting = email('awaiting');
    data(await app.gql(RegisterClient, { input: { email: awaiting, fullName: 'Awaiting Invitation' } }, a.admin.token));
    const cases = [
      { company: 'no-such-company', email: a.admin.email },
      { company: a.slug, email: email('nobody') },
      { company: a.slug, email: awaiting },
      { company: a.slug, email: a.admin.email },
    ];
    for (const c of cases) {
      const before = app.runtime.passwords.computed;
      expect(codes(await app.raw(LOGIN, { i: { ...c, password: 'not the password' } }))).toEqual(['UNAUTHENTICATED']);
      expect(app.runtime.passwords.computed - before).toBe(1);
    }
  });

  it('a marketer cannot take over a future colleague: gaining the marketer role voids the password they chose', async () => {
    const victim = email('future-colleague');
    data(
      await app.gql(
        RegisterClient,
        { input: { email: victim, fullName: 'Future Colleague', password: 'the marketer chose this' } },
        a.marketer.token,
      ),
    );
    const stolen = await login(app, a.slug, victim, 'the marketer chose this');
    const promoted = data(
      await app.gql(RegisterMarketer, { input: { email: victim, fullName: 'Future Colleague' } }, a.admin.token),
    ).registerMarketer;
    expect(promoted.invitation).not.toBeNull();
    for (const role of ['MARKETER', 'CLIENT'] as const) {
      expect(
        codes(
          await app.raw(LOGIN, { i: { company: a.slug, email: victim, password: 'the marketer chose this', role } }),
        ),
      ).toEqual(['UNAUTHENTICATED']);
    }
    expect(codes(await app.raw('{ me { role } }', {}, stolen))).toEqual(['UNAUTHENTICATED']);
  });

  it('an expired or invalid token leaves public fields usable and says why protected ones refuse', async () => {
    const expired = await new SignJWT({ cid: 'x', role: 'ADMIN', pid: 'y', gen: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('z')
      .setIssuer('estate-api')
      .setAudience('api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 100)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(AUTH_SECRET));
    for (const stale of [expired, 'not.a.token']) {
      expect(
        codes(await app.raw(LOGIN, { i: { company: a.slug, email: a.admin.email, password: PASSWORD } }, stale)),
      ).toEqual([]);
      expect((await app.raw('{ __schema { queryType { name } } }', {}, stale)).data?.__schema.queryType.name).toBe(
        'Query',
      );
      const prefix = Array.from({ length: 5 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');
      const created = await app.raw(
        'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { token } }',
        {
          i: {
            name: `Stale Header ${prefix}`,
            prefix,
            admin: { email: email('stale'), fullName: 'Stale', password: PASSWORD },
          },
        },
        stale,
      );
      expect(created.errors).toBeUndefined();
      const refused = await app.raw('{ clients { totalCount } }', {}, stale);
      expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    }
    expect((await app.raw('{ company { name } }', {}, expired)).errors?.[0].message).toBe(
      'Your session has expired: sign in again.',
    );
  });
});

describe('bad input gets typed errors, with nothing echoed', () => {
  it('refuses control characters in any text, naming the field', async () => {
    const register = await app.gql(
      RegisterClient,
      { input: { email: email('nul'), fullName: 'Nul\u0000Byte' } },
      a.admin.token,
    );
    expect(extensionsOf(register)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fullName' });
    expect(
      extensionsOf(await app.raw(LOGIN, { i: { company: a.slug, email: 'a\u0000@example.com', password: 'x' } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(
      extensionsOf(await app.raw('query($u: String!) { client(uid: $u) { uid } }', { u: 'LPL\u0001' }, a.admin.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uid' });
    expect(
      extensionsOf(
        await app.raw('query($s: String) { clients(search: $s) { totalCount } }', { s: 'x\u0007' }, a.admin.token),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    const multiline = await app.raw(
      'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { body } } }',
      { i: { type: 'GENERAL', subject: 'Lines', body: 'one\n\ttwo\r\n' } },
      a.client.token,
    );
    expect(multiline.errors).toBeUndefined();
  });

  it('never echoes a long id, cursor or name back, and gives each refusal a code', async () => {
    const huge = 'Q'.repeat(9_000);
    const results = [
      await app.raw(
        'query($c: String) { clients(after: $c) { totalCount } }',
        { c: Buffer.from('not a cursor of ours').toString('base64') },
        a.admin.token,
      ),
      await app.raw(
        'mutation($i: ArchiveClientInput!) { archiveClient(input: $i) { client { uid } } }',
        { i: { id: huge.slice(0, 150) } },
        a.admin.token,
      ),
      await app.raw(`{ ${'z'.repeat(9_000)} }`, {}, a.admin.token),
      await app.raw('query($c: String) { clients(after: $c) { totalCount } }', { c: huge }, a.admin.token),
    ];
    for (const result of results) {
      expect(codes(result)[0]).toMatch(/^[A-Z_]+$/);
      expect(codes(result)).not.toContain('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toContain('Q'.repeat(60));
      expect(JSON.stringify(result)).not.toContain('z'.repeat(400));
    }
    expect(extensionsOf(results[0])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cursor' });
    expect(extensionsOf(results[1])).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('node and nodes answer null for what is missing, hidden or not an id, so none can be told apart', async () => {
    const missing = Buffer.from('Client:00000000-0000-4000-8000-000000000000').toString('base64');
    const q = 'query($id: ID!) { node(id: $id) { id } }';
    for (const id of [b.client.id, missing, 'not-an-id', a.client.id]) {
      const result = await app.raw(q, { id }, a.marketer.token);
      expect(result.errors).toBeUndefined();
      expect(result.data.node).toEqual(id === a.client.id ? { id } : null);
    }
    const many = await app.raw(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [a.client.id, b.client.id, missing, a.estate.id] },
      a.admin.token,
    );
    expect(many).toEqual({ data: { nodes: [{ id: a.client.id }, null, null, { id: a.estate.id }] } });
  });

  it('takes % and _ in a search literally', async () => {
    data(
      await app.gql(RegisterClient, { input: { email: email('percent'), fullName: '100% Sure_Thing' } }, a.admin.token),
    );
    const search = async (s: string) =>
      (
        await app.raw('query($s: String) { clients(search: $s) { edges { node { fullName } } } }', { s }, a.admin.token)
      ).data.clients.edges.map((e: { node: { fullName: string } }) => e.node.fullName);
    expect(await search('%')).toEqual(['100% Sure_Thing']);
    expect(await search('_')).toEqual(['100% Sure_Thing']);
    expect(await search('100%Sure')).toEqual([]);
  });
});

describe('floods get fast typed refusals, never a 500', () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen(app.runtime, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('200 parallel bogus sign-ins and 40 registrations with passwords: all typed, and a signed-in admin keeps being answered', async () => {
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const flood = [
      ...Array.from({ length: 200 }, (_, i) =>
        post(url, LOGIN, { i: { company: a.slug, email: `bogus-${i}@example.com`, password: 'bogus password' } }),
      ),
      ...Array.from({ length: 40 }, () =>
        post(
          url,
          'mutation($i: RegisterClientInput!) { registerClient(input: $i) { client { uid } } }',
          { i: { email: email('flood'), fullName: 'Flood', password: PASSWORD } },
          a.admin.token,
        ),
      ),
    ];
    const me = await post(url, '{ me { role } }', {}, a.admin.token);
    const answers = await Promise.all(flood);
    expect(me.body.data.me.role).toBe('ADMIN');
    expect(answers.filter((r) => r.status >= 500 && r.status !== 503)).toEqual([]);
    const seen = new Set(answers.flatMap((r) => (r.body.errors ?? []).map((e) => e.extensions?.code)));
    for (const code of seen) expect(['UNAUTHENTICATED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE']).toContain(code);
    const refusedFast = answers.filter((r) => r.status === 503);
    for (const r of refusedFast) expect(r.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  }, 180_000);
});

describe('every error has a code', () => {
  it('a null or missing variable for a non-null argument, or one of the wrong type, is BAD_USER_INPUT naming it', async () => {
    for (const [variables, field] of [
      [{ i: null }, 'i'],
      [{}, 'i'],
      [{ i: { company: 1, email: 'x@example.com', password: 'x' } }, 'i.company'],
    ] as const) {
      const response = await app.yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables }),
      });
      const body = (await response.json()) as { errors: { extensions?: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('PostgreSQL gone from under Prisma ("not queryable") is SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR', () => {
    const gone = new Error(
      'Invalid `prisma.$queryRaw()` invocation: Client has encountered a connection error and is not queryable',
    );
    const masked = maskError!(gone, 'Unexpected error.', false) as GraphQLError;
    expect(masked.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
    expect(masked.message).not.toMatch(/prisma|queryable/i);
  });
});

describe('production posture', () => {
  it('hides the schema and suggestions from anonymous callers; INTROSPECTION=staff lets staff read it', async () => {
    const production = await createTestApp({ production: true, introspection: 'off' });
    const staffOnly = await createTestApp({ production: true, introspection: 'staff' });
    try {
      const anonymous = await production.raw('{ __schema { types { name } } }');
      expect(codes(anonymous)).toEqual(['FORBIDDEN']);
      const typo = await production.raw('{ compny { name } }');
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
      expect((await app.raw('{ compny { name } }')).errors?.[0].message).toMatch(/Did you mean "company"/);
      expect(codes(await staffOnly.raw('{ __schema { queryType { name } } }'))).toEqual(['FORBIDDEN']);
      const staff = await createCompany(staffOnly, 'Schema Readers');
      expect(codes(await staffOnly.raw('{ __schema { queryType { name } } }', {}, staff.admin.token))).toEqual([]);
      expect(codes(await staffOnly.raw('{ __schema { queryType { name } } }', {}, staff.marketer.token))).toEqual([
        'FORBIDDEN',
      ]);
    } finally {
      await production.close();
      await staffOnly.close();
    }
  });
});
