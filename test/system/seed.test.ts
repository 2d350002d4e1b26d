// The demo data `npm start` seeds: built through the API, it obeys every rule real data does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, validate } from 'graphql';
import { DEMO_SIGN_INS, seedDemo } from '../../src/demo.ts';
import { GRAPHIQL_DEFAULT_QUERY } from '../../src/http/graphiql.ts';
import { schema } from '../../src/modules/index.ts';
import { runAudit } from '../../tools/audit/index.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { login } from '../support/fixtures.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await seedDemo(app.runtime);
});
afterAll(async () => {
  await app?.close();
});

describe('the demo data', () => {
  it("tells the seed's story: LPL-CLT002 and 003 were deleted, the next client is LPL-CLT004", async () => {
    const { company, email, password } = DEMO_SIGN_INS[0];
    const token = await login(app, company, email, password);
    const result = await app.raw(
      `{
      clients { edges { node { uid fullName } } }
      estates { edges { node { name availability { available reserved allocated sold total } } } }
      messageThreads { edges { node { subject messages { edges { node { fromStaff } } } } } }
    }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.clients.edges.map((e: { node: { uid: string } }) => e.node.uid)).toEqual([
      'LPL-CLT005',
      'LPL-CLT004',
      'LPL-CLT001',
    ]);
    expect(result.data.estates.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { name: 'Cedar Court', availability: { available: 5, reserved: 0, allocated: 0, sold: 1, total: 6 } },
      { name: 'Palm Grove Estate', availability: { available: 8, reserved: 0, allocated: 0, sold: 2, total: 10 } },
    ]);
    expect(result.data.messageThreads.edges[0].node.messages.edges).toHaveLength(2);
  });

  it('has a ledger: a plan paid off, one overdue, one on a custom plan with a reversal, commission at two rates and a payout', async () => {
    const { company, email, password } = DEMO_SIGN_INS[0];
    const token = await login(app, company, email, password);
    const result = await app.raw(
      `{
      sales { edges { node { number status plan balanceMinor overdueMinor commissionRateBp client { uid } payments { edges { node { receiptNumber kind } } } } } }
      marketers { edges { node { uid commission { balances { accruedMinor paidOutMinor balanceMinor } } } } }
    }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.sales.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({
        number: 'LPL-SAL003',
        status: 'OPEN',
        plan: 'CUSTOM',
        balanceMinor: '450000000',
        commissionRateBp: 500,
        client: { uid: 'LPL-CLT004' },
      }),
      expect.objectContaining({
        number: 'LPL-SAL002',
        status: 'OVERDUE',
        plan: 'SPLIT_60_20_20',
        overdueMinor: '170000000',
        commissionRateBp: 400,
        client: { uid: 'LPL-CLT005' },
      }),
      expect.objectContaining({
        number: 'LPL-SAL001',
        status: 'PAID',
        plan: 'SPLIT_50_30_20',
        balanceMinor: '0',
        commissionRateBp: 300,
        client: { uid: 'LPL-CLT001' },
      }),
    ]);
    const receipts = result.data.sales.edges.flatMap(
      (e: { node: { payments: { edges: { node: { receiptNumber: string; kind: string } }[] } } }) =>
        e.node.payments.edges.map((p) => p.node),
    );
    expect(receipts.map((r: { receiptNumber: string }) => r.receiptNumber).sort()).toEqual(
      ['1', '2', '3', '4', '5', '6', '7'].map((i) => `LPL-RCP0000${i}`),
    );
    expect(receipts.filter((r: { kind: string }) => r.kind === 'REVERSAL')).toHaveLength(1);
    expect(result.data.marketers.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        uid: 'LPL-MKT002',
        commission: { balances: [{ accruedMinor: '7500000', paidOutMinor: '0', balanceMinor: '7500000' }] },
      },
      {
        uid: 'LPL-MKT001',
        commission: { balances: [{ accruedMinor: '33900000', paidOutMinor: '20000000', balanceMinor: '13900000' }] },
      },
    ]);
  });

  it("has an analyst sign-in, and GraphiQL's ready-made insights answer it from the ledger", async () => {
    const analyst = DEMO_SIGN_INS.find((s) => s.role === 'ANALYST')!;
    expect(validate(schema, parse(GRAPHIQL_DEFAULT_QUERY))).toEqual([]);
    const signIn = await app.raw(GRAPHIQL_DEFAULT_QUERY, {}, undefined, 'SignInAsAnalyst');
    expect(signIn.data.login.viewer).toMatchObject({ role: 'ANALYST', company: { timeZone: 'Africa/Lagos' } });
    expect(signIn.data.login.viewer.permissions).toContain('READ_INSIGHTS');
    expect(await login(app, analyst.company, analyst.email, analyst.password)).toBeTruthy();
    const token = signIn.data.login.token;
    const run = async (operationName: string) => {
      const result = await app.raw(GRAPHIQL_DEFAULT_QUERY, {}, token, operationName);
      expect(result.errors, operationName).toBeUndefined();
      return result.data.insights;
    };
    const { sales } = await run('SalesByMonth');
    expect(sales).toHaveLength(12);
    expect(sales.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(3);
    // LPL-SAL002's second instalment (170M) is overdue; SAL001 is paid off; SAL003 has 450M to come.
    const { receivables } = await run('Receivables');
    expect(receivables.totals).toEqual([
      expect.objectContaining({
        currency: 'NGN',
        openSales: 2,
        outstandingMinor: '790000000',
        overdueInstalments: 1,
        overdueMinor: '170000000',
      }),
    ]);
    const { marketerLeaderboard } = await run('MarketerLeaderboard');
    expect(
      marketerLeaderboard.map(
        (e: { marketer: { uid: string }; clients: number; totals: { collectedMinor: string }[] }) => [
          e.marketer.uid,
          e.clients,
          e.totals[0].collectedMinor,
        ],
      ),
    ).toEqual([
      ['LPL-MKT001', 2, '960000000'],
      ['LPL-MKT002', 1, '150000000'],
    ]);
  });

  it('passes every audit check', async () => {
    const report = await runAudit(app.ownerUrl);
    expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([]);
    expect(report.failures).toBe(0);
  });
});
