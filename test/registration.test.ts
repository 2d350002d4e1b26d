// Registration with the transactional per-company sequence: UIDs at once, no duplicates, no
// gaps from failures, numbers of deleted people never reused; and the directories.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localId } from './support/ids.ts';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatUid } from '../src/modules/sequences/allocator.ts';
import { graphql } from './gql/index.ts';
import { codes, createTestApp, type TestApp } from './support/app.ts';
import {
  createCompany,
  data,
  login,
  PASSWORD,
  RegisterClient,
  RegisterMarketer,
  type CompanyFixture,
} from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;
let b: CompanyFixture;
let url: string;
let closeHttp: () => Promise<void>;
const statements: string[] = [];

beforeAll(async () => {
  app = await createTestApp({}, (sql) => statements.push(sql));
  a = await createCompany(app, 'Lamba Property Limited');
  b = await createCompany(app, 'Test Company');
  const http = createServer(app.yoga);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  closeHttp = () => new Promise((resolve) => http.close(() => resolve()));
});
afterAll(async () => {
  await closeHttp();
  await app.close();
});

let n = 0;
const email = (tag: string) => `${tag}-${process.pid}-${n++}@example.com`;

/** One registration over real HTTP, as a separate client would send it. */
async function registerOverHttp(token: string, fullName: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: print(RegisterClient),
      variables: { input: { email: email('parallel'), fullName } },
    }),
  });
  const body = (await response.json()) as { data: { registerClient: { client: { uid: string; seq: number } } } };
  if (!body.data?.registerClient) console.error(JSON.stringify(body));
  return body.data.registerClient.client;
}

async function lastValue(company: CompanyFixture, key: 'MKT' | 'CLT'): Promise<number> {
  const { rows } = await app.owner.query(
    'SELECT "lastValue" FROM "CompanySequence" WHERE "companyId" = $1 AND key = $2',
    [localId(company.id), key],
  );
  return rows[0]?.lastValue ?? 0;
}

const Clients = graphql(`
  query RegistrationClients($first: Int, $after: String, $search: String, $status: [ProfileStatus!]) {
    clients(first: $first, after: $after, search: $search, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { uid seq fullName email status marketer { uid } } }
    }
  }
`);
const ClientByUid = graphql(
  `query RegistrationClient($uid: String!) { client(uid: $uid) { uid fullName marketer { uid fullName email } } }`,
);
const DeleteClient = graphql(
  `mutation RegistrationDeleteClient($input: DeleteClientInput!) { deleteClient(input: $input) { deletedId } }`,
);
const ArchiveClient = graphql(
  `mutation RegistrationArchiveClient($input: ArchiveClientInput!) { archiveClient(input: $input) { client { status archivedAt } } }`,
);

describe('the sequence allocator', () => {
  it('gives 50 parallel HTTP registrations in one company 50 distinct UIDs numbered N+1..N+50', async () => {
    const start = await lastValue(a, 'CLT');
    const clients = await Promise.all(
      Array.from({ length: 50 }, (_, i) => registerOverHttp(a.admin.token, `Parallel ${i}`)),
    );
    const seqs = clients.map((c) => c.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => start + 1 + i));
    expect(new Set(clients.map((c) => c.uid)).size).toBe(50);
    for (const c of clients) expect(c.uid).toBe(formatUid(a.prefix, 'CLT', c.seq));
    expect(await lastValue(a, 'CLT')).toBe(start + 50);
  });

  it('keeps independent sequences for two companies registering at once', async () => {
    const [startA, startB] = [await lastValue(a, 'CLT'), await lastValue(b, 'CLT')];
    const work = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? registerOverHttp(b.admin.token, `B ${i}`) : registerOverHttp(a.admin.token, `A ${i}`),
    );
    const clients = await Promise.all(work);
    const seqsOf = (prefix: string) =>
      clients
        .filter((c) => c.uid.startsWith(`${prefix}-`))
        .map((c) => c.seq)
        .sort((x, y) => x - y);
    expect(seqsOf(a.prefix)).toEqual(Array.from({ length: 20 }, (_, i) => startA + 1 + i));
    expect(seqsOf(b.prefix)).toEqual(Array.from({ length: 20 }, (_, i) => startB + 1 + i));
  });

  it('does not consume a number when a registration fails after allocating', async () => {
    const start = await lastValue(a, 'CLT');
    // The first field allocates and inserts; the second fails; the operation rolls back whole.
    const failed = await app.raw(
      `mutation($ok: RegisterClientInput!, $dup: RegisterClientInput!) {
         ok: registerClient(input: $ok) { client { uid } }
         dup: registerClient(input: $dup) { client { uid } }
       }`,
      {
        ok: { email: email('rolled-back'), fullName: 'Rolled Back' },
        dup: { email: a.client.email, fullName: 'Duplicate' },
      },
      a.admin.token,
    );
    expect(codes(failed)).toEqual(['CONFLICT']);
    expect(await lastValue(a, 'CLT')).toBe(start);
    const next = data(
      await app.gql(RegisterClient, { input: { email: email('next'), fullName: 'Next' } }, a.admin.token),
    ).registerClient.client;
    expect(next.seq).toBe(start + 1);
  });

  it('refuses the same new person registered twice at once: one wins, the loser leaves no gap', async () => {
    const start = await lastValue(a, 'CLT');
    const same = email('twice');
    const results = await Promise.all(
      [0, 1].map(() => app.gql(RegisterClient, { input: { email: same, fullName: 'Twice' } }, a.admin.token)),
    );
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'ok')).sort()).toEqual(['CONFLICT', 'ok']);
    expect(await lastValue(a, 'CLT')).toBe(start + 1);
  });

  it("never reuses a deleted person's number (the seed's LPL-CLT002/003 case)", async () => {
    const company = await createCompany(app, 'Number Keeping Estates');
    const register = async (fullName: string) =>
      data(await app.gql(RegisterClient, { input: { email: email('keep'), fullName } }, company.admin.token))
        .registerClient.client;
    const two = await register('Two');
    const three = await register('Three');
    expect([company.client.uid, two.uid, three.uid]).toEqual(['NKE-CLT001', 'NKE-CLT002', 'NKE-CLT003']);
    for (const c of [two, three]) data(await app.gql(DeleteClient, { input: { id: c.id } }, company.admin.token));
    const four = await register('Four');
    expect(four.uid).toBe('NKE-CLT004');
    const { rows } = await app.owner.query('SELECT uid FROM "Client" WHERE "companyId" = $1 ORDER BY seq', [
      localId(company.id),
    ]);
    expect(rows.map((r) => r.uid)).toEqual(['NKE-CLT001', 'NKE-CLT004']);
  });

  it('pads to three digits and keeps every digit past 999', async () => {
    expect([
      formatUid('LPL', 'MKT', 3),
      formatUid('LPL', 'CLT', 999),
      formatUid('LPL', 'CLT', 1000),
      formatUid('TST', 'CLT', 12345),
    ]).toEqual(['LPL-MKT003', 'LPL-CLT999', 'LPL-CLT1000', 'TST-CLT12345']);
    const company = await createCompany(app, 'Big Number Holdings');
    await app.owner.query(`UPDATE "CompanySequence" SET "lastValue" = 998 WHERE "companyId" = $1 AND key = 'CLT'`, [
      localId(company.id),
    ]);
    const uids = [];
    for (let i = 0; i < 2; i++)
      uids.push(
        data(
          await app.gql(RegisterClient, { input: { email: email('big'), fullName: `Big ${i}` } }, company.admin.token),
        ).registerClient.client.uid,
      );
    expect(uids).toEqual(['BNH-CLT999', 'BNH-CLT1000']);
  });
});

describe('registration rules', () => {
  it('gives marketers and clients separate sequences and one user per person', async () => {
    const company = await createCompany(app, 'Two Roles Realty');
    const person = email('both');
    const marketer = data(
      await app.gql(
        RegisterMarketer,
        { input: { email: person, fullName: 'Both Roles', password: PASSWORD } },
        company.admin.token,
      ),
    ).registerMarketer.marketer;
    const client = data(
      await app.gql(
        RegisterClient,
        { input: { email: person.toUpperCase(), fullName: 'Both Roles' } },
        company.admin.token,
      ),
    ).registerClient.client;
    expect(marketer.uid).toBe('TRR-MKT002');
    expect(client.uid).toBe('TRR-CLT002');
    expect(marketer.user.id).toBe(client.user.id);
    // A client of several companies, still one user.
    const elsewhere = data(
      await app.gql(RegisterClient, { input: { email: person, fullName: 'Both Roles' } }, b.admin.token),
    ).registerClient.client;
    expect(elsewhere.user.id).toBe(client.user.id);
    const { rows } = await app.owner.query('SELECT count(*)::int AS n FROM "Person" WHERE email = $1', [person]);
    expect(rows[0].n).toBe(1);
    // Each company keeps its own record of the person, under the same id.
    const known = await app.owner.query('SELECT DISTINCT id::text FROM "User" WHERE email = $1', [person]);
    expect(known.rows).toEqual([{ id: localId(client.user.id) }]);
  });

  it('refuses the same email twice in one role of one company with CONFLICT', async () => {
    const again = await app.gql(
      RegisterMarketer,
      { input: { email: a.marketer.email.toUpperCase(), fullName: 'Again' } },
      a.admin.token,
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('names the field of bad input, and leaves the counter and the tables as they were', async () => {
    const start = await lastValue(a, 'CLT');
    const { rows: before } = await app.owner.query('SELECT count(*)::int AS n FROM "Client"');
    const cases = [
      [{ email: 'nope' }, 'email'],
      [{ email: 'a b@example.com' }, 'email'],
      [{ fullName: '' }, 'fullName'],
      [{ fullName: 'x'.repeat(121) }, 'fullName'],
      [{ phone: 'call me' }, 'phone'],
      [{ phone: '+1 2' }, 'phone'],
      [{ password: 'short' }, 'password'],
    ] as const;
    for (const [override, field] of cases) {
      const result = await app.gql(
        RegisterClient,
        { input: { email: email('bad'), fullName: 'Valid Name', ...override } },
        a.admin.token,
      );
      expect(result.errors?.[0].extensions, JSON.stringify(override)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await lastValue(a, 'CLT')).toBe(start);
    const { rows: after } = await app.owner.query('SELECT count(*)::int AS n FROM "Client"');
    expect(after[0].n).toBe(before[0].n);
  });

  it('assigns a client registered by a marketer to that marketer, and to no other', async () => {
    const mine = data(
      await app.gql(RegisterClient, { input: { email: email('mine'), fullName: 'My Client' } }, a.marketer.token),
    ).registerClient.client;
    expect(mine.marketer?.uid).toBe(a.marketer.uid);
    const other = data(
      await app.gql(RegisterMarketer, { input: { email: email('other'), fullName: 'Other Marketer' } }, a.admin.token),
    ).registerMarketer.marketer;
    const refused = await app.gql(
      RegisterClient,
      { input: { email: email('x'), fullName: 'X', marketerId: other.id } },
      a.marketer.token,
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(
      codes(await app.gql(RegisterClient, { input: { email: email('x'), fullName: 'X' } }, a.client.token)),
    ).toEqual(['FORBIDDEN']);
    const { rows } = await app.owner.query(
      'SELECT "marketerId", "assignedByUserId" FROM "ClientAssignment" WHERE "clientId" = $1',
      [localId(mine.id)],
    );
    expect(rows).toEqual([
      { marketerId: localId(a.marketer.id), assignedByUserId: a.marketer.userId && localId(a.marketer.userId) },
    ]);
  });

  it('refuses an archived marketer for a new client', async () => {
    const m = data(
      await app.gql(
        RegisterMarketer,
        { input: { email: email('arch'), fullName: 'Archived Marketer' } },
        a.admin.token,
      ),
    ).registerMarketer.marketer;
    await app.raw(
      'mutation($id: ID!) { archiveMarketer(input: { id: $id }) { marketer { id } } }',
      { id: m.id },
      a.admin.token,
    );
    const result = await app.gql(
      RegisterClient,
      { input: { email: email('y'), fullName: 'Y', marketerId: m.id } },
      a.admin.token,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'marketerId' });
  });
});

describe('the directories', () => {
  let company: CompanyFixture;
  beforeAll(async () => {
    company = await createCompany(app, 'Directory Homes');
    for (const name of ['Amaka Nwosu', 'Bayo Adeyemi', 'Chidi Okafor', 'Dapo Bello']) {
      await app.gql(
        RegisterClient,
        { input: { email: email(name.split(' ')[0].toLowerCase()), fullName: name, marketerId: company.marketer.id } },
        company.admin.token,
      );
    }
  });

  it('lists newest first with cursor pagination and a total', async () => {
    const first = data(await app.gql(Clients, { first: 2 }, company.admin.token)).clients;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e) => e.node.fullName)).toEqual(['Dapo Bello', 'Chidi Okafor']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = data(
      await app.gql(Clients, { first: 10, after: first.pageInfo.endCursor }, company.admin.token),
    ).clients;
    expect(rest.edges.map((e) => e.node.seq)).toEqual([3, 2, 1]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by name, email and uid, any case', async () => {
    const search = async (s: string) =>
      data(await app.gql(Clients, { search: s }, company.admin.token)).clients.edges.map((e) => e.node.fullName);
    expect(await search('chidi')).toEqual(['Chidi Okafor']);
    expect(await search('BAYO-')).toEqual(['Bayo Adeyemi']);
    expect(await search(`${company.prefix.toLowerCase()}-clt004`)).toEqual(['Chidi Okafor']);
  });

  it('skips archived people unless asked, and shows a new person in the same cycle', async () => {
    const { edges } = data(await app.gql(Clients, { search: 'Amaka' }, company.admin.token)).clients;
    const amaka = await app.owner.query('SELECT id FROM "Client" WHERE "fullName" = $1', ['Amaka Nwosu']);
    const id = Buffer.from(`Client:${amaka.rows[0].id}`).toString('base64');
    expect(edges).toHaveLength(1);
    expect(data(await app.gql(ArchiveClient, { input: { id } }, company.admin.token)).archiveClient.client.status).toBe(
      'ARCHIVED',
    );
    expect(data(await app.gql(Clients, { search: 'Amaka' }, company.admin.token)).clients.totalCount).toBe(0);
    expect(
      data(await app.gql(Clients, { search: 'Amaka', status: ['ARCHIVED'] }, company.admin.token)).clients.totalCount,
    ).toBe(1);
    data(
      await app.gql(RegisterClient, { input: { email: email('fresh'), fullName: 'Fresh Face' } }, company.admin.token),
    );
    expect(data(await app.gql(Clients, { first: 1 }, company.admin.token)).clients.edges[0].node.fullName).toBe(
      'Fresh Face',
    );
  });

  it("shows a marketer only their own clients, and a client their marketer's contact", async () => {
    const mine = data(await app.gql(Clients, { first: 50 }, company.marketer.token)).clients;
    expect(mine.edges.every((e) => e.node.marketer?.uid === company.marketer.uid)).toBe(true);
    expect(mine.edges.map((e) => e.node.fullName)).not.toContain('Fresh Face');
    const own = data(await app.gql(ClientByUid, { uid: company.client.uid }, company.client.token)).client;
    expect(own?.marketer).toMatchObject({ uid: company.marketer.uid, email: company.marketer.email });
    expect(
      data(await app.gql(ClientByUid, { uid: `${company.prefix}-CLT002` }, company.client.token)).client,
    ).toBeNull();
  });

  it('loads nested lists with a constant number of SQL statements, whatever the sizes', async () => {
    const Nested = graphql(`
      query RegistrationNested {
        marketers(first: 20) { edges { node { uid user { fullName } clients(first: 50) { totalCount edges { node { uid fullName user { fullName email } marketer { uid } } } } } } }
      }
    `);
    const count = async (token: string) => {
      statements.length = 0;
      const result = await app.gql(Nested, {}, token);
      expect(result.errors).toBeUndefined();
      return {
        statements: statements.length,
        clients: result.data!.marketers.edges.reduce((s, e) => s + e.node.clients.edges.length, 0),
      };
    };
    const small = await count(company.admin.token);
    const big = await createCompany(app, 'Many Marketers Ltd');
    for (let m = 0; m < 5; m++) {
      const marketer = data(
        await app.gql(RegisterMarketer, { input: { email: email('mm'), fullName: `M${m}` } }, big.admin.token),
      ).registerMarketer.marketer;
      await Promise.all(
        Array.from({ length: 6 }, (_, c) =>
          app.gql(
            RegisterClient,
            { input: { email: email('mc'), fullName: `C${m}.${c}`, marketerId: marketer.id } },
            big.admin.token,
          ),
        ),
      );
    }
    const large = await count(big.admin.token);
    expect(large.clients).toBeGreaterThan(small.clients * 5);
    expect(large.statements).toBe(small.statements);
  });
});

describe('sign-in of registered people', () => {
  it('lets a person registered with a password sign in at once as what they are', async () => {
    const person = email('signin');
    data(
      await app.gql(
        RegisterClient,
        { input: { email: person, fullName: 'Signs In', password: PASSWORD } },
        a.admin.token,
      ),
    );
    const token = await login(app, a.slug, person);
    const me = await app.raw('{ me { role } client(uid: "nope") { uid } }', {}, token);
    expect(me.data).toEqual({ me: { role: 'CLIENT' }, client: null });
  });
});

describe('registering someone who already has a role here', () => {
  it('neither sets their password nor hands out an invitation (a marketer cannot take over a colleague)', async () => {
    const colleague = email('colleague');
    const pending = data(
      await app.gql(RegisterMarketer, { input: { email: colleague, fullName: 'Pending Colleague' } }, a.admin.token),
    ).registerMarketer;
    expect(pending.invitation).not.toBeNull();
    const asClient = data(
      await app.gql(
        RegisterClient,
        { input: { email: colleague, fullName: 'Taken over?', password: 'attacker password' } },
        a.marketer.token,
      ),
    ).registerClient;
    expect(asClient.invitation).toBeNull();
    expect(
      codes(
        await app.gql(
          graphql(`mutation RegistrationLoginAttempt($input: LoginInput!) { login(input: $input) { token } }`),
          { input: { company: a.slug, email: colleague, password: 'attacker password' } },
        ),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses to delete a marketer with clients or history (archive keeps the history whole)', async () => {
    const result = await app.raw(
      'mutation($id: ID!) { deleteMarketer(input: { id: $id }) { deletedId } }',
      { id: a.marketer.id },
      a.admin.token,
    );
    expect(codes(result)).toEqual(['CONFLICT']);
    const fresh = data(
      await app.gql(
        RegisterMarketer,
        { input: { email: email('short-lived'), fullName: 'Short Lived' } },
        a.admin.token,
      ),
    ).registerMarketer.marketer;
    const deleted = await app.raw(
      'mutation($id: ID!) { deleteMarketer(input: { id: $id }) { deletedId } }',
      { id: fresh.id },
      a.admin.token,
    );
    expect(deleted.data?.deleteMarketer.deletedId).toBe(fresh.id);
  });

  it('answers malformed ids and cursors with NOT_FOUND or nothing, never a masked error', async () => {
    const badNode = Buffer.from('Client:not-a-uuid').toString('base64');
    const node = await app.raw('query($id: ID!) { node(id: $id) { id } }', { id: badNode }, a.admin.token);
    expect(node.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
    expect(node.data?.node ?? null).toBeNull();
    const cursor = await app.raw(
      'query($after: String) { clients(after: $after) { totalCount } }',
      { after: Buffer.from('GPC:S:x').toString('base64') },
      a.admin.token,
    );
    expect(cursor.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
    expect(
      codes(
        await app.raw(
          'mutation { archiveClient(input: { id: "Q2xpZW50Om5vcGU=" }) { client { id } } }',
          {},
          a.admin.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it("shows a marketer only their own clients' accounts, and a client not their marketer's client list", async () => {
    const other = data(
      await app.gql(RegisterClient, { input: { email: email('not-mine'), fullName: 'Not Mine' } }, a.admin.token),
    ).registerClient.client;
    const q = 'query($id: ID!) { node(id: $id) { ... on User { email } } }';
    // Relay's node: null for one you may not see, the same as for one that does not exist.
    expect(await app.raw(q, { id: other.user.id }, a.marketer.token)).toEqual({ data: { node: null } });
    expect((await app.raw(q, { id: a.client.userId }, a.marketer.token)).data?.node?.email).toBe(a.client.email);
    const list = await app.raw('{ me { client { marketer { uid clients { totalCount } } } } }', {}, a.client.token);
    expect(codes(list)).toEqual(['FORBIDDEN']);
  });
});
