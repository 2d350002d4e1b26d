// Insights at size: one company with 100k clients (of 200 marketers; 1 in 20 unassigned) and 20k
// sales of 25k plots in 20 estates, with payments and commission, generated in SQL as the table
// owner; then each insight asked through the real Yoga server (yoga.fetch, in process, as the
// company's admin) several times, the median kept. `npx tsx tools/bench/insights.ts` prints every
// insight; benchInsights() gives the headline (the leaderboard, which reads every table) to
// `npm run bench`. Env: BENCH_DATABASE_URL as for the rest of the bench.
import path from 'node:path';
import pg from 'pg';
import { createRuntime } from '../../src/runtime/runtime.ts';
import { loadConfig } from '../../src/config.ts';
import { createServer } from '../../src/http/server.ts';
import { openDatabase } from './database.ts';

const CLIENTS = 100_000;
const MARKETERS = 200;
const ESTATES = 20;
const PLOTS_PER_ESTATE = 1250;
const SALES = 20_000;
const RUNS = 7;
const AUTH_SECRET = 'bench-secret-that-is-at-least-32-characters-long';
const PREFIX = 'BIN';

/** The company's people, estates and ledger, in one transaction as the owner (RLS lets the owner through). */
async function generate(owner: pg.Client, companyId: string): Promise<number> {
  const uid = (key: string, n: string, pad: number) =>
    `'${PREFIX}-${key}' || lpad(${n}::text, greatest(${pad}, length(${n}::text)), '0')`;
  const statements = [
    `CREATE TEMP TABLE people AS SELECT g, gen_random_uuid() AS user_id, gen_random_uuid() AS id FROM generate_series(1, ${CLIENTS + MARKETERS}) g`,
    `INSERT INTO "Person" ("id", "email") SELECT user_id, 'person-' || g || '@bench.example' FROM people`,
    `INSERT INTO "User" ("companyId", "id", "email") SELECT $1, user_id, 'person-' || g || '@bench.example' FROM people`,
    `INSERT INTO "Marketer" ("id", "companyId", "userId", "fullName", "seq", "uid", "createdAt")
     SELECT id, $1, user_id, 'Marketer ' || g, g, ${uid('MKT', 'g', 3)}, now() - (g || ' days')::interval FROM people WHERE g <= ${MARKETERS}`,
    // Registered over the last two years; every twentieth without a marketer.
    `INSERT INTO "Client" ("id", "companyId", "userId", "fullName", "marketerId", "seq", "uid", "createdAt")
     SELECT c.id, $1, c.user_id, 'Client ' || (c.g - ${MARKETERS}), CASE WHEN c.g % 20 <> 0 THEN m.id END, c.g - ${MARKETERS},
            ${uid('CLT', `(c.g - ${MARKETERS})`, 3)}, now() - ((c.g - ${MARKETERS})::float / ${CLIENTS} * interval '730 days')
     FROM people c JOIN people m ON m.g = c.g % ${MARKETERS} + 1 WHERE c.g > ${MARKETERS}`,
    `CREATE TEMP TABLE estates AS SELECT e, gen_random_uuid() AS id, gen_random_uuid() AS size_id FROM generate_series(1, ${ESTATES}) e`,
    `INSERT INTO "Estate" ("id", "companyId", "name", "location") SELECT id, $1, 'Estate ' || e, 'Lagos' FROM estates`,
    `INSERT INTO "PlotSize" ("id", "companyId", "estateId", "label", "areaSqm", "priceMinor", "currency")
     SELECT size_id, $1, id, '500 sqm', 500, 500000000 + e * 10000000, 'NGN' FROM estates`,
    // Interleaved across estates, so the sold ones are spread over all of them.
    `CREATE TEMP TABLE plots AS SELECT row_number() OVER (ORDER BY p, e) AS n, gen_random_uuid() AS id, estates.id AS estate_id, size_id, p
     FROM estates, generate_series(1, ${PLOTS_PER_ESTATE}) p`,
    `INSERT INTO "Plot" ("id", "companyId", "estateId", "plotSizeId", "number") SELECT id, $1, estate_id, size_id, 'P-' || p FROM plots`,
    // Sale n: plot n to client 5n, over the last two years; a third paid in full, a third half, a third nothing.
    `CREATE TEMP TABLE sales AS
     SELECT pl.n, gen_random_uuid() AS id, pl.id AS plot_id, c."id" AS client_id, c."marketerId" AS marketer_id, z."priceMinor" AS price,
            (current_date - (pl.n % 730)::int) AS sold_on, CASE pl.n % 3 WHEN 0 THEN z."priceMinor" WHEN 1 THEN z."priceMinor" / 2 ELSE 0 END AS paid
     FROM plots pl JOIN "PlotSize" z ON z."id" = pl.size_id JOIN "Client" c ON c."companyId" = $1 AND c."seq" = pl.n * 5 WHERE pl.n <= ${SALES}`,
    `INSERT INTO "CommissionRate" ("companyId", "rateBp", "effectiveFrom", "setByUserId")
     SELECT $1, 500, current_date - 1000, "userId" FROM "StaffMember" WHERE "companyId" = $1 LIMIT 1`,
    `INSERT INTO "Sale" ("id", "companyId", "seq", "number", "plotId", "clientId", "marketerId", "priceMinor", "currency", "soldOn", "plan",
                         "commissionRateBp", "paidMinor", "nextDueDate", "recordedByUserId")
     SELECT s.id, $1, s.n, ${uid('SAL', 's.n', 3)}, plot_id, client_id, marketer_id, price, 'NGN', sold_on, 'FULL',
            CASE WHEN marketer_id IS NULL THEN 0 ELSE 500 END, paid, CASE WHEN paid < price THEN sold_on END, a."userId"
     FROM sales s, (SELECT "userId" FROM "StaffMember" WHERE "companyId" = $1 LIMIT 1) a`,
    `INSERT INTO "Instalment" ("companyId", "saleId", "seq", "dueDate", "amountMinor", "percentBp") SELECT $1, id, 1, sold_on, price, 10000 FROM sales`,
    `UPDATE "Plot" p SET "status" = 'ALLOCATED', "clientId" = s.client_id, "heldAt" = s.sold_on FROM sales s WHERE p."companyId" = $1 AND p."id" = s.plot_id`,
    `CREATE TEMP TABLE payments AS
     SELECT row_number() OVER (ORDER BY n) AS seq, gen_random_uuid() AS id, s.id AS sale_id, marketer_id, paid, sold_on FROM sales s WHERE paid > 0`,
    `INSERT INTO "Payment" ("id", "companyId", "saleId", "kind", "seq", "receiptNumber", "amountMinor", "currency", "method", "date", "recordedByUserId")
     SELECT p.id, $1, p.sale_id, 'PAYMENT', p.seq, ${uid('RCP', 'p.seq', 5)}, paid, 'NGN',
            (ARRAY['BANK_TRANSFER', 'CASH', 'CHEQUE', 'POS', 'CARD'])[p.seq % 5 + 1]::"PaymentMethod", sold_on, a."userId"
     FROM payments p, (SELECT "userId" FROM "StaffMember" WHERE "companyId" = $1 LIMIT 1) a`,
    `INSERT INTO "CommissionAccrual" ("companyId", "paymentId", "marketerId", "amountMinor", "currency")
     SELECT $1, id, marketer_id, paid * 500 / 10000, 'NGN' FROM payments WHERE marketer_id IS NOT NULL`,
    `INSERT INTO "CompanySequence" ("companyId", "key", "lastValue")
     SELECT $1, key, n FROM (VALUES ('MKT', ${MARKETERS}), ('CLT', ${CLIENTS}), ('SAL', ${SALES}), ('RCP', (SELECT count(*)::int FROM payments))) v(key, n)
     ON CONFLICT ("companyId", "key") DO UPDATE SET "lastValue" = EXCLUDED."lastValue"`,
  ];
  await owner.query('BEGIN');
  for (const sql of statements) await owner.query(sql, sql.includes('$1') ? [companyId] : []);
  const { rows } = await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM payments');
  await owner.query('COMMIT');
  await owner.query('ANALYZE');
  return rows[0].n;
}

const LAST_TWO_YEARS = (() => {
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear() - 2, to.getUTCMonth(), 1));
  return `{ from: "${from.toISOString().slice(0, 10)}", to: "${to.toISOString().slice(0, 10)}", bucket: MONTH }`;
})();

/** Each insight as an analyst would ask it. */
const INSIGHTS: Record<string, string> = {
  marketerLeaderboard: `{ insights { marketerLeaderboard(orderBy: [{ field: COLLECTED, direction: DESC }], currency: "NGN", limit: 100) { marketer { name uid } clients sales totals { currency salesValueMinor collectedMinor commissionMinor } } } }`,
  registrations: `{ insights { registrations(range: ${LAST_TWO_YEARS}) { start clients marketers } } }`,
  salesByEstate: `{ insights { sales(range: ${LAST_TWO_YEARS}, by: ESTATE) { start count amounts { currency amountMinor } groups { group { name } count amounts { amountMinor } } } } }`,
  paymentsByMethod: `{ insights { payments(range: ${LAST_TWO_YEARS}, by: METHOD) { start count amounts { currency amountMinor } groups { group { name } count } } } }`,
  receivables: `{ insights { receivables { asOf totals { currency openSales outstandingMinor overdueInstalments overdueMinor ageing { band instalments amountMinor } } } } }`,
  plotStock: `{ insights { plotStock { estate { name } available reserved allocated sold total } } }`,
  sellThrough: `{ insights { sellThrough(range: ${LAST_TWO_YEARS}) { start sold soldToDate plots rate } } }`,
};

export interface InsightTiming {
  name: string;
  ms: number;
  rows: string;
}

/** Every insight's median time over RUNS asks, after one untimed. */
export async function timeInsights(): Promise<{ timings: InsightTiming[]; where: string }> {
  const db = await openDatabase();
  const runtime = createRuntime({ ...loadConfig({ AUTH_SECRET }), logRequests: false }, db.appUrl, AUTH_SECRET);
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  try {
    await owner.connect();
    const yoga = createServer(runtime);
    const ask = async (query: string, token?: string) => {
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors).slice(0, 300));
      return body.data;
    };
    const { createCompany } = await ask(
      `mutation { createCompany(input: { name: "Bench Insights", prefix: "${PREFIX}", admin: { email: "admin@insights.bench.example", fullName: "Bench Admin", password: "bench-password" } }) { token company { id } } }`,
    );
    const {
      rows: [company],
    } = await owner.query<{ id: string }>('SELECT "id"::text AS id FROM "Company" WHERE "prefix" = $1', [PREFIX]);
    const payments = await generate(owner, company.id);
    const rows = `${CLIENTS / 1000}k clients, ${MARKETERS} marketers, ${SALES / 1000}k sales, ${payments} payments`;
    const timings: InsightTiming[] = [];
    for (const [name, query] of Object.entries(INSIGHTS)) {
      await ask(query, createCompany.token);
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const began = performance.now();
        await ask(query, createCompany.token);
        times.push(performance.now() - began);
      }
      times.sort((x, y) => x - y);
      timings.push({ name: `insights: ${name}`, ms: times[Math.floor(RUNS / 2)], rows });
    }
    // The whole client list as a spreadsheet, read to its end as a browser would, with the
    // process's peak RSS while it streamed (sampled every 50 ms; server and reader share it).
    for (const format of ['csv', 'xlsx']) {
      const rss = { before: process.memoryUsage().rss, peak: 0 };
      const sampler = setInterval(() => {
        rss.peak = Math.max(rss.peak, process.memoryUsage().rss);
      }, 50);
      const began = performance.now();
      const response = await yoga.fetch(`http://bench/exports/clients.${format}`, {
        headers: { authorization: `Bearer ${createCompany.token}` },
      });
      if (response.status !== 200) throw new Error(`export ${format}: ${response.status} ${await response.text()}`);
      let bytes = 0;
      const reader = response.body!.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.length;
      const ms = performance.now() - began;
      clearInterval(sampler);
      const mb = (n: number) => (n / 2 ** 20).toFixed(0);
      timings.push({
        name: `export: clients.${format} (${response.headers.get('x-total-count')} rows, ${mb(bytes)} MB, RSS ${mb(rss.before)} → peak ${mb(rss.peak)} MB)`,
        ms,
        rows,
      });
    }
    return { timings, where: db.where };
  } finally {
    await owner.end().catch(() => {});
    await runtime.close();
    await db.close();
  }
}

/** The headline for `npm run bench`: the marketer leaderboard over 100k clients and 20k sales, median of RUNS. */
export async function benchInsights(): Promise<InsightTiming> {
  const { timings } = await timeInsights();
  return timings[0];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { timings, where } = await timeInsights();
  console.log(
    `estate-api insights benchmark (${where}): each insight through Yoga, median of ${RUNS}, over ${timings[0].rows}`,
  );
  for (const t of timings) console.log(`  ${t.name.padEnd(34)} ${t.ms.toFixed(1).padStart(8)} ms`);
}
