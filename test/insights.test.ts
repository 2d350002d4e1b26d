// Insights, against figures worked out by hand from the data built below (through the services;
// only registration times are moved, as the table owner, to sit on bucket edges).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { localId } from './support/ids.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerClient } from '../src/modules/clients/service.ts';
import { setCommissionRate } from '../src/modules/commissions/service.ts';
import { updateCompany } from '../src/modules/companies/service.ts';
import { addPlots, addPlotSize, allocatePlot, createEstate, reservePlot } from '../src/modules/estates/service.ts';
import { registerMarketer } from '../src/modules/marketers/service.ts';
import { recordPayment, reversePayment } from '../src/modules/payments/service.ts';
import { createSale } from '../src/modules/sales/service.ts';
import { withSession, type Session } from '../src/runtime/session.ts';
import { graphql } from './gql/index.ts';
import { codes, createTestApp, type TestApp } from './support/app.ts';
import {
  addAnalyst,
  addLedger,
  adminViewer,
  createCompany,
  data,
  PASSWORD,
  type CompanyFixture,
} from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;
let b: CompanyFixture;
let analystA: string;
let analystB: string;
const statements: string[] = [];
const ids: Record<string, string> = {};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Company A: marketers M1 (the fixture's) and M2; clients C1 (the fixture's, M1), C2 (M2), C3 (M1)
 * and C4 (no marketer); estate E1 (the fixture's: P-1, P-2 of 500 sqm at NGN 5,000,000.00) and
 * Zebra Court (Z-1..Z-5 of 300 sqm at USD 1,000.00); a 5% default commission. Sales and payments:
 *   S1  P-1 to C1 on 2026-01-15, NGN 500,000,000 minor, 50-30-20 due 01-15, 02-15, 03-15
 *       paid 250M BANK_TRANSFER 01-15, 150M CASH 02-20, 100M CASH 02-21 (reversed 03-02)
 *   S2  P-2 to C2 on 2026-02-03, NGN 450,000,000 (agreed), FULL due 02-03; paid 200M POS 02-03
 *   S3  Z-1 to C3 on 2026-02-20, USD 100,000, two halves due 02-20 and 06-20; paid 50,000 CARD 02-20
 *   S4  Z-2 to C4 on 2026-04-10, USD 100,000, FULL; nothing paid
 * Z-3 is reserved for C1, Z-4 allocated to C4 (unsold), Z-5 available.
 */
async function buildCompanyA(): Promise<void> {
  const as = <T>(fn: (s: Session) => Promise<T>) => withSession(app.runtime, adminViewer(a), fn);
  const m1 = localId(a.marketer.id);
  const c1 = localId(a.client.id);
  const m2 = (
    await as((s) =>
      registerMarketer(s, { email: `m2-${Date.now()}@example.com`, fullName: 'Second Marketer', password: PASSWORD }),
    )
  ).id;
  const client = async (name: string, marketerId: string | null) =>
    (
      await as((s) =>
        registerClient(s, { email: `${name.replace(' ', '.')}-${Date.now()}@example.com`, fullName: name, marketerId }),
      )
    ).id;
  const c2 = await client('Client Two', m2);
  const c3 = await client('Client Three', m1);
  const c4 = await client('Client Four', null);
  Object.assign(ids, { m1, m2, c1, c2, c3, c4 });
  const zebra = await as(async (s) => {
    const estateId = await createEstate(s, { name: 'Zebra Court', location: 'Epe' });
    const sizeId = await addPlotSize(s, estateId, {
      label: '300 sqm',
      areaSqm: 300,
      priceMinor: 100000n,
      currency: 'USD',
    });
    await addPlots(s, sizeId, ['Z-1', 'Z-2', 'Z-3', 'Z-4', 'Z-5']);
    const plots = await s.db.plot.findMany({ where: { estateId }, orderBy: { number: 'asc' }, select: { id: true } });
    return { estateId, sizeId, plots: plots.map((p) => p.id) };
  });
  ids.zebra = zebra.estateId;
  await as(async (s) => {
    await reservePlot(s, zebra.plots[2], c1);
    await allocatePlot(s, zebra.plots[3], c4);
    await setCommissionRate(s, { marketerId: null, rateBp: 500, effectiveFrom: day('2026-01-01') });
  });
  const pay = (
    saleId: string,
    amountMinor: bigint,
    currency: string,
    method: 'BANK_TRANSFER' | 'CASH' | 'POS' | 'CARD',
    date: string,
  ) => as((s) => recordPayment(s, { saleId, amountMinor, currency, method, date: day(date) }));
  const s1 = await as((s) =>
    createSale(s, {
      plotId: localId(a.plotIds[0]),
      clientId: c1,
      soldOn: day('2026-01-15'),
      plan: { plan: 'SPLIT_50_30_20', dueDates: [day('2026-01-15'), day('2026-02-15'), day('2026-03-15')] },
    }),
  );
  await pay(s1, 250000000n, 'NGN', 'BANK_TRANSFER', '2026-01-15');
  await pay(s1, 150000000n, 'NGN', 'CASH', '2026-02-20');
  const duplicate = await pay(s1, 100000000n, 'NGN', 'CASH', '2026-02-21');
  await as((s) => reversePayment(s, { paymentId: duplicate, reason: 'Paid twice', date: day('2026-03-02') }));
  const s2 = await as((s) =>
    createSale(s, {
      plotId: localId(a.plotIds[1]),
      clientId: c2,
      priceMinor: 450000000n,
      soldOn: day('2026-02-03'),
      plan: { plan: 'FULL' },
    }),
  );
  await pay(s2, 200000000n, 'NGN', 'POS', '2026-02-03');
  const s3 = await as((s) =>
    createSale(s, {
      plotId: zebra.plots[0],
      clientId: c3,
      soldOn: day('2026-02-20'),
      plan: {
        plan: 'CUSTOM',
        instalments: [
          { dueDate: day('2026-02-20'), amountMinor: 50000n },
          { dueDate: day('2026-06-20'), amountMinor: 50000n },
        ],
      },
    }),
  );
  await pay(s3, 50000n, 'USD', 'CARD', '2026-02-20');
  await as((s) =>
    createSale(s, { plotId: zebra.plots[1], clientId: c4, soldOn: day('2026-04-10'), plan: { plan: 'FULL' } }),
  );
  // Registration times on bucket edges (UTC here; Africa/Lagos is UTC+1 all year).
  const registered = [
    ['Client', c1, '2026-01-31T23:30:00Z'], // Lagos: Sunday 1 February
    ['Client', c2, '2026-01-15T10:00:00Z'],
    ['Client', c3, '2026-02-01T23:30:00Z'], // Lagos: Monday 2 February, a new week
    ['Client', c4, '2026-03-31T23:15:00Z'], // Lagos: 1 April
    ['Marketer', m1, '2025-12-31T23:30:00Z'], // Lagos: 1 January 2026
    ['Marketer', m2, '2026-02-20T09:00:00Z'],
  ];
  for (const [table, id, at] of registered)
    await app.owner.query(`UPDATE "${table}" SET "createdAt" = $1 WHERE id = $2`, [at, id]);
}

beforeAll(async () => {
  app = await createTestApp({}, (sql) => statements.push(sql));
  a = await createCompany(app, 'Insight Estates');
  b = await createCompany(app, 'Other Company');
  await buildCompanyA();
  await addLedger(app, b);
  analystA = (await addAnalyst(app, a)).token;
  analystB = (await addAnalyst(app, b)).token;
});
afterAll(async () => {
  await app?.close();
});

const setTimeZone = (c: CompanyFixture, timeZone: string) =>
  withSession(app.runtime, adminViewer(c), (s) => updateCompany(s, { timeZone }));

const Registrations = graphql(`
  query InsightsRegistrations($range: InsightRange!) { insights { registrations(range: $range) { start clients marketers } } }
`);
const Sales = graphql(`
  query InsightsSales($range: InsightRange!, $by: InsightGrouping) {
    insights { sales(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { id name uid } count amounts { currency amountMinor } } } }
  }
`);
const Payments = graphql(`
  query InsightsPayments($range: InsightRange!, $by: InsightGrouping) {
    insights { payments(range: $range, by: $by) { start count amounts { currency amountMinor } groups { group { name } count amounts { currency amountMinor } } } }
  }
`);
const Receivables = graphql(`
  query InsightsReceivables($asOf: Date) {
    insights { receivables(asOf: $asOf) { asOf totals { currency openSales outstandingMinor overdueInstalments overdueMinor ageing { band instalments amountMinor } } } }
  }
`);
const PlotStock = graphql(`
  query InsightsPlotStock { insights { plotStock { estate { id name } available reserved allocated sold total sellThrough } } }
`);
const SellThrough = graphql(`
  query InsightsSellThrough($range: InsightRange!, $estateId: ID) { insights { sellThrough(range: $range, estateId: $estateId) { start sold soldToDate plots rate } } }
`);
const Leaderboard = graphql(`
  query InsightsLeaderboard($period: InsightPeriod, $orderBy: [LeaderboardOrder!], $currency: String, $limit: Int) {
    insights {
      marketerLeaderboard(period: $period, orderBy: $orderBy, currency: $currency, limit: $limit) {
        marketer { id name uid } status clients sales totals { currency salesValueMinor collectedMinor commissionMinor }
      }
    }
  }
`);

const JAN_TO_APR = { from: '2026-01-01', to: '2026-04-30', bucket: 'MONTH' } as const;
const ngn = (amountMinor: string) => ({ currency: 'NGN', amountMinor });
const usd = (amountMinor: string) => ({ currency: 'USD', amountMinor });

describe('the company time zone', () => {
  it('is UTC until updateCompany sets one PostgreSQL knows (spelled as it spells it); anything else names timeZone', async () => {
    const Update = 'mutation($i: UpdateCompanyInput!) { updateCompany(input: $i) { company { timeZone } } }';
    expect((await app.raw('{ company { timeZone } }', {}, analystB)).data.company.timeZone).toBe('UTC');
    const unknown = await app.raw(Update, { i: { timeZone: 'Mars/Olympus', name: ' ' } }, b.admin.token);
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'name' }, { field: 'timeZone' }],
    });
    const known = await app.raw(Update, { i: { timeZone: ' europe/london ' } }, b.admin.token);
    expect(known.data.updateCompany.company.timeZone).toBe('Europe/London');
    expect(codes(await app.raw(Update, { i: { timeZone: 'UTC' } }, analystB))).toEqual(['FORBIDDEN']);
    expect((await app.raw(Update, { i: { timeZone: 'UTC' } }, b.admin.token)).data.updateCompany.company.timeZone).toBe(
      'UTC',
    );
  });
});

describe('registrations', () => {
  it("counts clients and marketers per month in the company's time zone, every month listed", async () => {
    await setTimeZone(a, 'UTC');
    const utc = data(await app.gql(Registrations, { range: JAN_TO_APR }, analystA)).insights.registrations;
    expect(utc).toEqual([
      { start: '2026-01-01', clients: 2, marketers: 0 }, // C1 (31 Jan 23:30) and C2; M1 registered in 2025
      { start: '2026-02-01', clients: 1, marketers: 1 },
      { start: '2026-03-01', clients: 1, marketers: 0 },
      { start: '2026-04-01', clients: 0, marketers: 0 },
    ]);
    await setTimeZone(a, 'africa/lagos');
    const company = await app.raw('{ company { timeZone } }', {}, a.admin.token);
    expect(company.data.company.timeZone).toBe('Africa/Lagos');
    const lagos = data(await app.gql(Registrations, { range: JAN_TO_APR }, analystA)).insights.registrations;
    expect(lagos).toEqual([
      { start: '2026-01-01', clients: 1, marketers: 1 }, // C2; M1 at 00:30 on 1 January
      { start: '2026-02-01', clients: 2, marketers: 1 }, // C1 and C3; M2
      { start: '2026-03-01', clients: 0, marketers: 0 },
      { start: '2026-04-01', clients: 1, marketers: 0 }, // C4 at 00:15 on 1 April
    ]);
  });

  it('puts the edges of days and weeks where the time zone does', async () => {
    await setTimeZone(a, 'Africa/Lagos');
    const days = data(
      await app.gql(Registrations, { range: { from: '2026-01-31', to: '2026-02-01', bucket: 'DAY' } }, analystA),
    ).insights.registrations;
    expect(days).toEqual([
      { start: '2026-01-31', clients: 0, marketers: 0 },
      { start: '2026-02-01', clients: 1, marketers: 0 },
    ]);
    const weeks = data(
      await app.gql(Registrations, { range: { from: '2026-01-26', to: '2026-02-08', bucket: 'WEEK' } }, analystA),
    ).insights.registrations;
    expect(weeks).toEqual([
      { start: '2026-01-26', clients: 1, marketers: 0 },
      { start: '2026-02-02', clients: 1, marketers: 0 },
    ]);
    await setTimeZone(a, 'UTC');
    const utcWeeks = data(
      await app.gql(Registrations, { range: { from: '2026-01-26', to: '2026-02-08', bucket: 'WEEK' } }, analystA),
    ).insights.registrations;
    expect(utcWeeks).toEqual([
      { start: '2026-01-26', clients: 2, marketers: 0 },
      { start: '2026-02-02', clients: 0, marketers: 0 },
    ]);
    await setTimeZone(a, 'Africa/Lagos');
  });

  it('answers a range with nothing in it with empty buckets, and a whole range as one bucket', async () => {
    const empty = data(
      await app.gql(Registrations, { range: { from: '2025-06-01', to: '2025-07-31', bucket: 'MONTH' } }, analystA),
    ).insights.registrations;
    expect(empty).toEqual([
      { start: '2025-06-01', clients: 0, marketers: 0 },
      { start: '2025-07-01', clients: 0, marketers: 0 },
    ]);
    const whole = data(await app.gql(Registrations, { range: { from: '2026-01-01', to: '2026-12-31' } }, analystA))
      .insights.registrations;
    expect(whole).toEqual([{ start: '2026-01-01', clients: 4, marketers: 2 }]);
    const quarters = data(
      await app.gql(Registrations, { range: { from: '2026-01-01', to: '2026-06-30', bucket: 'QUARTER' } }, analystA),
    ).insights.registrations;
    expect(quarters).toEqual([
      { start: '2026-01-01', clients: 3, marketers: 2 },
      { start: '2026-04-01', clients: 1, marketers: 0 },
    ]);
  });

  it('refuses a range that ends before it starts, or has too many buckets, naming the field', async () => {
    const backwards = await app.gql(
      Registrations,
      { range: { from: '2026-02-01', to: '2026-01-31', bucket: 'DAY' } },
      analystA,
    );
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'range.to' });
    const tooMany = await app.gql(
      Registrations,
      { range: { from: '2020-01-01', to: '2026-12-31', bucket: 'DAY' } },
      analystA,
    );
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'range.bucket' });
  });
});

describe('sales and payments over time', () => {
  it('counts sales and adds up their prices per currency, per month', async () => {
    const sales = data(await app.gql(Sales, { range: JAN_TO_APR }, analystA)).insights.sales;
    expect(sales).toEqual([
      { start: '2026-01-01', count: 1, amounts: [ngn('500000000')], groups: [] },
      { start: '2026-02-01', count: 2, amounts: [ngn('450000000'), usd('100000')], groups: [] },
      { start: '2026-03-01', count: 0, amounts: [], groups: [] },
      { start: '2026-04-01', count: 1, amounts: [usd('100000')], groups: [] },
    ]);
    const whole = data(await app.gql(Sales, { range: { from: '2026-01-01', to: '2026-12-31' } }, analystA)).insights
      .sales;
    expect(whole).toEqual([{ start: '2026-01-01', count: 4, amounts: [ngn('950000000'), usd('200000')], groups: [] }]);
  });

  it('answers a range with nothing in it with empty buckets', async () => {
    const range = { from: '2025-11-15', to: '2025-12-31', bucket: 'MONTH' } as const;
    const empty = [
      { start: '2025-11-01', count: 0, amounts: [], groups: [] },
      { start: '2025-12-01', count: 0, amounts: [], groups: [] },
    ];
    expect(data(await app.gql(Sales, { range, by: 'ESTATE' }, analystA)).insights.sales).toEqual(empty);
    expect(data(await app.gql(Payments, { range, by: 'METHOD' }, analystA)).insights.payments).toEqual(empty);
    expect(
      data(await app.gql(SellThrough, { range }, analystA)).insights.sellThrough.map((b) => [
        b.start,
        b.sold,
        b.soldToDate,
      ]),
    ).toEqual([
      ['2025-11-01', 0, 0],
      ['2025-12-01', 0, 0],
    ]);
    const quiet = data(await app.gql(Leaderboard, { period: { from: '2025-11-15', to: '2025-12-31' } }, analystA))
      .insights.marketerLeaderboard;
    expect(quiet.map((e) => [e.clients, e.sales, e.totals])).toEqual([
      [0, 0, []],
      [0, 0, []],
    ]);
  });

  it('breaks sales down by estate, marketer and plot size', async () => {
    const range = { from: '2026-02-01', to: '2026-04-30' };
    const group = (by: 'ESTATE' | 'MARKETER' | 'PLOT_SIZE') =>
      app.gql(Sales, { range, by }, analystA).then((r) => data(r).insights.sales[0].groups);
    expect(await group('ESTATE')).toEqual([
      {
        group: { id: encodeGlobalID('Estate', ids.zebra), name: 'Zebra Court', uid: null },
        count: 2,
        amounts: [usd('200000')],
      },
      { group: { id: a.estate.id, name: a.estate.name, uid: null }, count: 1, amounts: [ngn('450000000')] },
    ]);
    expect(await group('MARKETER')).toEqual([
      {
        group: { id: a.marketer.id, name: 'Marketer of Insight Estates', uid: a.marketer.uid },
        count: 1,
        amounts: [usd('100000')],
      },
      { group: { id: null, name: 'No marketer', uid: null }, count: 1, amounts: [usd('100000')] },
      {
        group: {
          id: encodeGlobalID('Marketer', ids.m2),
          name: 'Second Marketer',
          uid: expect.stringMatching(/-MKT002$/),
        },
        count: 1,
        amounts: [ngn('450000000')],
      },
    ]);
    const sizes = await group('PLOT_SIZE');
    expect(sizes.map((g) => [g.group.name, g.count])).toEqual([
      ['Zebra Court · 300 sqm', 2],
      [`${a.estate.name} · 500 sqm`, 1],
    ]);
    const refused = await app.gql(Sales, { range, by: 'METHOD' }, analystA);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'by' });
  });

  it('adds up payments less reversals per month and method, each reversal in its own month', async () => {
    const payments = data(await app.gql(Payments, { range: JAN_TO_APR, by: 'METHOD' }, analystA)).insights.payments;
    expect(payments).toEqual([
      {
        start: '2026-01-01',
        count: 1,
        amounts: [ngn('250000000')],
        groups: [{ group: { name: 'BANK_TRANSFER' }, count: 1, amounts: [ngn('250000000')] }],
      },
      {
        start: '2026-02-01',
        count: 4,
        amounts: [ngn('450000000'), usd('50000')],
        groups: [
          { group: { name: 'CASH' }, count: 2, amounts: [ngn('250000000')] },
          { group: { name: 'CARD' }, count: 1, amounts: [usd('50000')] },
          { group: { name: 'POS' }, count: 1, amounts: [ngn('200000000')] },
        ],
      },
      {
        start: '2026-03-01',
        count: 0,
        amounts: [ngn('-100000000')],
        groups: [{ group: { name: 'CASH' }, count: 0, amounts: [ngn('-100000000')] }],
      },
      { start: '2026-04-01', count: 0, amounts: [], groups: [] },
    ]);
  });
});

describe('receivables', () => {
  const band = (instalments: number, amountMinor: string) => ({ instalments, amountMinor });
  const ageing = (...bands: ReturnType<typeof band>[]) =>
    bands.map((b, i) => ({ band: ['DAYS_1_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90'][i], ...b }));
  const none = band(0, '0');

  it('ages what is overdue on a day, per currency, with payments dated by then', async () => {
    const march = data(await app.gql(Receivables, { asOf: '2026-03-31' }, analystA)).insights.receivables;
    expect(march).toEqual({
      asOf: '2026-03-31',
      totals: [
        // S1: 100M of its third instalment, 16 days past due; S2: 250M, 56 days past due.
        {
          currency: 'NGN',
          openSales: 2,
          outstandingMinor: '350000000',
          overdueInstalments: 2,
          overdueMinor: '350000000',
          ageing: ageing(band(1, '100000000'), band(1, '250000000'), none, none),
        },
        // S3: its second half is not yet due; S4 is not yet sold.
        {
          currency: 'USD',
          openSales: 1,
          outstandingMinor: '50000',
          overdueInstalments: 0,
          overdueMinor: '0',
          ageing: ageing(none, none, none, none),
        },
      ],
    });
    const june = data(await app.gql(Receivables, { asOf: '2026-06-30' }, analystA)).insights.receivables;
    expect(june.totals).toEqual([
      {
        currency: 'NGN',
        openSales: 2,
        outstandingMinor: '350000000',
        overdueInstalments: 2,
        overdueMinor: '350000000',
        ageing: ageing(none, none, none, band(2, '350000000')),
      },
      {
        currency: 'USD',
        openSales: 2,
        outstandingMinor: '150000',
        overdueInstalments: 2,
        overdueMinor: '150000',
        ageing: ageing(band(1, '50000'), none, band(1, '100000'), none),
      },
    ]);
    // On the day of S1's sale, after its first payment: nothing owed is overdue yet.
    const first = data(await app.gql(Receivables, { asOf: '2026-01-15' }, analystA)).insights.receivables;
    expect(first.totals).toEqual([
      {
        currency: 'NGN',
        openSales: 1,
        outstandingMinor: '250000000',
        overdueInstalments: 0,
        overdueMinor: '0',
        ageing: ageing(none, none, none, none),
      },
    ]);
  });

  it('is empty before the first sale, and reckons for today in the company time zone by default', async () => {
    expect(data(await app.gql(Receivables, { asOf: '2025-12-31' }, analystA)).insights.receivables).toEqual({
      asOf: '2025-12-31',
      totals: [],
    });
    const today = data(await app.gql(Receivables, {}, analystA)).insights.receivables;
    const lagosToday = new Date(Date.now() + 3_600_000).toISOString().slice(0, 10);
    expect([lagosToday, new Date().toISOString().slice(0, 10)]).toContain(today.asOf);
    expect(today.totals.map((t) => t.currency)).toEqual(['NGN', 'USD']);
  });
});

describe('plots', () => {
  it('counts plots per estate by state, sold apart from allocated', async () => {
    const stock = data(await app.gql(PlotStock, {}, analystA)).insights.plotStock;
    expect(stock).toEqual([
      {
        estate: { id: a.estate.id, name: a.estate.name },
        available: 0,
        reserved: 0,
        allocated: 0,
        sold: 2,
        total: 2,
        sellThrough: 1,
      },
      {
        estate: { id: encodeGlobalID('Estate', ids.zebra), name: 'Zebra Court' },
        available: 1,
        reserved: 1,
        allocated: 1,
        sold: 2,
        total: 5,
        sellThrough: 0.4,
      },
    ]);
  });

  it('shows sell-through over time, counting sales before the range', async () => {
    const range = { from: '2026-02-01', to: '2026-04-30', bucket: 'MONTH' } as const;
    expect(data(await app.gql(SellThrough, { range }, analystA)).insights.sellThrough).toEqual([
      { start: '2026-02-01', sold: 2, soldToDate: 3, plots: 7, rate: 3 / 7 },
      { start: '2026-03-01', sold: 0, soldToDate: 3, plots: 7, rate: 3 / 7 },
      { start: '2026-04-01', sold: 1, soldToDate: 4, plots: 7, rate: 4 / 7 },
    ]);
    const zebra = data(await app.gql(SellThrough, { range, estateId: encodeGlobalID('Estate', ids.zebra) }, analystA))
      .insights.sellThrough;
    expect(zebra.map((z) => [z.sold, z.soldToDate, z.plots])).toEqual([
      [1, 1, 5],
      [0, 1, 5],
      [1, 2, 5],
    ]);
  });
});

describe('marketer leaderboard', () => {
  const M1 = {
    clients: 2,
    sales: 2,
    totals: [
      { currency: 'NGN', salesValueMinor: '500000000', collectedMinor: '400000000', commissionMinor: '20000000' },
      { currency: 'USD', salesValueMinor: '100000', collectedMinor: '50000', commissionMinor: '2500' },
    ],
  };
  const M2 = {
    clients: 1,
    sales: 1,
    totals: [
      { currency: 'NGN', salesValueMinor: '450000000', collectedMinor: '200000000', commissionMinor: '10000000' },
    ],
  };

  it('ranks marketers as asked, money in the currency named', async () => {
    const bySales = data(await app.gql(Leaderboard, {}, analystA)).insights.marketerLeaderboard;
    expect(bySales).toEqual([
      {
        marketer: { id: a.marketer.id, name: 'Marketer of Insight Estates', uid: a.marketer.uid },
        status: 'ACTIVE',
        ...M1,
      },
      {
        marketer: {
          id: encodeGlobalID('Marketer', ids.m2),
          name: 'Second Marketer',
          uid: expect.stringMatching(/-MKT002$/),
        },
        status: 'ACTIVE',
        ...M2,
      },
    ]);
    const byClients = data(await app.gql(Leaderboard, { orderBy: [{ field: 'CLIENTS', direction: 'ASC' }] }, analystA))
      .insights.marketerLeaderboard;
    expect(byClients.map((e) => e.clients)).toEqual([1, 2]);
    const byCommission = data(
      await app.gql(
        Leaderboard,
        { orderBy: [{ field: 'COMMISSION', direction: 'DESC' }], currency: 'ngn', limit: 1 },
        analystA,
      ),
    ).insights.marketerLeaderboard;
    expect(byCommission.map((e) => e.marketer.id)).toEqual([a.marketer.id]);
    const byUsd = data(
      await app.gql(
        Leaderboard,
        {
          orderBy: [
            { field: 'COLLECTED', direction: 'ASC' },
            { field: 'NAME', direction: 'DESC' },
          ],
          currency: 'USD',
        },
        analystA,
      ),
    ).insights.marketerLeaderboard;
    expect(byUsd.map((e) => e.marketer.name)).toEqual(['Second Marketer', 'Marketer of Insight Estates']);
  });

  it('counts only what happened in a period', async () => {
    const february = data(
      await app.gql(
        Leaderboard,
        { period: { from: '2026-02-01', to: '2026-02-28' }, orderBy: [{ field: 'NAME', direction: 'ASC' }] },
        analystA,
      ),
    ).insights.marketerLeaderboard;
    expect(february.map(({ clients, sales, totals }) => ({ clients, sales, totals }))).toEqual([
      // M1: C1 and C3 registered in February (Lagos); S3; S1's February payments (250M, 12.5M commission).
      {
        clients: 2,
        sales: 1,
        totals: [
          { currency: 'NGN', salesValueMinor: '0', collectedMinor: '250000000', commissionMinor: '12500000' },
          { currency: 'USD', salesValueMinor: '100000', collectedMinor: '50000', commissionMinor: '2500' },
        ],
      },
      {
        clients: 0,
        sales: 1,
        totals: [
          { currency: 'NGN', salesValueMinor: '450000000', collectedMinor: '200000000', commissionMinor: '10000000' },
        ],
      },
    ]);
  });

  it('refuses a money ranking without a currency, and a limit above the maximum', async () => {
    const noCurrency = await app.gql(Leaderboard, { orderBy: [{ field: 'COLLECTED', direction: 'DESC' }] }, analystA);
    expect(noCurrency.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    const tooMany = await app.gql(Leaderboard, { limit: 101 }, analystA);
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'limit is from 1 to 100.',
      extensions: { code: 'BAD_USER_INPUT', field: 'limit' },
    });
  });
});

describe('who sees what', () => {
  it('gives a marketer the same figures over their own clients only', async () => {
    const token = a.marketer.token; // M1: clients C1 and C3
    expect(
      data(await app.gql(Registrations, { range: JAN_TO_APR }, token)).insights.registrations.map((r) => [
        r.clients,
        r.marketers,
      ]),
    ).toEqual([
      [0, 1],
      [2, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(
      data(await app.gql(Sales, { range: JAN_TO_APR }, token)).insights.sales.map((s) => [s.count, s.amounts]),
    ).toEqual([
      [1, [ngn('500000000')]],
      [1, [usd('100000')]],
      [0, []],
      [0, []],
    ]);
    expect(data(await app.gql(Payments, { range: JAN_TO_APR }, token)).insights.payments.map((s) => s.amounts)).toEqual(
      [[ngn('250000000')], [ngn('250000000'), usd('50000')], [ngn('-100000000')], []],
    );
    const june = data(await app.gql(Receivables, { asOf: '2026-06-30' }, token)).insights.receivables.totals;
    expect(june.map((t) => [t.currency, t.openSales, t.outstandingMinor, t.overdueMinor])).toEqual([
      ['NGN', 1, '100000000', '100000000'],
      ['USD', 1, '50000', '50000'],
    ]);
    const through = data(
      await app.gql(SellThrough, { range: { from: '2026-02-01', to: '2026-04-30', bucket: 'MONTH' } }, token),
    ).insights.sellThrough;
    expect(through.map((t) => [t.sold, t.soldToDate])).toEqual([
      [1, 2],
      [0, 2],
      [0, 2],
    ]);
    const board = data(await app.gql(Leaderboard, {}, token)).insights.marketerLeaderboard;
    expect(board).toEqual([
      expect.objectContaining({ marketer: expect.objectContaining({ id: a.marketer.id }), clients: 2, sales: 2 }),
    ]);
    // Grouped by marketer: their clients' sales, credited to them.
    const byMarketer = data(await app.gql(Sales, { range: JAN_TO_APR, by: 'MARKETER' }, token)).insights.sales.flatMap(
      (s) => s.groups.map((g) => g.group.name),
    );
    expect(byMarketer).toEqual(['Marketer of Insight Estates', 'Marketer of Insight Estates']);
  });

  it("gives B's analyst B's figures and none of A's; clients may not read insights", async () => {
    // B: its fixture's sale on 2026-01-15 (NGN 500M, 250M paid); its people were registered today.
    expect(
      data(await app.gql(Sales, { range: JAN_TO_APR }, analystB)).insights.sales.map((s) => [s.count, s.amounts]),
    ).toEqual([
      [1, [ngn('500000000')]],
      [0, []],
      [0, []],
      [0, []],
    ]);
    expect(
      data(await app.gql(Registrations, { range: JAN_TO_APR }, analystB)).insights.registrations.every(
        (r) => r.clients === 0 && r.marketers === 0,
      ),
    ).toBe(true);
    expect(
      data(await app.gql(Receivables, { asOf: '2026-06-30' }, analystB)).insights.receivables.totals.map(
        (t) => t.outstandingMinor,
      ),
    ).toEqual(['250000000']);
    expect(data(await app.gql(PlotStock, {}, analystB)).insights.plotStock.map((p) => p.estate.name)).toEqual([
      b.estate.name,
    ]);
    const board = data(await app.gql(Leaderboard, {}, analystB)).insights.marketerLeaderboard;
    expect(board.map((e) => [e.marketer.uid, e.clients, e.sales])).toEqual([[b.marketer.uid, 1, 1]]);
    const foreign = await app.gql(
      SellThrough,
      { range: JAN_TO_APR, estateId: encodeGlobalID('Estate', ids.zebra) },
      analystB,
    );
    expect(data(foreign).insights.sellThrough.every((t) => t.plots === 0 && t.soldToDate === 0)).toBe(true);
    expect(codes(await app.gql(PlotStock, {}, a.client.token))).toEqual(['FORBIDDEN']);
  });
});

describe('SQL statements', () => {
  const documents = {
    registrations: [Registrations, { range: JAN_TO_APR }],
    sales: [Sales, { range: JAN_TO_APR, by: 'ESTATE' }],
    payments: [Payments, { range: JAN_TO_APR, by: 'METHOD' }],
    receivables: [Receivables, { asOf: '2026-06-30' }],
    plotStock: [PlotStock, {}],
    sellThrough: [SellThrough, { range: JAN_TO_APR }],
    marketerLeaderboard: [Leaderboard, {}],
  } as const;
  const transactionStatement = /^(BEGIN|COMMIT)\b|^SET LOCAL app\.company_id/i;

  /** The statements each insight sends, less the operation's own BEGIN, SET LOCAL and COMMIT. */
  async function measure(): Promise<Record<string, string[]>> {
    const counted: Record<string, string[]> = {};
    for (const [name, [document, variables]] of Object.entries(documents)) {
      await app.gql(document as never, variables as never, analystA); // the viewer check is remembered from here on
      statements.length = 0;
      const result = await app.gql(document as never, variables as never, analystA);
      expect(result.errors, name).toBeUndefined();
      // The hook sees SET LOCAL and COMMIT (the driver's BEGIN, where it reports one, too).
      const own = statements
        .filter((s) => transactionStatement.test(s.trim()))
        .map((s) => s.trim().split(/[\s(]/)[0].toUpperCase());
      expect(
        own.filter((s) => s !== 'BEGIN'),
        name,
      ).toEqual(['SET', 'COMMIT']);
      counted[name] = statements.filter((s) => !transactionStatement.test(s.trim()));
    }
    return counted;
  }

  it('is exactly one per insight, whatever the size of the data', async () => {
    const small = await measure();
    // Ten times the clients, sales and payments.
    await withSession(app.runtime, adminViewer(a), async (s) => {
      const estateId = await createEstate(s, { name: 'Growth Park', location: 'Ikorodu' });
      const sizeId = await addPlotSize(s, estateId, {
        label: '200 sqm',
        areaSqm: 200,
        priceMinor: 1000n,
        currency: 'NGN',
      });
      await addPlots(
        s,
        sizeId,
        Array.from({ length: 40 }, (_, i) => `G-${i + 1}`),
      );
      const plots = await s.db.plot.findMany({ where: { estateId }, select: { id: true } });
      for (const [i, plot] of plots.entries()) {
        const { id } = await registerClient(s, {
          email: `growth-${i}-${Date.now()}@example.com`,
          fullName: `Growth ${i}`,
          marketerId: i % 2 ? ids.m1 : ids.m2,
        });
        const saleId = await createSale(s, {
          plotId: plot.id,
          clientId: id,
          soldOn: day('2026-03-10'),
          plan: { plan: 'FULL' },
        });
        await recordPayment(s, { saleId, amountMinor: 400n, currency: 'NGN', method: 'CASH', date: day('2026-03-11') });
      }
    });
    const large = await measure();
    for (const [name, sent] of Object.entries(large)) {
      expect(sent, name).toHaveLength(1);
      expect(small[name], name).toHaveLength(1);
    }
  });
});
