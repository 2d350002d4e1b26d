// What the workbench draws and tabulates, from real answers of the API (a company with sales in
// two currencies, reversals and odd text): charts per currency with groups stacked, adding up to
// each bucket; tables of connections and of lists inside lists; CSV as the server writes it; and a
// page of a list mapped to the export of the whole list with the same arguments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPaths } from '../src/http/workbench.ts';
import { WORKBENCH_TABS } from '../src/http/workbench-tabs.ts';
import { toCsv } from '../src/workbench/csv.ts';
import { exportFor } from '../src/workbench/export-link.ts';
import { bucketOf, chartSources, chartsFor, timeAxisTitle, timeLabels } from '../src/workbench/series.ts';
import { tables } from '../src/workbench/tables.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { parseCsv } from './support/csv.ts';
import { addLedger, type CompanyFixture, createCompany } from './support/fixtures.ts';
import { enrich } from './support/rich-company.ts';

let app: TestApp;
let c: CompanyFixture;
beforeAll(async () => {
  app = await createTestApp();
  c = await createCompany(app, 'Workbench Company');
  await addLedger(app, c);
  await enrich(app, c, 'workbench');
});
afterAll(async () => {
  await app?.close();
});

async function ask(query: string, variables: Record<string, unknown> = {}) {
  const result = await app.raw(query, variables, c.admin.token);
  expect(result.errors).toBeUndefined();
  return result.data;
}

const SALES_BY_ESTATE = `{ insights { sales(range: { from: "2026-01-01", to: "2026-03-31", bucket: MONTH }, by: ESTATE) {
  start count amounts { currency amount } groups { group { name } count amounts { currency amount } } } } }`;

type Bucket = { start: string; count: number; amounts: { currency: string; amount: string }[] };
const amountIn = (amounts: { currency: string; amount: string }[], currency: string) =>
  Number(amounts.find((m) => m.currency === currency)?.amount ?? 0);

describe('the chart', () => {
  it('draws time buckets by month: counts stacked by estate, money one chart per currency, the parts adding up to each bucket', async () => {
    const data = await ask(SALES_BY_ESTATE);
    const buckets: (Bucket & { groups: { group: { name: string } }[] })[] = data.insights.sales;
    const [source, ...others] = chartSources(data);
    expect(others).toEqual([]);
    expect(source.label).toBe('insights.sales');
    expect(source.starts).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(bucketOf(source.starts!)).toBe('MONTH');
    expect(timeLabels(source.starts!, 'MONTH')).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
    expect(source.measures.map((m) => m.label)).toEqual(['count', 'amounts']);

    const [counts] = chartsFor(source, source.measures[0]);
    const estates = [...new Set(buckets.flatMap((b) => b.groups.map((g) => g.group.name)))];
    expect(estates.length).toBeGreaterThan(1);
    expect(counts.stacked).toBe(true);
    expect(counts.series.map((s) => s.name).sort()).toEqual(estates.sort());
    for (const [x, b] of buckets.entries())
      expect(counts.series.reduce((sum, s) => sum + s.values[x], 0)).toBe(b.count);

    const money = chartsFor(source, source.measures[1]);
    expect(money.map((chart) => chart.title)).toEqual(['amounts in NGN', 'amounts in USD']);
    for (const [chart, currency] of [
      [money[0], 'NGN'],
      [money[1], 'USD'],
    ] as const) {
      expect(chart.stacked).toBe(true);
      for (const [x, b] of buckets.entries())
        expect(chart.series.reduce((sum, s) => sum + s.values[x], 0)).toBeCloseTo(amountIn(b.amounts, currency), 2);
    }
    // The USD sale (March) is in the USD chart only.
    expect(money[1].series.flatMap((s) => s.values).filter(Boolean)).toEqual([5000]);
  });

  it('draws money without groups as one series per currency, never added across currencies', async () => {
    const data = await ask(
      `{ insights { sales(range: { from: "2026-01-01", to: "2026-03-31", bucket: MONTH }) { start amounts { currency amount } } } }`,
    );
    const [source] = chartSources(data);
    const [chart, ...more] = chartsFor(source, source.measures[0]);
    expect(more).toEqual([]);
    expect(chart.stacked).toBe(false);
    expect(chart.series.map((s) => s.name)).toEqual(['NGN', 'USD']);
    const buckets: Bucket[] = data.insights.sales;
    expect(chart.series[0].values).toEqual(buckets.map((b) => amountIn(b.amounts, 'NGN')));
    expect(chart.series[1].values).toEqual(buckets.map((b) => amountIn(b.amounts, 'USD')));
  });

  it('reads weeks and quarters from the bucket starts, and names the time zone on the axis', async () => {
    const data = await ask(`{ company { timeZone } insights {
      registrations(range: { from: "2026-01-01", to: "2026-01-31", bucket: WEEK }) { start clients marketers }
      payments(range: { from: "2026-01-01", to: "2026-12-31", bucket: QUARTER }, by: METHOD) { start amounts { currency amount } groups { group { name } amounts { currency amount } } }
    } }`);
    const [registrations, payments] = chartSources(data);
    expect(registrations.label).toBe('insights.registrations');
    expect(bucketOf(registrations.starts!)).toBe('WEEK');
    expect(new Date(registrations.starts![0]).getUTCDay()).toBe(1);
    expect(registrations.measures.map((m) => m.label)).toEqual(['every number', 'clients', 'marketers']);
    const [both] = chartsFor(registrations, registrations.measures[0]);
    expect(both.series.map((s) => s.name)).toEqual(['clients', 'marketers']);
    expect(timeAxisTitle('WEEK', data.company.timeZone)).toBe(
      `Week from Monday · company time zone ${data.company.timeZone}`,
    );

    expect(bucketOf(payments.starts!)).toBe('QUARTER');
    expect(timeLabels(payments.starts!, 'QUARTER')).toEqual(['2026 Q1', '2026 Q2', '2026 Q3', '2026 Q4']);
    const [byMethod] = chartsFor(payments, payments.measures[0]);
    // Net of the reversed cash payment: the methods of Q1 add up to the quarter's NGN total.
    expect(byMethod.series.map((s) => s.name).sort()).toEqual(['BANK_TRANSFER', 'CASH', 'POS']);
    expect(byMethod.series.reduce((sum, s) => sum + s.values[0], 0)).toBeCloseTo(
      amountIn(data.insights.payments[0].amounts, 'NGN'),
      2,
    );
  });

  it('draws a ranking one bar per row, named by the row it is about, money per currency (who owes most)', async () => {
    const data = await ask(`{ insights { receivables { byClient(orderBy: [{ field: OUTSTANDING, direction: DESC }]) {
      edges { node { client { name } currency outstanding { currency amount } daysOverdue } } } } } }`);
    const nodes = data.insights.receivables.byClient.edges.map((e: { node: unknown }) => e.node);
    const [source] = chartSources(data);
    expect(source.label).toBe('insights.receivables.byClient');
    expect(source.starts).toBeNull();
    expect(source.labels).toEqual(nodes.map((n: { client: { name: string } }) => n.client.name));
    expect(source.measures.map((m) => m.label)).toEqual(['outstanding', 'daysOverdue']);
    const [chart] = chartsFor(source, source.measures[0]);
    const currencies = [...new Set(nodes.map((n: { currency: string }) => n.currency))].sort();
    expect(currencies).toEqual(['NGN', 'USD']);
    expect(chart.series.map((s) => s.name)).toEqual(currencies);
    for (const s of chart.series)
      expect(s.values).toEqual(
        nodes.map((n: { outstanding: { currency: string; amount: string } }) =>
          n.outstanding.currency === s.name ? Number(n.outstanding.amount) : 0,
        ),
      );
  });

  it('draws lists that are not in time, one bar per row named by the row (plot stock per estate)', async () => {
    const data = await ask(
      `{ insights { plotStock(status: [ACTIVE, ARCHIVED]) { estate { name } available reserved allocated sold total } } }`,
    );
    const [source] = chartSources(data);
    expect(source.starts).toBeNull();
    expect(source.labels).toEqual(data.insights.plotStock.map((p: { estate: { name: string } }) => p.estate.name));
    const [every] = chartsFor(source, source.measures[0]);
    expect(every.series.map((s) => s.name)).toEqual(['available', 'reserved', 'allocated', 'sold', 'total']);
    expect(every.series[4].values).toEqual(data.insights.plotStock.map((p: { total: number }) => p.total));
  });
});

describe('the table', () => {
  it('lists a connection as its nodes, nested objects dotted, and downloads the rows it shows as CSV, as the export would', async () => {
    const orderBy = [{ field: 'FULL_NAME', direction: 'ASC' }];
    const data = await ask(
      `query($orderBy: [ClientOrder!]) { clients(orderBy: $orderBy, first: 100) { totalCount edges { cursor node { uid fullName marketer { uid } } } } }`,
      { orderBy },
    );
    const [table, ...others] = tables(data);
    expect(others).toEqual([]);
    expect(table.label).toBe('clients');
    expect(table.path).toEqual(['clients']);
    expect(table.columns).toEqual(['uid', 'fullName', 'marketer.uid']);
    expect(table.rows).toHaveLength(data.clients.totalCount);

    const [headers, ...rows] = parseCsv(toCsv(table));
    expect(headers).toEqual(table.columns);
    expect(rows).toEqual(
      data.clients.edges.map((e: { node: { uid: string; fullName: string; marketer: { uid: string } | null } }) => [
        e.node.uid,
        // Text a spreadsheet would run as a formula is written behind an apostrophe, as the server's exports do.
        /^[=+\-@\t\r]/.test(e.node.fullName) ? `'${e.node.fullName}` : e.node.fullName,
        e.node.marketer?.uid ?? '',
      ]),
    );
    // The same rows, in the same order, as the server's export of the whole list.
    const response = await app.yoga.fetch(
      `http://test/exports/clients.csv?orderBy=${encodeURIComponent(JSON.stringify(orderBy))}`,
      { headers: { authorization: `Bearer ${c.admin.token}` } },
    );
    const [exportHeaders, ...exported] = parseCsv(await response.text());
    const uid = exportHeaders.indexOf('UID');
    const name = exportHeaders.indexOf('Name');
    expect(exported.map((r) => [r[uid], r[name]])).toEqual(rows.map((r) => [r[0], r[1]]));
  });

  it('tabulates a list inside a list beside its outer row, and money as a column per currency', async () => {
    const data = await ask(SALES_BY_ESTATE);
    const [buckets, groups, ...others] = tables(data);
    expect(others).toEqual([]);
    expect(buckets.label).toBe('insights.sales');
    expect(buckets.columns).toEqual(['start', 'count', 'amounts.NGN', 'amounts.USD']);
    expect(groups.label).toBe('insights.sales[].groups');
    expect(groups.path).toBeNull();
    const expected = data.insights.sales.flatMap((b: Bucket & { groups: (Bucket & { group: { name: string } })[] }) =>
      b.groups.map((g) => ({
        start: b.start,
        estate: g.group.name,
        count: g.count,
        NGN: g.amounts.find((m) => m.currency === 'NGN')?.amount,
      })),
    );
    expect(
      groups.rows.map((r) => ({
        start: r['sales.start'],
        estate: r['group.name'],
        count: r.count,
        NGN: r['amounts.NGN'] ?? undefined,
      })),
    ).toEqual(expected);
    // Odd text survives the CSV: quotes, line breaks, emoji.
    const [headers, ...rows] = parseCsv(toCsv(groups));
    expect(rows.map((r) => r[headers.indexOf('group.name')])).toEqual(
      expected.map((e: { estate: string }) => e.estate),
    );
  });
});

describe('the export of the whole list', () => {
  const paths = exportPaths();
  const tab = (name: string) => WORKBENCH_TABS.find((t) => new RegExp(`query ${name}\\b`).test(t.query))!.query;

  it("maps a page of receivables by client to the export with the same arguments, whose row count is the list's", async () => {
    const query = tab('WhoOwesMost');
    const data = (await app.raw(query, {}, c.admin.token, 'WhoOwesMost')).data;
    const found = exportFor(
      ['insights', 'receivables', 'byClient'],
      { query, variables: {}, operationName: 'WhoOwesMost' },
      paths,
    );
    expect(found?.list).toBe('receivables-by-client');
    expect(Object.fromEntries(found!.params)).toEqual({ orderBy: '[{"field":"OUTSTANDING","direction":"DESC"}]' });
    const response = await app.yoga.fetch(`http://test/exports/${found!.list}.csv?${found!.params}`, {
      headers: { authorization: `Bearer ${c.admin.token}` },
    });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('x-total-count'))).toBe(data.insights.receivables.byClient.totalCount);
  });

  it('follows aliases, fragments and variables, and leaves paging out', async () => {
    const query = `query People($filter: ClientFilter, $n: Int) { people: clients(filter: $filter, first: $n) { ...Page } }
      fragment Page on QueryClientsConnection { totalCount edges { node { uid } } }`;
    const variables = { filter: { assigned: true }, n: 1 };
    const found = exportFor(['people'], { query, variables, operationName: 'People' }, paths);
    expect(found?.list).toBe('clients');
    expect(Object.fromEntries(found!.params)).toEqual({ filter: '{"assigned":true}' });
    const data = (await app.raw(query, variables, c.admin.token)).data;
    const response = await app.yoga.fetch(`http://test/exports/clients.csv?${found!.params}`, {
      headers: { authorization: `Bearer ${c.admin.token}` },
    });
    expect(Number(response.headers.get('x-total-count'))).toBe(data.people.totalCount);
    expect(parseCsv(await response.text())).toHaveLength(data.people.totalCount + 1);
  });

  it('offers nothing for a list no export covers, or an operation the path is not in', () => {
    const estates = `{ estates { edges { node { name } } } }`;
    expect(exportFor(['estates'], { query: estates, variables: {}, operationName: null }, paths)).toBeNull();
    expect(exportFor(['clients'], { query: estates, variables: {}, operationName: null }, paths)).toBeNull();
    expect(exportFor(['clients'], { query: 'not GraphQL', variables: {}, operationName: null }, paths)).toBeNull();
  });
});
