// The SQL each hot operation sends, statement by statement, so that a change adding a round trip
// to one of them fails here (their speed is measured by `npm run bench`, never asserted in tests).
// Prisma does not report BEGIN; every count below is what follows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { createCompany, type CompanyFixture } from './support/fixtures.ts';
import { localId } from './support/ids.ts';

/** A statement of the read planner: one row, its `data` the root field's JSON (src/planner/roots.ts). */
const isPlanned = (sql: string) => sql.trim().endsWith(')::text AS data');

let app: TestApp;
let a: CompanyFixture;
const statements: string[] = [];
beforeAll(async () => {
  app = await createTestApp({}, (sql) => statements.push(sql));
  a = await createCompany(app, 'Lamba Property Limited');
});
afterAll(async () => {
  await app?.close();
});

/** The statements an operation sends, each named by its first words. */
async function sent(query: string, token: string | undefined, variables: Record<string, unknown> = {}) {
  statements.length = 0;
  const result = await app.raw(query, variables, token);
  expect(result.errors).toBeUndefined();
  return statements.map((sql) => {
    const text = sql.replace(/\s+/g, ' ').trim();
    if (text.startsWith('SET LOCAL app.company_id')) return 'set company';
    // The read planner's own transaction (src/db/direct-reads.ts): BEGIN and the company in one round trip.
    if (text.startsWith('BEGIN; SET LOCAL app.company_id')) return 'begin, set company';
    if (text.startsWith('COMMIT')) return 'COMMIT';
    if (/"tokenGeneration" FROM "public"\."(StaffMember|Marketer|Client)"/.test(text)) return 'check viewer';
    if (text.startsWith('SELECT app_ensure_user(')) return 'person';
    if (text.startsWith('SELECT is_member')) return 'standing, password';
    if (text.startsWith('SELECT app_insert_numbered(')) return 'allocate and insert';
    if (isPlanned(text)) return 'planned read';
    if (text.startsWith('WITH event AS ( INSERT INTO "Event"')) return 'event';
    return text.slice(0, 80);
  });
}

const ME = '{ me { role } }';
const REGISTER =
  'mutation($input: RegisterClientInput!) { registerClient(input: $input) { client { id uid seq } invitation { token } } }';
const NESTED = `{ estates(first: 10) { edges { node { name plots(first: 50) { edges { node {
  number status plotSize { label priceMinor } client { uid fullName marketer { uid fullName } } } } } } } } }`;

describe('statements per operation', () => {
  it('{ __typename } opens no transaction: anonymous, or signed in once the viewer is checked', async () => {
    expect(await sent('{ __typename }', undefined)).toEqual([]);
    await sent(ME, a.admin.token);
    expect(await sent('{ __typename }', a.admin.token)).toEqual([]);
  });

  it('{ me }: the viewer checked once, then answered from the checked viewer', async () => {
    // A marketer's profile id is in their global id (Marketer:<uuid>).
    app.runtime.viewers.forget([localId(a.marketer.id)]);
    const first = await sent(ME, a.marketer.token);
    expect(first).toEqual(['set company', 'check viewer', 'COMMIT']);
    expect(await sent(ME, a.marketer.token)).toEqual([]);
  });

  it('registerClient: the person (a statement of its own), its event before the allocation, nothing after it but COMMIT', async () => {
    await sent(ME, a.admin.token);
    expect(
      await sent(REGISTER, a.admin.token, { input: { email: 'new-1@statements.example', fullName: 'New One' } }),
    ).toEqual(['person', 'set company', 'standing, password', 'event', 'allocate and insert', 'COMMIT']);
  });

  it('a viewer checked against the database: that transaction ends before the operation runs, so a password hash holds no connection', async () => {
    app.runtime.viewers.forget([Buffer.from(a.admin.memberId, 'base64').toString().split(':')[1]]);
    expect(
      await sent(REGISTER, a.admin.token, {
        input: { email: 'new-2@statements.example', fullName: 'New Two', password: 'a long enough password' },
      }),
    ).toEqual([
      'set company',
      'check viewer',
      'COMMIT',
      'person',
      'set company',
      'standing, password',
      'event',
      'allocate and insert',
      'COMMIT',
    ]);
  });

  it('the nested estates read: one statement whatever its size', async () => {
    await sent(ME, a.admin.token);
    expect(await sent(NESTED, a.admin.token)).toEqual(['begin, set company', 'planned read', 'COMMIT']);
  });

  it('a planned read joins the operation’s transaction when it is open (the company’s today read first)', async () => {
    await sent(ME, a.admin.token);
    const read = await sent('{ sales(status: [OVERDUE]) { totalCount } }', a.admin.token);
    expect(read).toEqual([
      'set company',
      expect.stringMatching(/^SELECT to_char\(now\(\) AT TIME ZONE/),
      'planned read',
      'COMMIT',
    ]);
  });
});
