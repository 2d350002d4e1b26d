// No statement the resolvers' Prisma queries send holds a condition that no row can meet: Prisma
// writes `in: []` as `1=0` and a relation load for no parent rows as `… IN (NULL)`, and Citus on
// PostgreSQL 15 refuses such a constant beside an outer join ("Distributed queries with outer
// joins and pseudoconstant quals are not supported in PG15 and PG16"). Nor does any statement name
// another company: a cursor from another company is pinned to the viewer's (one shard on Citus).
// Here, on plain PostgreSQL: the shapes that met it on Citus (the differential test), through the
// API, send neither and answer as before; and filters settled before Prisma (src/db/constant-filters.ts)
// return the rows Prisma returns for them as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settle } from '../src/db/constant-filters.ts';
import { scopeArgs, setTenant, type TenantTx } from '../src/db/tenant.ts';
import { createServer, type Server } from '../src/http/server.ts';
import { registerClient } from '../src/modules/clients/service.ts';
import { createSale } from '../src/modules/sales/service.ts';
import { withSession } from '../src/runtime/session.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { adminViewer, type CompanyFixture, company } from './support/fixtures.ts';
import { localId } from './support/ids.ts';

let app: TestApp;
let resolvers: Server;
let a: CompanyFixture;
let b: CompanyFixture;
/** A's client with no marketer and no sale, and their token. */
let alone: { uid: string; token: string };
const sent: { sql: string; params: string }[] = [];

beforeAll(async () => {
  app = await createTestApp({}, (sql, params) => sent.push({ sql, params }));
  resolvers = createServer({ ...app.runtime, config: { ...app.runtime.config, compiledReads: false } });
  a = await company(app, 'Lamba Property Limited').withLedger();
  b = await company(app, 'Test Company').withLedger();
  // A client with no marketer and no sale, beside the fixture's (who has both).
  const registered = await withSession(app.runtime, adminViewer(a), (s) =>
    registerClient(s, { email: `alone-${Date.now()}@example.com`, fullName: 'Unassigned Client' }),
  );
  const viewer = {
    companyId: localId(a.id),
    userId: registered.userId,
    role: 'CLIENT',
    profileId: registered.id,
  } as const;
  alone = { uid: registered.uid, token: (await app.runtime.tokens.sign({ ...viewer, generation: 0 })).token };
  // A second sale in A (of its second plot), so that a relation loads for several parent rows.
  await withSession(app.runtime, adminViewer(a), (s) =>
    createSale(s, { plotId: localId(a.plotIds[1]), clientId: localId(a.client.id), plan: { plan: 'FULL' } }),
  );
});
afterAll(async () => {
  await app?.close();
});

/** Prisma's writing of a condition no row meets: `in: []`, and the keys of no parent rows. */
const CONSTANT = /\b1=0\b|\bIN \(NULL\)/;

/** The resolvers' answer (the read planner off) and the statements it sent. */
async function ask(token: string, query: string, variables: Record<string, unknown> = {}) {
  sent.length = 0;
  const response = await resolvers.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { body, statements: [...sent] };
}

/**
 * Statements that hold a constant condition (written, or a read compared with a null parameter:
 * the key of a parent that has none), or that name company B.
 */
const offending = (statements: { sql: string; params: string }[]) =>
  statements.filter(
    ({ sql, params }) =>
      CONSTANT.test(sql) ||
      (sql.startsWith('SELECT') && (JSON.parse(params) as unknown[]).includes(null)) ||
      params.includes(localId(b.id)),
  );

describe('the shapes Citus refused, through the resolvers', () => {
  it('relation loads under a row that is not found send nothing for it (a _count, a to-one filter)', async () => {
    // An admin asking for a client by another company's UID: none, so neither their marketer's
    // clients (counted: an outer join) nor their assignments are loaded.
    const asAdmin = await ask(
      a.admin.token,
      `query($uid: String!) { client(uid: $uid) { id marketer { clients(first: 4, status: [ACTIVE]) { totalCount edges { node { phone } } } }
        assignmentHistory { totalCount edges { node { assignedAt } } } } }`,
      { uid: b.marketer.uid },
    );
    expect(asAdmin.body).toEqual({ data: { client: null } });
    expect(offending(asAdmin.statements)).toEqual([]);
    // A client asking for a sale that is not theirs, with its payments (filtered by their sale's
    // client: an outer join to Sale).
    const asClient = await ask(
      a.client.token,
      `query($number: String!) { sale(number: $number) { number payments(first: 2) { totalCount edges { node { id } } } } }`,
      { number: b.ledger!.saleNumber },
    );
    expect(asClient.body.errors ?? []).toEqual([]);
    expect(asClient.body.data?.sale ?? null).toBeNull();
    expect(offending(asClient.statements)).toEqual([]);
  });

  it('a relation through a key that is null loads nothing (a client with no marketer)', async () => {
    const marketersClients =
      'marketer { uid clients(first: 2, status: [ACTIVE, ARCHIVED]) { totalCount edges { node { uid } } } }';
    const asAdmin = await ask(a.admin.token, `query($uid: String!) { client(uid: $uid) { uid ${marketersClients} } }`, {
      uid: alone.uid,
    });
    expect(asAdmin.body).toEqual({ data: { client: { uid: alone.uid, marketer: null } } });
    expect(offending(asAdmin.statements)).toEqual([]);
    const asThemself = await ask(alone.token, `{ me { client { uid ${marketersClients} } } }`);
    expect(asThemself.body).toEqual({ data: { me: { client: { uid: alone.uid, marketer: null } } } });
    expect(offending(asThemself.statements)).toEqual([]);
    // Beside a client who has one: theirs is loaded.
    const both = await ask(
      a.admin.token,
      '{ clients(first: 5, orderBy: [{ field: UID, direction: ASC }]) { edges { node { uid marketer { uid } } } } }',
    );
    expect(both.body).toEqual({
      data: {
        clients: {
          edges: [
            { node: { uid: a.client.uid, marketer: { uid: a.marketer.uid } } },
            { node: { uid: alone.uid, marketer: null } },
          ],
        },
      },
    });
  });

  it('a cursor from another company is read in the viewer’s company: it names no row there, as before', async () => {
    const theirs = await ask(b.admin.token, '{ payments(first: 1) { edges { cursor } } }');
    const cursor = (theirs.body.data as { payments: { edges: { cursor: string }[] } }).payments.edges[0].cursor;
    for (const [token, query] of [
      [a.admin.token, `query($c: String!) { payments(after: $c) { edges { node { id } } totalCount } }`],
      [
        a.client.token,
        `query($n: String!, $c: String!, $client: ID!) { sale(number: $n) { number
          payments(before: $c, filter: { clientId: $client, paidTo: "2026-03-01" }) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } } }`,
      ],
    ] as const) {
      const { body, statements } = await ask(token, query, { c: cursor, n: a.ledger!.saleNumber, client: a.client.id });
      expect(body.errors ?? []).toEqual([]);
      expect(JSON.stringify(body.data)).not.toContain('"node"'); // no payment after (or before) a row it cannot find
      expect(offending(statements)).toEqual([]);
    }
  });

  it('a relation loaded for several parent rows names the company (with a cursor, Citus routes it only so)', async () => {
    const mine = await ask(a.admin.token, '{ payments(first: 1) { edges { cursor } } }');
    const cursor = (mine.body.data as { payments: { edges: { cursor: string }[] } }).payments.edges[0].cursor;
    const { body, statements } = await ask(
      a.admin.token,
      `query($c: String!, $client: ID!) { sales(first: 5) { edges { node { number
        payments(after: $c, first: 5, filter: { clientId: $client }) { edges { node { id } } } } } } }`,
      { c: cursor, client: a.client.id },
    );
    expect(body.errors ?? []).toEqual([]);
    expect((body.data as { sales: { edges: unknown[] } }).sales.edges).toHaveLength(2);
    const loads = statements.filter(({ sql }) => /FROM "public"\."Payment" .*"saleId" IN \(\$\d+,\$\d+\)/.test(sql));
    expect(loads).toHaveLength(1);
    expect(loads[0].sql).toMatch(/"public"\."Payment"\."companyId" = \$\d+/);
    expect(offending(statements)).toEqual([]);
  });

  it('a list asked for no states is answered empty without the database, at the root and under a row', async () => {
    const root = await ask(a.admin.token, '{ clients(status: []) { totalCount edges { node { id } } } }');
    expect(root.body).toEqual({ data: { clients: { totalCount: 0, edges: [] } } });
    expect(offending(root.statements)).toEqual([]);
    const nested = `query($uid: String!, $status: [ProfileStatus!]!) { client(uid: $uid) { marketer {
      clients(status: $status, orderBy: [{ field: SALES, direction: DESC }]) { totalCount edges { node { uid } } } } } }`;
    const none = await ask(a.admin.token, nested, { uid: a.client.uid, status: [] });
    expect(none.body).toEqual({ data: { client: { marketer: { clients: { totalCount: 0, edges: [] } } } } });
    expect(offending(none.statements)).toEqual([]);
    // The same with a state: the marketer's one client (the filter is settled, not lost).
    const some = await ask(a.admin.token, nested, { uid: a.client.uid, status: ['ACTIVE'] });
    expect(some.body).toEqual({
      data: { client: { marketer: { clients: { totalCount: 1, edges: [{ node: { uid: a.client.uid } }] } } } },
    });
  });
});

describe('filters settled before Prisma', () => {
  const none = { in: [] as string[] };
  const all = { notIn: [] as string[] };
  const cases: [model: 'client' | 'payment' | 'message', where: any][] = [
    ['client', { id: none }],
    ['client', { id: all }],
    ['client', { id: { not: none } }],
    ['client', { id: { not: all } }],
    ['client', { NOT: { id: all } }],
    ['client', { NOT: [{}, { id: none }] }],
    ['client', { OR: [] }],
    ['client', { OR: [{ id: none }] }],
    ['client', { OR: [{ id: none }, { status: 'ACTIVE' }] }],
    ['client', { OR: [{ id: all }, { marketerId: null }] }],
    ['client', { AND: [{ status: 'ACTIVE' }, { id: none }] }],
    ['client', { AND: [{ status: 'ACTIVE' }, { id: all }], marketerId: { not: null } }],
    ['client', { sales: { some: { id: none } } }],
    ['client', { sales: { some: { id: all } } }],
    ['client', { sales: { none: { id: none } } }],
    ['client', { sales: { every: { id: none } } }],
    ['client', { sales: { every: { id: all } } }],
    ['client', { sales: { every: { id: none }, some: {} } }],
    ['client', { sales: { every: { id: none }, none: { id: all } } }],
    ['client', { marketer: { is: { id: none } } }],
    ['client', { marketer: { isNot: { id: none } } }],
    ['client', { marketer: { id: none } }],
    ['client', { marketer: { id: all } }],
    ['payment', { sale: { clientId: none } }],
    ['payment', { sale: { client: { marketerId: all } } }],
    // Booleans are values, not constants.
    ['message', { fromStaff: false }],
    ['message', { fromStaff: true, NOT: { fromStaff: true } }],
  ];

  /** The rows Prisma returns for `where` as written (scoped to A, as the tenant client scopes it). */
  const asWritten = (model: string, operation: string, args: object) =>
    app.runtime.base.$transaction(async (tx) => {
      await setTenant(tx as unknown as TenantTx, { companyId: localId(a.id), userId: null });
      return (tx as any)[model][operation](
        scopeArgs(model[0].toUpperCase() + model.slice(1), operation, args, localId(a.id)),
      );
    });
  const settled = (model: string, operation: string, args: object) =>
    withSession(app.runtime, adminViewer(a), (s) => (s.db as any)[model][operation](args));

  it('return the rows Prisma returns for them as written, and send no constant', async () => {
    for (const [model, where] of cases) {
      const args = { where, select: { id: true }, orderBy: { id: 'asc' } };
      const expected = await asWritten(model, 'findMany', args);
      sent.length = 0;
      expect(await settled(model, 'findMany', args), JSON.stringify(where)).toEqual(expected);
      expect(sent.filter(({ sql }) => CONSTANT.test(sql)).map(({ sql }) => sql)).toEqual([]);
    }
    // The cases tell rows apart: some match every client, some none, some one.
    const counts = new Set(
      await Promise.all(cases.map(async ([model, where]) => (await asWritten(model, 'findMany', { where })).length)),
    );
    expect(counts.size).toBeGreaterThanOrEqual(3);
  });

  it('answer counts, aggregates, groups and not-found as Prisma does', async () => {
    const nothing = { id: none };
    for (const [model, operation, args] of [
      ['client', 'count', { where: nothing }],
      ['client', 'count', { where: nothing, select: { _all: true, phone: true } }],
      [
        'commissionAccrual',
        'aggregate',
        { where: nothing, _sum: { amountMinor: true }, _count: { _all: true, id: true } },
      ],
      ['commissionAccrual', 'aggregate', { where: nothing, _count: true, _max: { amountMinor: true } }],
      ['plot', 'groupBy', { by: ['estateId'], where: nothing, _count: { _all: true } }],
      ['client', 'findFirst', { where: nothing }],
      ['client', 'updateMany', { where: nothing, data: { phone: '1' } }],
      // Relation loads that match nothing are filled in, beside those that match.
      [
        'client',
        'findMany',
        {
          orderBy: { id: 'asc' },
          select: {
            id: true,
            sales: { where: nothing, select: { id: true } },
            marketer: { select: { id: true, clients: { where: nothing, select: { id: true } } } },
            assignments: { select: { id: true } },
            _count: { select: { sales: { where: nothing }, plots: true } },
          },
        },
      ],
    ] as const) {
      sent.length = 0;
      expect(await settled(model, operation, args), `${model}.${operation}`).toEqual(
        await asWritten(model, operation, args),
      );
    }
    const notFound = (p: Promise<unknown>) =>
      p.then(
        () => 'found',
        (e: { code?: string }) => e.code,
      );
    const args = { where: { id: none } };
    expect(await notFound(settled('client', 'findFirstOrThrow', args))).toBe('P2025');
    expect(await notFound(asWritten('client', 'findFirstOrThrow', args))).toBe('P2025');
  });

  it('settle: constants out, values kept', () => {
    expect(settle('Client', { AND: [{ id: { notIn: [] } }, { status: 'ACTIVE' }] })).toEqual({
      AND: [{ status: 'ACTIVE' }],
    });
    expect(settle('Client', { OR: [{ id: { in: [] } }, { phone: { contains: '8', mode: 'insensitive' } }] })).toEqual({
      OR: [{ phone: { contains: '8', mode: 'insensitive' } }],
    });
    expect(settle('Client', { sales: { every: { id: { in: [] } } } })).toEqual({ sales: { none: {} } });
    expect(settle('Message', { fromStaff: false })).toEqual({ fromStaff: false });
    expect(settle('Client', { NOT: { id: { notIn: [] } } })).toBe(false);
    expect(settle('Client', {})).toBe(true);
  });
});
