// Exports: every list as CSV and XLSX holds the rows the paginated list gives the same viewer, in
// the same order, as many as its totalCount; money in major units; refusals as for the list; and
// another company's four roles get nothing of A through them.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { parseCsv } from './support/csv.ts';
import { addAnalyst, addLedger, type CompanyFixture, createCompany } from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;
let b: CompanyFixture;

beforeAll(async () => {
  app = await createTestApp();
  a = await createCompany(app, 'Lamba Property Limited');
  b = await createCompany(app, 'Test Company');
  await addLedger(app, a);
  await addLedger(app, b);
  a.analyst = await addAnalyst(app, a);
  b.analyst = await addAnalyst(app, b);
  // More of A, so that orders and pages have something to order.
  for (const name of ['Zara Last', 'Amaka First', 'Bola Middle'])
    await app.raw(
      'mutation($i: RegisterClientInput!) { registerClient(input: $i) { client { id } } }',
      {
        i: {
          email: `${name.split(' ')[0].toLowerCase()}-${Date.now()}@example.com`,
          fullName: name,
          marketerId: a.marketer.id,
        },
      },
      a.admin.token,
    );
});
afterAll(async () => {
  await app?.close();
});

const get = (path: string, token?: string) =>
  app.yoga.fetch(`http://test${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function readXlsx(response: Response): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
  });
  return rows;
}

interface ListCase {
  name: string;
  params: Record<string, unknown>;
  /** The list as GraphQL pages it: a connection at `path` of `query`, each node's key. */
  query: string;
  path: (data: any) => any;
  key: (node: any) => string;
  /** The export's column(s) that hold the same key. */
  columns: string[];
}

const CASES: ListCase[] = [
  {
    name: 'clients',
    params: { orderBy: [{ field: 'FULL_NAME', direction: 'DESC' }], status: ['ACTIVE', 'ARCHIVED'] },
    query: `query($after: String, $orderBy: [ClientOrder!], $status: [ProfileStatus!]) { clients(first: 2, after: $after, orderBy: $orderBy, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { node { uid } } } }`,
    path: (d) => d.clients,
    key: (n) => n.uid,
    columns: ['UID'],
  },
  {
    name: 'marketers',
    params: { orderBy: [{ field: 'CLIENTS', direction: 'DESC' }] },
    query: `query($after: String, $orderBy: [MarketerOrder!]) { marketers(first: 2, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { uid } } } }`,
    path: (d) => d.marketers,
    key: (n) => n.uid,
    columns: ['UID'],
  },
  {
    name: 'sales',
    params: {
      orderBy: [
        { field: 'OVERDUE', direction: 'DESC' },
        { field: 'BALANCE', direction: 'DESC' },
      ],
    },
    query: `query($after: String, $orderBy: [SaleOrder!]) { sales(first: 2, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { number } } } }`,
    path: (d) => d.sales,
    key: (n) => n.number,
    columns: ['Number'],
  },
  {
    name: 'payments',
    params: { orderBy: [{ field: 'AMOUNT', direction: 'DESC' }] },
    query: `query($after: String, $orderBy: [PaymentOrder!]) { payments(first: 2, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { receiptNumber } } } }`,
    path: (d) => d.payments,
    key: (n) => n.receiptNumber,
    columns: ['Receipt'],
  },
  {
    name: 'plots',
    params: { orderBy: [{ field: 'STATUS', direction: 'DESC' }] },
    query: `query($after: String, $orderBy: [PlotOrder!]) { plots(first: 2, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { number estate { name } } } } }`,
    path: (d) => d.plots,
    key: (n) => `${n.estate.name}/${n.number}`,
    columns: ['Estate', 'Plot'],
  },
  {
    name: 'receivables-by-client',
    params: { orderBy: [{ field: 'OVERDUE', direction: 'DESC' }] },
    query: `query($after: String, $orderBy: [ClientReceivableOrder!]) { insights { receivables { byClient(first: 2, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { client { uid } currency } } } } } }`,
    path: (d) => d.insights.receivables.byClient,
    key: (n) => `${n.client.uid}/${n.currency}`,
    columns: ['Client UID', 'Currency'],
  },
  {
    name: 'commission-balances',
    params: { orderBy: [{ field: 'BALANCE', direction: 'DESC' }], currency: 'NGN' },
    query: `query($after: String, $orderBy: [CommissionBalanceOrder!], $currency: String) { insights { commissionBalances(first: 2, after: $after, orderBy: $orderBy, currency: $currency) { totalCount pageInfo { hasNextPage endCursor } edges { node { marketer { uid } } } } } }`,
    path: (d) => d.insights.commissionBalances,
    key: (n) => n.marketer.uid,
    columns: ['Marketer UID'],
  },
];

const search = (params: Record<string, unknown>) =>
  `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)])).toString()}`;

/** Every key the list gives `token`, page after page, and its totalCount (null when refused). */
async function paged(c: ListCase, token: string): Promise<{ keys: string[]; total: number } | null> {
  const keys: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (let page = 0; page < 50; page++) {
    const result = await app.raw(c.query, { ...c.params, after }, token);
    if (result.errors?.length) return null;
    const connection = c.path(result.data);
    total = connection.totalCount;
    keys.push(...connection.edges.map((e: any) => c.key(e.node)));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { keys, total };
}

const keysOf = (rows: string[][], c: ListCase) => {
  const [headers, ...body] = rows;
  const at = c.columns.map((name) => headers.indexOf(name));
  expect(at.every((i) => i >= 0)).toBe(true);
  return body.map((row) => at.map((i) => row[i]).join('/'));
};

describe('exports', () => {
  const roles = ['admin', 'analyst', 'marketer', 'client'] as const;
  const tokenOf = (c: CompanyFixture, role: (typeof roles)[number]) =>
    role === 'analyst' ? c.analyst!.token : c[role].token;

  for (const c of CASES)
    it(`${c.name}: the rows and order of the paginated list for every role, as CSV and XLSX, as many as totalCount`, async () => {
      for (const role of roles) {
        const list = await paged(c, tokenOf(a, role));
        const csv = await get(`/exports/${c.name}.csv${search(c.params)}`, tokenOf(a, role));
        if (!list) {
          // The list refuses this role: so does its export.
          expect([401, 403], `${role} ${c.name}`).toContain(csv.status);
          continue;
        }
        expect(csv.status, `${role} ${c.name}: ${csv.status}`).toBe(200);
        expect(csv.headers.get('content-type')).toContain('text/csv');
        expect(Number(csv.headers.get('x-total-count'))).toBe(list.total);
        const csvKeys = keysOf(parseCsv(await csv.text()), c);
        expect(csvKeys, `${role} ${c.name}`).toEqual(list.keys);
        expect(csvKeys).toHaveLength(list.total);
        const xlsx = await get(`/exports/${c.name}.xlsx${search(c.params)}`, tokenOf(a, role));
        expect(xlsx.status).toBe(200);
        expect(keysOf(await readXlsx(xlsx), c), `${role} ${c.name} xlsx`).toEqual(list.keys);
      }
    });

  it('writes money as a decimal in major units beside its currency, the same in CSV and XLSX', async () => {
    const result = await app.raw(
      '{ sales(first: 100) { edges { node { number currency priceMinor balanceMinor } } } }',
      {},
      a.admin.token,
    );
    const sales = new Map(result.data.sales.edges.map((e: any) => [e.node.number, e.node]));
    const [headers, ...rows] = parseCsv(await (await get('/exports/sales.csv', a.admin.token)).text());
    const col = (name: string) => headers.indexOf(name);
    expect(rows.length).toBe(sales.size);
    for (const row of rows) {
      const sale: any = sales.get(row[col('Number')]);
      expect(row[col('Currency')]).toBe(sale.currency);
      const minor = BigInt(sale.priceMinor);
      expect(row[col('Price')]).toBe(`${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`);
    }
    const [xHeaders, ...xRows] = await readXlsx(await get('/exports/sales.xlsx', a.admin.token));
    expect(xHeaders).toEqual(headers);
    expect(Number(xRows[0][col('Price')])).toBe(Number(rows[0][col('Price')]));
  });

  it('refuses as the list does: no token 401, a role without the permission 403, bad arguments 400 naming them', async () => {
    expect((await get('/exports/clients.csv')).status).toBe(401);
    expect((await get('/exports/clients.csv', 'not-a-token')).status).toBe(401);
    expect((await get('/exports/marketers.csv', a.marketer.token)).status).toBe(403);
    expect((await get('/exports/clients.csv', a.client.token)).status).toBe(403);
    expect((await get('/exports/nothing.csv', a.admin.token)).status).toBe(404);
    const bad = await get(`/exports/sales.csv${search({ filter: { soldFrom: '03/01/2026' } })}`, a.admin.token);
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.soldFrom' });
    const unknown = await get('/exports/clients.csv?sort=name', a.admin.token);
    expect((await unknown.json()).errors[0].extensions.field).toBe('sort');
    const tooMany = await get(`/exports/clients.csv${search({ status: Array(101).fill('ACTIVE') })}`, a.admin.token);
    expect(tooMany.status).toBe(400);
  });

  it("gives B's admin, analyst, marketer and client nothing of A, even naming A's records", async () => {
    const secrets = [a.client.uid, a.marketer.uid, a.ledger!.saleNumber, a.ledger!.receiptNumber, a.estate.name];
    const naming: Record<string, Record<string, unknown>> = {
      clients: { filter: { marketerId: a.marketer.id } },
      marketers: {},
      sales: { filter: { clientId: a.client.id, estateId: a.estate.id } },
      payments: { filter: { saleId: a.ledger!.saleId } },
      plots: { filter: { estateId: a.estate.id } },
      'receivables-by-client': { filter: { marketerId: a.marketer.id } },
      'commission-balances': {},
    };
    for (const role of roles)
      for (const [name, params] of Object.entries(naming))
        for (const format of ['csv', 'xlsx'])
          for (const p of [{}, params]) {
            const response = await get(`/exports/${name}.${format}${search(p)}`, tokenOf(b, role));
            expect([200, 400, 403, 404], `${role} ${name}`).toContain(response.status);
            const text =
              response.status === 200 && format === 'xlsx'
                ? (await readXlsx(response)).flat().join('\n')
                : await response.text();
            for (const secret of secrets) expect(text, `${role} ${name}.${format}`).not.toContain(secret);
          }
  });
});
