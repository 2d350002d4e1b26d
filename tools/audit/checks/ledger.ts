// The sales ledger's promises, recomputed from its rows: sale and receipt numbers run 1..N per
// company with no gap (ledger rows are never deleted), each sale's running paid total is its
// payments minus its reversals, each payment accrued the commission its sale's rate gives, and
// the app role can add ledger rows but never change or remove them.
import { LEDGER_TABLES, quoteIdent as q } from '../../../src/db/tables.ts';
import { formatUidSql, NUMBERED_DOCUMENTS } from '../../../src/modules/sequences/allocator.ts';
import type { Check, Finding } from '../report.ts';

export const ledgerNumbersCheck: Check = {
  name: 'ledger-numbers',
  description:
    "sale numbers and receipts run from 1 to the company's counter with no gap or repeat, each formatted from its company's prefix",
  async run({ query }) {
    const findings: Finding[] = [];
    let documents = 0;
    for (const { key, table, column } of NUMBERED_DOCUMENTS) {
      const t = q(table);
      const number = q(column);
      const counted = await query<{
        company: string;
        rows: number;
        distinct_seqs: number;
        distinct_numbers: number;
        highest: number | null;
        last: number | null;
        malformed: number;
        example: string | null;
      }>(`
        SELECT d."companyId"::text AS company, count(*)::int AS rows, count(DISTINCT d."seq")::int AS distinct_seqs,
               count(DISTINCT d.${number})::int AS distinct_numbers, max(d."seq") AS highest, max(s."lastValue") AS last,
               (count(*) FILTER (WHERE d.${number} IS DISTINCT FROM ${formatUidSql('c."prefix"', key, 'd."seq"')}))::int AS malformed,
               min(d.${number}) FILTER (WHERE d.${number} IS DISTINCT FROM ${formatUidSql('c."prefix"', key, 'd."seq"')}) AS example
        FROM ${t} d LEFT JOIN "Company" c ON c."id" = d."companyId"
        LEFT JOIN "CompanySequence" s ON s."companyId" = d."companyId" AND s."key" = '${key}'
        GROUP BY 1 ORDER BY 1`);
      // Runs of missing numbers between 1 and the counter, with 0 and lastValue + 1 as bounds.
      const gaps = await query<{ company: string; missing: number; first: number }>(`
        WITH s AS (
          SELECT "companyId", "seq" FROM ${t}
          UNION ALL SELECT "companyId", 0 FROM "CompanySequence" WHERE "key" = '${key}'
          UNION ALL SELECT "companyId", "lastValue" + 1 FROM "CompanySequence" WHERE "key" = '${key}'
        ), d AS (SELECT "companyId", "seq", lead("seq") OVER (PARTITION BY "companyId" ORDER BY "seq") AS next FROM s)
        SELECT "companyId"::text AS company, sum(next - "seq" - 1)::int AS missing, min("seq" + 1) AS first
        FROM d WHERE next > "seq" + 1 GROUP BY 1 ORDER BY 1`);
      const where = `${table}.${column}`;
      for (const r of counted) {
        documents += r.rows;
        if (r.distinct_seqs < r.rows)
          findings.push({
            companyId: r.company,
            where,
            problem: `${r.rows - r.distinct_seqs} numbers held twice`,
            count: r.rows - r.distinct_seqs,
          });
        else if (r.distinct_numbers < r.rows)
          findings.push({
            companyId: r.company,
            where,
            problem: `${r.rows - r.distinct_numbers} formatted numbers held twice`,
            count: r.rows - r.distinct_numbers,
          });
        if (r.malformed)
          findings.push({
            companyId: r.company,
            where,
            problem: `${r.malformed} not formatted from the company's prefix and number (e.g. "${r.example}")`,
            count: r.malformed,
          });
        if (r.last === null)
          findings.push({
            companyId: r.company,
            where,
            problem: `no ${key} counter, but numbers up to ${r.highest} are issued`,
          });
        else if (r.highest !== null && r.highest > r.last)
          findings.push({
            companyId: r.company,
            where,
            problem: `counter ${key} is ${r.last}, below the highest number ${r.highest}`,
          });
      }
      for (const g of gaps)
        findings.push({
          companyId: g.company,
          where,
          problem: `${g.missing} numbers issued but held by no row (first: ${g.first}); ledger rows are never deleted`,
          count: g.missing,
        });
    }
    return {
      summary: findings.length
        ? `${findings.length} numbering problems`
        : `${documents} sale and receipt numbers, gapless and unique per company`,
      findings,
    };
  },
};

export const ledgerBalancesCheck: Check = {
  name: 'ledger-balances',
  description:
    "each sale's paid total is its payments minus its reversals (never negative or above the price), its plan sums to the price, and each reversal undoes one payment of the same sale in full",
  async run({ query }) {
    const sales = await query<{
      company: string;
      number: string;
      price: string;
      paid: string;
      payments: string;
      planned: string | null;
      next: string | null;
      expected_next: string | null;
      currencies: number;
    }>(`
      SELECT s."companyId"::text AS company, s."number", s."priceMinor"::text AS price, s."paidMinor"::text AS paid,
             coalesce((SELECT sum(CASE p."kind" WHEN 'PAYMENT' THEN p."amountMinor" ELSE -p."amountMinor" END)
                       FROM "Payment" p WHERE p."companyId" = s."companyId" AND p."saleId" = s."id"), 0)::text AS payments,
             (SELECT sum(i."amountMinor") FROM "Instalment" i WHERE i."companyId" = s."companyId" AND i."saleId" = s."id")::text AS planned,
             s."nextDueDate"::text AS next,
             (SELECT i."dueDate"::text FROM (
                SELECT "dueDate", sum("amountMinor") OVER (ORDER BY "seq") AS reached FROM "Instalment" i
                WHERE i."companyId" = s."companyId" AND i."saleId" = s."id") i
              WHERE i.reached > s."paidMinor" ORDER BY i."dueDate" LIMIT 1) AS expected_next,
             (SELECT count(*) FROM "Payment" p WHERE p."companyId" = s."companyId" AND p."saleId" = s."id" AND p."currency" <> s."currency")::int AS currencies
      FROM "Sale" s ORDER BY 1, s."seq"`);
    const findings: Finding[] = [];
    for (const s of sales) {
      const where = `Sale ${s.number}`;
      const problem = (text: string) => findings.push({ companyId: s.company, where, problem: text });
      if (s.paid !== s.payments)
        problem(`paid total ${s.paid}, but its payments minus reversals come to ${s.payments}`);
      if (BigInt(s.paid) < 0n || BigInt(s.paid) > BigInt(s.price))
        problem(`paid total ${s.paid} is outside 0..${s.price} (the price)`);
      if (s.planned !== s.price) problem(`its instalments sum to ${s.planned ?? 'nothing'}, not the price ${s.price}`);
      else if (s.next !== s.expected_next)
        problem(`next due date ${s.next ?? 'none'}, but its paid total leaves ${s.expected_next ?? 'none'} due next`);
      if (s.currencies) problem(`${s.currencies} payments in another currency than the sale's`);
    }
    const reversals = await query<{ company: string; receipt: string; problem: string }>(`
      SELECT r."companyId"::text AS company, r."receiptNumber" AS receipt,
             CASE WHEN o."id" IS NULL THEN 'reverses nothing'
                  WHEN o."kind" <> 'PAYMENT' THEN 'reverses a reversal'
                  WHEN o."saleId" <> r."saleId" THEN 'reverses a payment of another sale'
                  ELSE 'takes back ' || r."amountMinor" || ' of a payment of ' || o."amountMinor" END AS problem
      FROM "Payment" r LEFT JOIN "Payment" o ON o."companyId" = r."companyId" AND o."id" = r."reversesId"
      WHERE r."kind" = 'REVERSAL'
        AND (o."id" IS NULL OR o."kind" <> 'PAYMENT' OR o."saleId" <> r."saleId" OR o."amountMinor" <> r."amountMinor")
      ORDER BY 1, r."seq"`);
    for (const r of reversals)
      findings.push({ companyId: r.company, where: `Payment ${r.receipt}`, problem: r.problem });
    return {
      summary: findings.length
        ? `${findings.length} ledger balance problems`
        : `${sales.length} sales, each paid total equal to its payments minus reversals`,
      findings,
    };
  },
};

/** The rate a marketer earned on a date, as the rates table says: own, else default, else 0. */
const RATE_ON_SALE_DATE = `coalesce(
  (SELECT r."rateBp" FROM "CommissionRate" r WHERE r."companyId" = s."companyId" AND r."marketerId" = s."marketerId" AND r."effectiveFrom" <= s."soldOn" ORDER BY r."effectiveFrom" DESC LIMIT 1),
  (SELECT r."rateBp" FROM "CommissionRate" r WHERE r."companyId" = s."companyId" AND r."marketerId" IS NULL AND r."effectiveFrom" <= s."soldOn" ORDER BY r."effectiveFrom" DESC LIMIT 1),
  0)`;

export const commissionAccrualsCheck: Check = {
  name: 'commission-accruals',
  description:
    "each sale's commission rate is its marketer's rate on the sale date, and each payment (a reversal, negated) accrued exactly that share for that marketer",
  async run({ query }) {
    const rates = await query<{ company: string; number: string; recorded: number; expected: number }>(`
      SELECT s."companyId"::text AS company, s."number", s."commissionRateBp" AS recorded,
             CASE WHEN s."marketerId" IS NULL THEN 0 ELSE ${RATE_ON_SALE_DATE} END AS expected
      FROM "Sale" s ORDER BY 1, s."seq"`);
    const findings: Finding[] = [];
    for (const r of rates.filter((r) => r.recorded !== r.expected)) {
      findings.push({
        companyId: r.company,
        where: `Sale ${r.number}`,
        problem: `commission rate ${r.recorded} basis points, but the rates in force on its sale date give ${r.expected}`,
      });
    }
    const accruals = await query<{
      company: string;
      receipt: string;
      marketer: string | null;
      accrued_by: string | null;
      accrued: string | null;
      expected: string;
      currency_ok: boolean | null;
    }>(`
      SELECT p."companyId"::text AS company, p."receiptNumber" AS receipt, s."marketerId"::text AS marketer, a."marketerId"::text AS accrued_by,
             a."amountMinor"::text AS accrued,
             ((CASE p."kind" WHEN 'REVERSAL' THEN -1 ELSE 1 END) * ((p."amountMinor" * s."commissionRateBp") / 10000))::text AS expected,
             a."currency" = p."currency" AS currency_ok
      FROM "Payment" p JOIN "Sale" s ON s."companyId" = p."companyId" AND s."id" = p."saleId"
      LEFT JOIN "CommissionAccrual" a ON a."companyId" = p."companyId" AND a."paymentId" = p."id"
      ORDER BY 1, p."seq"`);
    for (const a of accruals) {
      const where = `Payment ${a.receipt}`;
      const problem =
        a.marketer === null
          ? a.accrued_by === null
            ? null
            : 'accrued commission, but its sale has no marketer'
          : a.accrued_by === null
            ? `accrued no commission, but its sale's marketer earns ${a.expected}`
            : a.accrued_by !== a.marketer
              ? "accrued commission for another marketer than its sale's"
              : a.accrued !== a.expected
                ? `accrued ${a.accrued}, but its amount at its sale's rate gives ${a.expected}`
                : !a.currency_ok
                  ? 'accrued commission in another currency than the payment'
                  : null;
      if (problem) findings.push({ companyId: a.company, where, problem });
    }
    return {
      summary: findings.length
        ? `${findings.length} commission problems`
        : `${rates.length} sales at their rates, ${accruals.length} payments accrued as their rates give`,
      findings,
    };
  },
};

/** A sale's running paid total: the only ledger columns the app role may change. */
const UPDATABLE = { Sale: ['paidMinor', 'nextDueDate'] } as Record<string, string[]>;

export const ledgerAppendOnlyCheck: Check = {
  name: 'ledger-append-only',
  description:
    "the app role may read and add ledger rows but not change or delete them (save a sale's running paid total)",
  async run({ query, appRole }) {
    const [role] = await query<{ oid: number }>('SELECT oid FROM pg_roles WHERE rolname = $1', [appRole]);
    if (!role)
      return {
        summary: `role ${appRole} does not exist`,
        findings: [{ where: appRole, problem: 'role does not exist' }],
      };
    const rows = await query<{ tbl: string; privilege: string; columns: string[] | null }>(
      `
      SELECT t.tbl, p.privilege,
             (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
              WHERE a.attrelid = to_regclass(quote_ident(t.tbl)) AND a.attnum > 0 AND NOT a.attisdropped
                AND has_column_privilege($1::oid, a.attrelid, a.attnum, 'UPDATE')) AS columns
      FROM unnest($2::text[]) t(tbl) CROSS JOIN unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE']) p(privilege)
      WHERE to_regclass(quote_ident(t.tbl)) IS NOT NULL
        AND (has_table_privilege($1::oid, quote_ident(t.tbl), p.privilege) OR p.privilege = 'UPDATE')
      ORDER BY 1, 2`,
      [role.oid, LEDGER_TABLES],
    );
    const findings: Finding[] = [];
    for (const r of rows) {
      if (r.privilege !== 'UPDATE') {
        findings.push({ where: r.tbl, problem: `${appRole} may ${r.privilege}` });
        continue;
      }
      const extra = (r.columns ?? []).filter((c) => !(UPDATABLE[r.tbl] ?? []).includes(c));
      if (extra.length) findings.push({ where: r.tbl, problem: `${appRole} may UPDATE ${extra.join(', ')}` });
    }
    return {
      summary: findings.length
        ? `${appRole} may change ledger rows: ${findings.length} problems`
        : `${LEDGER_TABLES.length} ledger tables: ${appRole} may only read and add`,
      findings,
    };
  },
};
