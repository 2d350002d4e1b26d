// The demo data `npm start` seeds: built through the API, it obeys every rule real data does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, validate } from 'graphql';
import { DEMO_SIGN_INS, seedDemo } from '../../src/demo.ts';
import { WORKBENCH_TABS } from '../../src/http/workbench-tabs.ts';
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

  it("has an analyst sign-in, and the workbench's twelve questions answer it from the demo data", async () => {
    const analyst = DEMO_SIGN_INS.find((s) => s.role === 'ANALYST')!;
    const tab = (operation: string) =>
      WORKBENCH_TABS.find((t) => new RegExp(`(query|mutation) ${operation}\\b`).test(t.query))!.query;
    for (const { query } of WORKBENCH_TABS) expect(validate(schema, parse(query))).toEqual([]);
    const signIn = await app.raw(tab('SignInAsAnalyst'), {}, undefined, 'SignInAsAnalyst');
    expect(signIn.data.login.viewer).toMatchObject({ role: 'ANALYST', company: { timeZone: 'Africa/Lagos' } });
    expect(await login(app, analyst.company, analyst.email, analyst.password)).toBeTruthy();
    const token = signIn.data.login.token;
    const run = async (operationName: string, variables: Record<string, unknown> = {}) => {
      const result = await app.raw(tab(operationName), variables, token, operationName);
      expect(result.errors, operationName).toBeUndefined();
      return result.data;
    };
    const total = (buckets: { count: number }[]) => buckets.reduce((n, b) => n + b.count, 0);

    // 1. Sales this quarter by estate: as many as the sales list dated this quarter, each bucket's
    //    estates adding up to it.
    const { insights: q1 } = await run('SalesThisQuarterByEstate');
    const thisQuarter = await app.raw('{ sales(filter: { soldIn: THIS_QUARTER }) { totalCount } }', {}, token);
    expect(total(q1.sales)).toBe(thisQuarter.data.sales.totalCount);
    for (const bucket of q1.sales) expect(total(bucket.groups)).toBe(bucket.count);
    // 2. Who owes most: Tunde's custom plan (4.5M to come), then Chioma's with 1.7M overdue; Ada owes nothing.
    const { insights: q2 } = await run('WhoOwesMost');
    expect(
      q2.receivables.byClient.edges.map(({ node: n }: any) => [n.client.uid, n.outstanding.amount, n.overdue.amount]),
    ).toEqual([
      ['LPL-CLT004', '4500000.00', '0.00'],
      ['LPL-CLT005', '3400000.00', '1700000.00'],
    ]);
    // 3. Top collectors last month: ranked by money collected.
    const { insights: q3 } = await run('TopCollectorsLastMonth');
    const collected = q3.marketerLeaderboard.map((e: any) => Number(e.totals[0]?.collectedMinor ?? 0));
    expect(collected).toEqual([...collected].sort((x, y) => y - x));
    // 4. Available plots per estate (sold plots are sold, not available).
    const { insights: q4 } = await run('AvailablePlots');
    expect(q4.plotStock).toEqual([
      { estate: { name: 'Cedar Court' }, available: 5, reserved: 0, allocated: 0, sold: 1, total: 6 },
      { estate: { name: 'Palm Grove Estate' }, available: 8, reserved: 0, allocated: 0, sold: 2, total: 10 },
    ]);
    // 5. Registrations per week: everyone was registered on the day of the seed (deleted clients gone).
    const { insights: q5 } = await run('RegistrationsPerWeek');
    expect(q5.registrations.reduce((n: number, b: { clients: number }) => n + b.clients, 0)).toBe(3);
    expect(q5.registrations.reduce((n: number, b: { marketers: number }) => n + b.marketers, 0)).toBe(2);
    // 6. Payment-method mix: every demo payment was a bank transfer; each month's methods add up to it.
    const { insights: q6 } = await run('PaymentMethodsThisYear');
    for (const bucket of q6.payments) {
      expect(bucket.groups.map((g: any) => g.group.name)).toEqual(bucket.count ? ['BANK_TRANSFER'] : []);
      expect(bucket.groups[0]?.amounts ?? []).toEqual(bucket.count ? bucket.amounts : []);
    }
    // 7. Commission owed: Vikky 33.9M accrued (3% then 4%) less the 20M payout; Victor 5% of 150M net.
    const { insights: q7 } = await run('CommissionOwed');
    expect(
      q7.commissionBalances.edges.map(({ node: n }: any) => [n.marketer.uid, n.archived, n.balances[0].balance.amount]),
    ).toEqual([
      ['LPL-MKT001', false, '139000.00'],
      ['LPL-MKT002', false, '75000.00'],
    ]);
    // 8. Chioma's statement: the 60-20-20 plan, its second instalment overdue.
    const { client: q8 } = await run('ClientStatement');
    expect(q8.sales.edges.map(({ node: n }: any) => [n.number, n.status, n.balanceMinor, n.overdueMinor])).toEqual([
      ['LPL-SAL002', 'OVERDUE', '340000000', '170000000'],
    ]);
    expect(q8.sales.edges[0].node.schedule.map((i: { state: string }) => i.state)).toEqual(['PAID', 'OVERDUE', 'DUE']);
    // 9. Sell-through: 2 of Palm Grove's 10 plots, and over the year 3 of the company's 16 (1 of Cedar Court's 6).
    const { insights: q9 } = await run('SellThrough');
    expect(q9.plotStock.map((p: any) => [p.estate.name, p.sellThrough])).toEqual([
      ['Cedar Court', 1 / 6],
      ['Palm Grove Estate', 0.2],
    ]);
    expect(q9.sellThrough.at(-1)).toMatchObject({ soldToDate: 3, plots: 16 });
    const cedar = q9.plotStock.find((p: any) => p.estate.name === 'Cedar Court').estate.id;
    const { insights: oneEstate } = await run('SellThrough', { estateId: cedar });
    expect(oneEstate.sellThrough.at(-1)).toMatchObject({ soldToDate: 1, plots: 6 });
    // 10. Clients with no marketer: every demo client has one.
    expect((await run('ClientsWithoutMarketer')).clients.totalCount).toBe(0);
    // 11. The list for a spreadsheet, by name.
    const { clients: q11 } = await run('AllClients');
    expect(q11.edges.map(({ node: n }: any) => n.fullName)).toEqual(['Ada Obi', 'Chioma Eze', 'Tunde Bello']);
    expect((await run('Me')).me).toMatchObject({ role: 'ANALYST', company: { timeZone: 'Africa/Lagos' } });
  });

  it('passes every audit check', async () => {
    const report = await runAudit(app.ownerUrl);
    expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([]);
    expect(report.failures).toBe(0);
  });
});
