// Lists: orderBy (stable under cursors), filters, totalCount on every connection, and pages above
// the maximum refused before anything runs.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { localId } from './support/ids.ts';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerClient } from '../src/modules/clients/service.ts';
import { addPlots, addPlotSize, createEstate } from '../src/modules/estates/service.ts';
import { registerMarketer } from '../src/modules/marketers/service.ts';
import { recordPayment, reversePayment } from '../src/modules/payments/service.ts';
import { createSale } from '../src/modules/sales/service.ts';
import { withSession, type Session } from '../src/runtime/session.ts';
import { schema } from '../src/modules/index.ts';
import { graphql } from './gql/index.ts';
import type { ListsClientsQuery, ListsClientsQueryVariables } from './gql/graphql.ts';
import { codes, createTestApp, type TestApp } from './support/app.ts';
import { adminViewer, createCompany, data, type CompanyFixture } from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;
const ids: Record<string, string> = {};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Company A besides its fixture (M1 with client C1 on plot P-1): marketers Ben (3 clients) and
 * Cy (none); clients Dana and Dana (same name: Ben's), Eve (Ben's, registered 2026-03-01T12:00Z)
 * and Finn (unassigned); estate Kestrel Park with plots K-1..K-3 (1000 sqm, USD 2,000.00). Sales:
 * K-1 to Dana (USD, FULL, 2026-02-01), K-2 to Eve (USD, SPLIT_50_30_20, 2026-02-10), P-2 to
 * Finn (NGN, FULL, 2026-02-15). Payments: Dana 150000 CASH 02-01 and 1000 CASH 02-02 (reversed
 * 02-03); Eve 50000 POS 02-10.
 */
async function build(): Promise<void> {
  const as = <T>(fn: (s: Session) => Promise<T>) => withSession(app.runtime, adminViewer(a), fn);
  const email = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  ids.ben = (await as((s) => registerMarketer(s, { email: email('ben'), fullName: 'Ben' }))).id;
  ids.cy = (await as((s) => registerMarketer(s, { email: email('cy'), fullName: 'Cy' }))).id;
  ids.dana1 = (await as((s) => registerClient(s, { email: email('dana1'), fullName: 'Dana', marketerId: ids.ben }))).id;
  ids.dana2 = (await as((s) => registerClient(s, { email: email('dana2'), fullName: 'Dana', marketerId: ids.ben }))).id;
  ids.eve = (await as((s) => registerClient(s, { email: email('eve'), fullName: 'Eve', marketerId: ids.ben }))).id;
  ids.finn = (await as((s) => registerClient(s, { email: email('finn'), fullName: 'Finn', marketerId: null }))).id;
  await app.owner.query('UPDATE "Client" SET "createdAt" = $1 WHERE id = $2', ['2026-03-01T12:00:00Z', ids.eve]);
  await as(async (s) => {
    ids.kestrel = await createEstate(s, { name: 'Kestrel Park', location: 'Ajah' });
    const size = await addPlotSize(s, ids.kestrel, {
      label: '1000 sqm',
      areaSqm: 1000,
      priceMinor: 200000n,
      currency: 'USD',
    });
    await addPlots(s, size, ['K-1', 'K-2', 'K-3']);
    const plots = await s.db.plot.findMany({ where: { estateId: ids.kestrel }, orderBy: { number: 'asc' } });
    const dana = await createSale(s, {
      plotId: plots[0].id,
      clientId: ids.dana1,
      soldOn: day('2026-02-01'),
      plan: { plan: 'FULL' },
    });
    const eve = await createSale(s, {
      plotId: plots[1].id,
      clientId: ids.eve,
      soldOn: day('2026-02-10'),
      plan: { plan: 'SPLIT_50_30_20', dueDates: [day('2026-02-10'), day('2026-03-10'), day('2026-04-10')] },
    });
    await createSale(s, {
      plotId: localId(a.plotIds[1]),
      clientId: ids.finn,
      soldOn: day('2026-02-15'),
      plan: { plan: 'FULL' },
    });
    await recordPayment(s, {
      saleId: dana,
      amountMinor: 150000n,
      currency: 'USD',
      method: 'CASH',
      date: day('2026-02-01'),
    });
    const twice = await recordPayment(s, {
      saleId: dana,
      amountMinor: 1000n,
      currency: 'USD',
      method: 'CASH',
      date: day('2026-02-02'),
    });
    ids.reversal = (await reversePayment(s, { paymentId: twice, reason: 'Twice', date: day('2026-02-03') })).reversalId;
    await recordPayment(s, {
      saleId: eve,
      amountMinor: 50000n,
      currency: 'USD',
      method: 'POS',
      date: day('2026-02-10'),
    });
  });
}

beforeAll(async () => {
  app = await createTestApp();
  a = await createCompany(app, 'Lists Limited');
  await build();
});
afterAll(async () => {
  await app?.close();
});

const Clients = graphql(`
  query ListsClients($first: Int, $after: String, $filter: ClientFilter, $orderBy: [ClientOrder!], $search: String) {
    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy, search: $search) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName uid } }
    }
  }
`);
const Marketers = graphql(`
  query ListsMarketers($orderBy: [MarketerOrder!], $filter: MarketerFilter) {
    marketers(orderBy: $orderBy, filter: $filter) { totalCount edges { node { fullName clients(orderBy: [{ field: FULL_NAME }]) { totalCount edges { node { fullName } } } } } }
  }
`);
const Plots = graphql(`
  query ListsPlots($filter: PlotFilter, $orderBy: [PlotOrder!]) {
    plots(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { number status } } }
  }
`);
const Sales = graphql(`
  query ListsSales($filter: SaleFilter, $orderBy: [SaleOrder!]) {
    sales(filter: $filter, orderBy: $orderBy) { totalCount edges { node { client { fullName } priceMinor currency plan } } }
  }
`);
const Payments = graphql(`
  query ListsPayments($filter: PaymentFilter, $orderBy: [PaymentOrder!]) {
    payments(filter: $filter, orderBy: $orderBy) { totalCount edges { node { id kind amountMinor date method } } }
  }
`);
const Estates = graphql(`
  query ListsEstates($orderBy: [EstateOrder!]) { estates(orderBy: $orderBy) { edges { node { name plots(orderBy: [{ field: NUMBER, direction: DESC }], filter: { sold: false }) { totalCount edges { node { number } } } } } } }
`);

/** Every client of a query, page by page (`size` at a time), following endCursor. */
async function allPages(variables: ListsClientsQueryVariables, size: number) {
  const names: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const { clients } = data(await app.gql(Clients, { ...variables, first: size, after }, a.admin.token));
    names.push(...clients.edges.map((e) => `${e.node.fullName}:${e.node.uid}`));
    if (!clients.pageInfo.hasNextPage) return names;
    after = clients.pageInfo.endCursor!;
  }
  throw new Error('did not end');
}

describe('orderBy', () => {
  it('sorts by the keys asked in turn, and pages through ties without repeating or skipping a row', async () => {
    for (const orderBy of [
      [{ field: 'FULL_NAME', direction: 'ASC' }],
      [
        { field: 'SALES', direction: 'DESC' },
        { field: 'FULL_NAME', direction: 'DESC' },
      ],
      [{ field: 'CREATED_AT', direction: 'ASC' }],
    ] as const) {
      const whole = data(
        await app.gql(Clients, { first: 100, orderBy: [...orderBy] }, a.admin.token),
      ).clients.edges.map((e) => `${e.node.fullName}:${e.node.uid}`);
      expect(whole).toHaveLength(5);
      expect(await allPages({ orderBy: [...orderBy] }, 2), JSON.stringify(orderBy)).toEqual(whole);
      expect(await allPages({ orderBy: [...orderBy] }, 1)).toEqual(whole);
    }
    const byName = data(
      await app.gql(Clients, { orderBy: [{ field: 'FULL_NAME', direction: 'ASC' }] }, a.admin.token),
    ).clients.edges.map((e) => e.node.fullName);
    expect(byName).toEqual(['Client of Lists Limited', 'Dana', 'Dana', 'Eve', 'Finn']);
    const bySales = data(
      await app.gql(
        Clients,
        {
          orderBy: [
            { field: 'SALES', direction: 'DESC' },
            { field: 'FULL_NAME', direction: 'ASC' },
          ],
        },
        a.admin.token,
      ),
    ).clients.edges;
    // Dana (the first) bought K-1, Eve K-2, Finn P-2; the fixture's client and the other Dana nothing.
    expect(bySales.map((e) => e.node.fullName)).toEqual(['Dana', 'Eve', 'Finn', 'Client of Lists Limited', 'Dana']);
    expect(bySales[0].node.id).toBe(encodeGlobalID('Client', ids.dana1));
  });

  it('keeps newest first when no orderBy is given', async () => {
    const uids = data(await app.gql(Clients, {}, a.admin.token)).clients.edges.map((e) => e.node.uid);
    expect(uids).toEqual([...uids].sort().reverse());
  });

  it('answers "which marketer has the most clients"', async () => {
    const ranked = data(
      await app.gql(Marketers, { orderBy: [{ field: 'CLIENTS', direction: 'DESC' }] }, a.admin.token),
    ).marketers.edges.map((e) => [e.node.fullName, e.node.clients.totalCount]);
    expect(ranked).toEqual([
      ['Ben', 3],
      ['Marketer of Lists Limited', 1],
      ['Cy', 0],
    ]);
    const ben = data(
      await app.gql(Marketers, { filter: { search: 'ben' } }, a.admin.token),
    ).marketers.edges[0].node.clients.edges.map((e) => e.node.fullName);
    expect(ben).toEqual(['Dana', 'Dana', 'Eve']);
  });

  it('sorts plots, sales, payments and estates', async () => {
    const plots = data(
      await app.gql(
        Plots,
        {
          orderBy: [
            { field: 'AREA', direction: 'DESC' },
            { field: 'NUMBER', direction: 'DESC' },
          ],
        },
        a.admin.token,
      ),
    ).plots;
    expect(plots.edges.map((e) => e.node.number)).toEqual(['K-3', 'K-2', 'K-1', 'P-2', 'P-1']);
    const sales = data(
      await app.gql(Sales, { orderBy: [{ field: 'SOLD_ON', direction: 'ASC' }] }, a.admin.token),
    ).sales;
    expect(sales.edges.map((e) => e.node.client.fullName)).toEqual(['Dana', 'Eve', 'Finn']);
    const payments = data(
      await app.gql(
        Payments,
        {
          orderBy: [
            { field: 'AMOUNT', direction: 'DESC' },
            { field: 'DATE', direction: 'ASC' },
          ],
        },
        a.admin.token,
      ),
    ).payments;
    expect(payments.edges.map((e) => [e.node.kind, e.node.amountMinor])).toEqual([
      ['PAYMENT', '150000'],
      ['PAYMENT', '50000'],
      ['PAYMENT', '1000'],
      ['REVERSAL', '1000'],
    ]);
    const estates = data(await app.gql(Estates, { orderBy: [{ field: 'PLOTS', direction: 'DESC' }] }, a.admin.token))
      .estates.edges;
    expect(
      estates.map((e) => [e.node.name, e.node.plots.totalCount, e.node.plots.edges.map((p) => p.node.number)]),
    ).toEqual([
      ['Kestrel Park', 1, ['K-3']],
      [a.estate.name, 1, ['P-1']], // allocated to the fixture's client, not sold
    ]);
  });
});

describe('filters', () => {
  const names = (result: { data?: ListsClientsQuery | null }) =>
    data(result)
      .clients.edges.map((e) => e.node.fullName)
      .sort();

  it('find clients by marketer, assignment, registration time, status and text, with totalCount to match', async () => {
    expect(names(await app.gql(Clients, { filter: { assigned: false } }, a.admin.token))).toEqual(['Finn']);
    expect(
      names(
        await app.gql(
          Clients,
          { filter: { assigned: true, marketerId: encodeGlobalID('Marketer', ids.ben) } },
          a.admin.token,
        ),
      ),
    ).toEqual(['Dana', 'Dana', 'Eve']);
    const march = await app.gql(
      Clients,
      { filter: { createdFrom: '2026-03-01T00:00:00+01:00', createdTo: '2026-04-01T00:00:00+01:00' } },
      a.admin.token,
    );
    expect(names(march)).toEqual(['Eve']);
    expect(data(march).clients.totalCount).toBe(1);
    expect(names(await app.gql(Clients, { filter: { search: 'dan' }, search: 'a' }, a.admin.token))).toEqual([
      'Dana',
      'Dana',
    ]);
    expect(names(await app.gql(Clients, { filter: { status: ['ARCHIVED'] } }, a.admin.token))).toEqual([]);
  });

  it('keep a marketer to their own clients whatever the filter says', async () => {
    const theirs = await app.gql(
      Clients,
      { filter: { marketerId: encodeGlobalID('Marketer', ids.ben) } },
      a.marketer.token,
    );
    expect(data(theirs).clients).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('find plots, sales and payments by what matters', async () => {
    const unsold = data(await app.gql(Plots, { filter: { sold: false } }, a.admin.token)).plots;
    expect(unsold.edges.map((e) => e.node.number).sort()).toEqual(['K-3', 'P-1']);
    const kestrel = data(
      await app.gql(
        Plots,
        { filter: { estateId: encodeGlobalID('Estate', ids.kestrel), status: ['ALLOCATED'] } },
        a.client.token,
      ),
    ).plots;
    expect(kestrel.totalCount).toBe(2);
    const split = data(
      await app.gql(Sales, { filter: { plan: ['SPLIT_50_30_20'], currency: 'usd' } }, a.admin.token),
    ).sales;
    expect(split.edges.map((e) => e.node.client.fullName)).toEqual(['Eve']);
    const cash = data(
      await app.gql(
        Payments,
        { filter: { method: ['CASH'], paidFrom: '2026-02-02', paidTo: '2026-02-28' } },
        a.admin.token,
      ),
    ).payments;
    // The 1000 paid on 02-02 and its reversal (whose method is the payment's) on 02-03.
    expect(cash.edges.map((e) => [e.node.kind, e.node.amountMinor, e.node.date])).toEqual([
      ['REVERSAL', '1000', '2026-02-03'],
      ['PAYMENT', '1000', '2026-02-02'],
    ]);
    expect(cash.totalCount).toBe(2);
    const reversals = data(await app.gql(Payments, { filter: { kind: ['REVERSAL'] } }, a.admin.token)).payments;
    expect(reversals.edges.map((e) => e.node.id)).toEqual([encodeGlobalID('Payment', ids.reversal)]);
    const byClient = data(
      await app.gql(Payments, { filter: { clientId: encodeGlobalID('Client', ids.eve) } }, a.admin.token),
    ).payments;
    expect(byClient.edges.map((e) => e.node.amountMinor)).toEqual(['50000']);
    // A client sees only their own receipts, whatever they ask for.
    expect(
      data(await app.gql(Payments, { filter: { clientId: encodeGlobalID('Client', ids.eve) } }, a.client.token))
        .payments.totalCount,
    ).toBe(0);
  });

  it('name the field of a bad id, currency or search', async () => {
    const badId = await app.gql(Clients, { filter: { marketerId: encodeGlobalID('Client', ids.eve) } }, a.admin.token);
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.marketerId' });
    const badCurrency = await app.gql(Sales, { filter: { currency: 'dollars' } }, a.admin.token);
    expect(badCurrency.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.currency' });
    const longSearch = await app.gql(Clients, { filter: { search: 'x'.repeat(201) } }, a.admin.token);
    expect(longSearch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});

describe('honest pagination', () => {
  it('refuses a page above the maximum before anything runs, naming the maximum', async () => {
    for (const page of [{ first: 101 }, { last: 101 }]) {
      const [name] = Object.keys(page);
      const refused = await app.raw(
        `query($n: Int) { clients(${name}: $n) { totalCount } }`,
        { n: 101 },
        a.admin.token,
      );
      expect(refused.errors?.[0]).toMatchObject({
        message: `${name} is from 0 to 100.`,
        extensions: { code: 'BAD_USER_INPUT', field: name },
      });
      expect(refused.data).toBeUndefined();
    }
    expect(codes(await app.gql(Clients, { first: 100 }, a.admin.token))).toEqual([]);
  });

  it('gives every connection a totalCount', () => {
    const connections = Object.values(schema.getTypeMap()).filter(
      (t) => isObjectType(t) && t.name.endsWith('Connection'),
    );
    expect(connections.length).toBeGreaterThan(15);
    const without = connections.filter((t) => isObjectType(t) && !t.getFields().totalCount).map((t) => t.name);
    expect(without).toEqual([]);
  });
});
