// The read planner (src/planner/): the estates browse tree and its odd cases answered by one
// statement give every role what the resolvers give it, with the same visibility and RLS
// underneath; what it does not plan goes to the resolvers beside what it does; a root field whose
// answer would hold a row the resolvers refuse is answered by them, errors and all; and a
// visibility rule changed in src/policy is followed by both at once. (planner-differential.test.ts
// compares the two on random operations.)
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from '../src/http/server.ts';
import { getOperationAST } from 'graphql';
import { planRoots } from '../src/planner/roots.ts';
import { registerClient } from '../src/modules/clients/service.ts';
import {
  addPlots,
  addPlotSize,
  allocatePlot,
  createEstate,
  reservePlot,
  setEstateStatus,
} from '../src/modules/estates/service.ts';
import { registerMarketer } from '../src/modules/marketers/service.ts';
import { withSession } from '../src/runtime/session.ts';
import type { Viewer } from '../src/policy/roles.ts';
import { VISIBLE } from '../src/policy/visibility.ts';
import { schema } from '../src/modules/index.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { addAnalyst, adminViewer, createCompany, type CompanyFixture } from './support/fixtures.ts';

/** A statement of the read planner: one row, its `data` the root field's JSON (src/planner/roots.ts). */
const isPlanned = (sql: string) => sql.trim().endsWith(')::text AS data');

let app: TestApp;
let resolvers: Server;
let a: CompanyFixture;
let b: CompanyFixture;
const statements: string[] = [];
/** Tokens of company A by who holds them. */
const tokens: Record<string, string> = {};
const names = { otherClient: '', loneClient: '' };

beforeAll(async () => {
  app = await createTestApp({}, (sql) => statements.push(sql));
  // The same runtime and database, answering everything through the resolvers.
  resolvers = createServer({ ...app.runtime, config: { ...app.runtime.config, compiledReads: false } });
  a = await createCompany(app, 'Lamba Property Limited');
  b = await createCompany(app, 'Test Company');
  // Company A gets a second marketer with a client, a client with no marketer, plots held by each,
  // a reserved plot, plot sizes of equal area, and an archived estate.
  const admin = adminViewer(a);
  const sign = async (viewer: Viewer) => (await app.runtime.tokens.sign({ ...viewer, generation: 0 })).token;
  await withSession(app.runtime, admin, async (s) => {
    const m2 = await registerMarketer(s, {
      email: 'm2@compiled.example',
      fullName: 'Second Marketer',
      password: 'correct horse battery',
    });
    const c2 = await registerClient(s, {
      email: 'c2@compiled.example',
      fullName: 'Client of M2',
      password: 'correct horse battery',
      marketerId: m2.id,
    });
    const c3 = await registerClient(s, {
      email: 'c3@compiled.example',
      fullName: 'Client alone',
      password: 'correct horse battery',
    });
    names.otherClient = c2.uid;
    names.loneClient = c3.uid;
    tokens.marketer2 = await sign({
      companyId: admin.companyId,
      userId: m2.userId,
      role: 'MARKETER',
      profileId: m2.id,
    });
    tokens.loneClient = await sign({ companyId: admin.companyId, userId: c3.userId, role: 'CLIENT', profileId: c3.id });
    const estate = await createEstate(s, { name: 'Banana Island', location: 'Ikoyi' });
    const small = await addPlotSize(s, estate, {
      label: '300 sqm',
      areaSqm: 300,
      priceMinor: 90000000000n,
      currency: 'NGN',
    });
    await addPlotSize(s, estate, { label: '300 sqm corner', areaSqm: 300, priceMinor: 95000000000n, currency: 'NGN' });
    await addPlots(s, small, ['B-1', 'B-2', 'B-3', 'B-4']);
    const plots = await s.db.plot.findMany({ where: { estateId: estate }, orderBy: { number: 'asc' } });
    await allocatePlot(s, plots[0].id, c2.id);
    await allocatePlot(s, plots[1].id, c3.id);
    await reservePlot(s, plots[2].id, c2.id);
    const archived = await createEstate(s, { name: 'Old Town', location: 'Yaba' });
    await setEstateStatus(s, archived, 'ARCHIVED');
  });
  tokens.admin = a.admin.token;
  tokens.analyst = (await addAnalyst(app, a)).token;
  tokens.marketer = a.marketer.token;
  tokens.client = a.client.token;
});
afterAll(async () => {
  await app?.close();
});

async function ask(server: Server, query: string, token: string, variables: Record<string, unknown> = {}) {
  const response = await server.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<{ data?: any; errors?: unknown[] }>;
}

/** Asks both ways; returns the compiled answer, whether one statement built it, and the resolvers' answer. */
async function both(query: string, token: string, variables: Record<string, unknown> = {}) {
  statements.length = 0;
  const compiled = await ask(app.yoga, query, token, variables);
  const oneStatement = statements.some((s) => isPlanned(s)) && !statements.some((s) => s.includes('"public"."Plot"'));
  const resolved = await ask(resolvers, query, token, variables);
  return { compiled, oneStatement, resolved };
}

const NESTED = `{ estates(first: 10) { edges { node { name plots(first: 50) { edges { node {
  number status plotSize { label priceMinor } client { uid fullName marketer { uid fullName } } } } } } } } }`;
const WIDE = `query Wide($n: Int, $withSizes: Boolean!) {
  __typename
  list: estates(first: $n, status: [ACTIVE, ARCHIVED]) {
    __typename totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }
    edges { __typename cursor node {
      __typename ...EstateFields createdAt status description location
      plotSizes @include(if: $withSizes) { id label areaSqm priceMinor currency estate { name } }
      allocated: plots(first: 2, status: [ALLOCATED, RESERVED]) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id number heldAt estate { id } plotSize { id } client { id seq phone status archivedAt createdAt marketer { id seq status phone } } } }
      }
    } }
  }
  empty: estates(first: 0) { totalCount pageInfo { hasNextPage startCursor endCursor } edges { cursor } }
}
fragment EstateFields on Estate { name ... on Node { id } }`;
const QUERIES: [string, string, Record<string, unknown>][] = [
  ['the nested read', NESTED, {}],
  ['aliases, fragments, variables, page info, counts and cursors', WIDE, { n: 5, withSizes: true }],
  ['@include false and a page shorter than the list', WIDE, { n: 1, withSizes: false }],
  ['selections left empty by @skip', '{ estates(first: 2) { edges { node { name @skip(if: true) } } } }', {}],
  [
    'empty status lists',
    '{ estates(status: []) { totalCount edges { cursor } } all: estates { edges { node { plots(status: []) { totalCount edges { cursor } } } } } }',
    {},
  ],
];
const ROLES = ['admin', 'analyst', 'marketer', 'marketer2', 'client', 'loneClient'];

describe('the read planner', () => {
  for (const [what, query, variables] of QUERIES) {
    it(`${what}: every role gets what the resolvers give it`, async () => {
      for (const role of ROLES) {
        const { compiled, oneStatement, resolved } = await both(query, tokens[role], variables);
        expect(resolved.errors, role).toBeUndefined();
        expect(compiled, role).toEqual(resolved);
        expect(oneStatement, role).toBe(true);
      }
    });
  }

  it('shows a plot’s holder only to staff, the holder and their marketer (as canSeeClient)', async () => {
    const holders = async (role: string) => {
      const { compiled } = await both(NESTED, tokens[role]);
      return compiled.data.estates.edges
        .flatMap((e: any) => e.node.plots.edges.map((p: any) => p.node.client?.uid ?? null))
        .filter(Boolean)
        .sort();
    };
    expect(await holders('admin')).toEqual(
      [names.otherClient, names.otherClient, names.loneClient, a.client.uid].sort(),
    );
    expect(await holders('marketer')).toEqual([a.client.uid]);
    expect(await holders('marketer2')).toEqual([names.otherClient, names.otherClient]);
    expect(await holders('client')).toEqual([a.client.uid]);
    expect(await holders('loneClient')).toEqual([names.loneClient]);
  });

  it('leaves to the resolvers the root fields it does not plan, beside those it does, in the order asked', async () => {
    const query = `{ me { role } first: estates(first: 1) { edges { node { name } } } company { name prefixLocked }
      marketers(first: 2) { edges { node { uid commission { balances { currency } } } } } }`;
    const { compiled, resolved } = await both(query, tokens.admin);
    expect(compiled).toEqual(resolved);
    expect(Object.keys(compiled.data)).toEqual(['me', 'first', 'company', 'marketers']);
    // estates and company: one statement each; me and marketers (Marketer.commission has no plan) through Prisma.
    expect(statements.filter((s) => isPlanned(s))).toHaveLength(2);
  });

  it('sends one statement per planned root field, and nothing else but BEGIN with the company, and COMMIT', async () => {
    const query = `{ estates(first: 20) { edges { node { name plots(first: 50) { edges { node { number client { uid } } } } } } }
      clients(first: 20) { edges { node { uid marketer { uid } plots { totalCount } } } } company { name } }`;
    await both(query, tokens.admin);
    statements.length = 0;
    const answer = await ask(app.yoga, query, tokens.admin);
    expect(answer.errors).toBeUndefined();
    expect(statements.map((s) => (isPlanned(s) ? 'planned' : s.slice(0, 22)))).toEqual([
      'BEGIN; SET LOCAL app.c',
      'planned',
      'planned',
      'planned',
      'COMMIT',
    ]);
  });

  it('answers { estates { totalCount } } and empty connections as the resolvers do, never null', async () => {
    for (const query of [
      '{ estates { totalCount } }',
      '{ estates { __typename } }',
      '{ estates(status: []) { totalCount pageInfo { startCursor endCursor hasNextPage } edges { cursor } } }',
      '{ estates(status: [ARCHIVED]) { edges { node { plots { totalCount edges { cursor } } } } } }',
      '{ estates { edges { node { plots(status: []) { totalCount } plotSizes { label } } } } }',
    ]) {
      for (const role of ['admin', 'loneClient']) {
        const { compiled, oneStatement, resolved } = await both(query, tokens[role]);
        expect(resolved.errors, query).toBeUndefined();
        expect(compiled, query).toEqual(resolved);
        expect(oneStatement, query).toBe(true);
      }
    }
    const { compiled } = await both('{ estates(status: [ACTIVE, ARCHIVED]) { totalCount } }', tokens.admin);
    expect(compiled.data.estates.totalCount).toBe(3);
  });

  it('pages from a cursor its filter or its parent leaves out as the resolvers do (an empty page)', async () => {
    const listed = await ask(
      resolvers,
      '{ archived: estates(status: [ARCHIVED]) { edges { cursor } } active: estates { edges { node { plots { edges { cursor } } } } } }',
      tokens.admin,
    );
    const estate = listed.data.archived.edges[0];
    // A plot of the first active estate: every other estate's plots leave it out.
    const plot = listed.data.active.edges[0].node.plots.edges[0].cursor;
    expect(listed.data.active.edges.length).toBeGreaterThan(1);
    const page = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor }';
    for (const query of [
      // The archived estate's cursor in a list of active estates, forwards and backwards.
      `{ estates(status: [ACTIVE], first: 2, after: "${estate.cursor}") { ${page} } }`,
      `{ estates(status: [ACTIVE], last: 2, before: "${estate.cursor}") { ${page} } }`,
      // That plot as the cursor of every active estate's plots.
      `{ estates { edges { node { plots(first: 2, after: "${plot}") { ${page} } } } } }`,
      `{ estates { edges { node { plots(last: 2, before: "${plot}") { ${page} } } } } }`,
    ]) {
      const { compiled, oneStatement, resolved } = await both(query, tokens.admin);
      expect(resolved.errors, query).toBeUndefined();
      expect(compiled, query).toEqual(resolved);
      expect(oneStatement, query).toBe(true);
    }
  });

  it('hands a root field to the resolvers when its answer would hold a row they refuse, errors and all', async () => {
    // A client may see their marketer, but not the marketer's client list (a rule on the parent row).
    const query = `{ client(uid: "${a.client.uid}") { uid marketer { uid clients { totalCount } } } estates(first: 1) { totalCount } }`;
    const { compiled, resolved } = await both(query, tokens.client);
    expect(resolved.errors?.length).toBeGreaterThan(0);
    expect(compiled).toEqual(resolved);
  });

  it('follows a visibility rule changed in src/policy at once, as the resolvers do', async () => {
    const holders = `{ estates(first: 10) { edges { node { plots(first: 50) { edges { node { client { uid } } } } } } } }`;
    const uids = (answer: any) =>
      answer.data.estates.edges
        .flatMap((e: any) => e.node.plots.edges.map((p: any) => p.node.client?.uid))
        .filter(Boolean);
    const before = await both(holders, tokens.marketer);
    expect(uids(before.compiled)).toEqual([a.client.uid]);
    // The rule changed in the test: marketers no longer see their clients.
    const rules = VISIBLE as Record<string, (viewer: Viewer) => object>;
    const client = rules.Client;
    rules.Client = (viewer) => (viewer.role === 'MARKETER' ? { id: { in: [] } } : client(viewer));
    try {
      const after = await both(holders, tokens.marketer);
      expect(after.compiled).toEqual(after.resolved);
      expect(after.oneStatement).toBe(true);
      expect(uids(after.compiled)).toEqual([]);
    } finally {
      rules.Client = client;
    }
  });

  it('another company sees only its own estates, and A’s names appear nowhere in its answer', async () => {
    const { compiled, oneStatement, resolved } = await both(WIDE, b.admin.token, { n: 20, withSizes: true });
    expect(oneStatement).toBe(true);
    expect(compiled).toEqual(resolved);
    expect(compiled.data.list.edges.map((e: any) => e.node.name)).toEqual([b.estate.name]);
    expect(JSON.stringify(compiled)).not.toMatch(/Banana|Old Town|Lamba|CLT00[2-3]/);
  });

  it('row-level security holds underneath: a statement compiled for A, run as company B, finds nothing', async () => {
    const document = parse(WIDE);
    const [, list] = planRoots(schema, document, getOperationAST(document)!, { n: 20, withSizes: true }, {
      viewer: adminViewer(a),
    } as never);
    const statement = list.statement!;
    const client = new pg.Client({ connectionString: app.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.company_id', $1, true)", [adminViewer(b).companyId]);
      const { rows } = await client.query(statement.text, statement.values);
      expect(JSON.parse(rows[0].data)).toMatchObject({ totalCount: 0, edges: [] });
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });
});
