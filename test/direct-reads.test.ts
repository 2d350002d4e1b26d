// The read planner's statements sent without Prisma (src/db/direct-reads.ts): on a pool of one
// connection, so that whatever one read leaves on its connection the next one meets. Parameters
// of every kind arrive as given, a failed statement leaves no transaction, no company and no
// half-known prepared statement behind,
// a read that waits too long for a connection is a typed SERVICE_UNAVAILABLE, and the company set
// is the viewer's alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.ts';
import { createServer } from '../src/http/server.ts';
import { createRuntime, type Runtime } from '../src/runtime/runtime.ts';
import { AUTH_SECRET, createTestApp, type TestApp } from './support/app.ts';
import { type CompanyFixture, createCompany } from './support/fixtures.ts';
import { localId } from './support/ids.ts';

let app: TestApp;
let a: CompanyFixture;
let b: CompanyFixture;
let narrow: Runtime;
let ask: (query: string, token: string) => Promise<{ status: number; body: any }>;

beforeAll(async () => {
  app = await createTestApp();
  a = await createCompany(app, 'Lamba Property Limited');
  b = await createCompany(app, 'Bexley Homes');
  narrow = createRuntime(app.runtime.config, app.appUrl, AUTH_SECRET, 1);
  const yoga = createServer(narrow);
  ask = async (query, token) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: await response.json() };
  };
});
afterAll(async () => {
  await narrow?.close();
  await app?.close();
});

const COMPANY = '{ company { name } estates { totalCount } }';
const scopeOf = (companyId: string) => ({ companyId, userId: null });
const setting = Prisma.sql`SELECT current_setting('app.company_id', true) AS data`;

describe('planned reads on a connection of their own', () => {
  it('answer each viewer with their own company, one after another on the same connection', async () => {
    for (const [fixture, token] of [
      [a, a.admin.token],
      [b, b.admin.token],
      [a, a.client.token],
    ] as const) {
      const { status, body } = await ask(COMPANY, token);
      expect(status).toBe(200);
      expect(body).toEqual({ data: { company: { name: fixture.name }, estates: { totalCount: expect.any(Number) } } });
    }
  });

  it('sends every kind of parameter as it was given, in statements prepared once per connection', async () => {
    const company = localId(a.id);
    const odd = `it's "quoted" \\ back\\slashed, 'twice'' and emoji 🏡`;
    const list = [odd, 'a,b', '{braces}', 'NULL', null, ''];
    const statement = Prisma.sql`SELECT json_build_array(${odd}::text, ${list}::text[], ${42}::int, ${-7.5}::numeric, ${true}::boolean, ${null}::text, ${[3, 4]}::int[])::text AS data`;
    const [text] = await narrow.directReads.texts(scopeOf(company), [statement]);
    expect(JSON.parse(text as string)).toEqual([odd, list, 42, -7.5, true, null, [3, 4]]);
    // The same statement again (prepared on the connection the first time) with other values.
    const again = Prisma.sql`SELECT json_build_array(${'x'}::text, ${['y']}::text[], ${1}::int, ${0}::numeric, ${false}::boolean, ${'z'}::text, ${[]}::int[])::text AS data`;
    expect(statement.text).toBe(again.text);
    const [second] = await narrow.directReads.texts(scopeOf(company), [again]);
    expect(JSON.parse(second as string)).toEqual(['x', ['y'], 1, 0, false, 'z', []]);
  });

  it('a failed statement rolls back: the connection holds no transaction and no company afterwards', async () => {
    const company = localId(a.id);
    const failing = Prisma.sql`SELECT (1 / ${0}::int)::text AS data`;
    await expect(narrow.directReads.texts(scopeOf(company), [setting, failing])).rejects.toMatchObject({
      code: '22012',
    });
    // The pool's only connection: outside any transaction, no company is set.
    const [{ outside }] = await narrow.base.$queryRaw<{ outside: string | null }[]>(
      Prisma.sql`SELECT current_setting('app.company_id', true) AS outside`,
    );
    expect(outside ?? '').toBe('');
    expect(await narrow.directReads.texts(scopeOf(company), [setting])).toEqual([company]);
    // The failed statement had been prepared before it failed, and was closed with the rollback:
    // the same text with another value is prepared afresh and runs. Failing once more, now that
    // it was prepared before, leaves the connection as usable.
    const dividing = Prisma.sql`SELECT (1 / ${1}::int)::text AS data`;
    expect(dividing.text).toBe(failing.text);
    expect(await narrow.directReads.texts(scopeOf(company), [dividing])).toEqual(['1']);
    await expect(narrow.directReads.texts(scopeOf(company), [failing])).rejects.toMatchObject({ code: '22012' });
    expect(await narrow.directReads.texts(scopeOf(company), [dividing, setting, dividing])).toEqual([
      '1',
      company,
      '1',
    ]);
  });

  it('a value pg cannot write fails that read alone: what was sent before it is answered and rolled back', async () => {
    const company = localId(a.id);
    const unwritable = {
      toPostgres() {
        throw new Error('not writable');
      },
    };
    const statement = Prisma.sql`SELECT ${unwritable}::text AS data`;
    await expect(narrow.directReads.texts(scopeOf(company), [setting, statement])).rejects.toThrow('not writable');
    const [{ outside }] = await narrow.base.$queryRaw<{ outside: string | null }[]>(
      Prisma.sql`SELECT current_setting('app.company_id', true) AS outside`,
    );
    expect(outside ?? '').toBe('');
    expect(await narrow.directReads.texts(scopeOf(company), [setting])).toEqual([company]);
  });

  it('a read that cannot get a connection in time answers SERVICE_UNAVAILABLE, with no internal text', async () => {
    await ask(COMPANY, a.admin.token); // the viewer checked and remembered: the read is all that waits
    const held = narrow.base.$executeRawUnsafe('SELECT pg_sleep(5)').then((n) => n);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { status, body } = await ask(COMPANY, a.admin.token);
    expect(status).toBe(503);
    expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
      'SERVICE_UNAVAILABLE',
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Prisma|Unable to start|pg_sleep|P2028|\.ts:\d/i);
    await held;
    expect((await ask(COMPANY, a.admin.token)).body.data.company.name).toBe(a.name);
  }, 30_000);
});
