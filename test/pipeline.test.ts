// The request pipeline's order (src/http/server.ts), and what it promises: refusals come before
// the database is touched, the cost multiplies by page sizes given as variables, and the viewer is
// checked once, the same way over HTTP and WebSocket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { pipeline } from '../src/http/server.ts';
import { codes, createTestApp, type TestApp } from './support/app.ts';
import { type CompanyFixture, company } from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;
const statements: string[] = [];

beforeAll(async () => {
  app = await createTestApp({}, (sql) => statements.push(sql));
  a = await company(app, 'Lamba Property Limited');
});
afterAll(async () => {
  await app?.close();
});

describe('the pipeline', () => {
  it('runs its plugins in the order server.ts lists, phase by phase', () => {
    const config = { ...loadConfig({ AUTH_SECRET: 'x'.repeat(32) }), trustedDocuments: 'allow' as const };
    const names = pipeline({ config } as never).map((step) => step.name);
    expect(names).toEqual([
      'bounded-errors',
      'readiness',
      'workbench',
      'metrics',
      'request-id',
      'documents',
      'vary-on-origin',
      'body-limit',
      'gateway-webhook',
      'exports',
      'request-log',
      'trusted-documents',
      'token-limit',
      'depth-limit',
      'alias-limit',
      'sole-root-field',
      'argument-bounds',
      'cost-limit',
      'viewer-check',
      'introspection-policy',
      'company-today',
      'planned-reads',
      'operation-transaction',
      'subscription-guard',
    ]);
  });

  it('refuses an operation over its bounds or cost without a single statement', async () => {
    statements.length = 0;
    const tooLarge =
      'query($n: Int) { estates(first: $n) { edges { node { plots(first: $n) { edges { node { number } } } } } } }';
    const refused = await app.raw(tooLarge, { n: 100 }, a.admin.token);
    expect(codes(refused)).toEqual(['QUERY_TOO_COMPLEX']);
    const outOfBounds = await app.raw(
      'query($n: Int) { clients(first: $n) { totalCount } }',
      { n: 101 },
      a.admin.token,
    );
    expect(codes(outOfBounds)).toEqual(['BAD_USER_INPUT']);
    expect(statements).toEqual([]);
  });

  it('multiplies the cost by a page size given as a variable', async () => {
    const query =
      'query($n: Int) { estates(first: $n) { edges { node { plots(first: $n) { edges { node { number } } } } } } }';
    const small = await app.raw(query, { n: 10 }, a.admin.token);
    expect(small.errors).toBeUndefined();
    // estates 1 + 100 × (edges 1 + node 1 + plots (1 + 100 × (edges 1 + node 1 + number 1)))
    const large = await app.raw(query, { n: 100 }, a.admin.token);
    expect(large.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 30301 });
  });

  it('prices nodes(ids:) by the number of ids, repeated or not', async () => {
    const ids = Array.from({ length: 100 }, () => a.plotIds[0]);
    const selection = '{ ... on Plot { number estate { name plots(first: 100) { edges { node { number } } } } } }';
    const result = await app.raw(`query($ids: [ID!]!) { nodes(ids: $ids) ${selection} }`, { ids }, a.admin.token);
    expect(codes(result)).toEqual(['QUERY_TOO_COMPLEX']);
    const one = await app.raw(
      `query($ids: [ID!]!) { nodes(ids: $ids) ${selection} }`,
      { ids: ids.slice(0, 1) },
      a.admin.token,
    );
    expect(one.errors).toBeUndefined();
  });

  it('prices an insight by the buckets of its range', async () => {
    const query = (
      to: string,
    ) => `{ insights { sales(range: { from: "2024-01-01", to: "${to}", bucket: DAY }, by: ESTATE) {
      start count amounts { currency amountMinor } groups { group { id name } count amounts { currency amountMinor } } } } }`;
    expect((await app.raw(query('2024-01-10'), {}, a.admin.token)).errors).toBeUndefined();
    expect(codes(await app.raw(query('2026-06-30'), {}, a.admin.token))).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
