// Lists ranked by money: what each client owes (receivables by client) and what each marketer is
// owed in commission. Each is ONE SQL statement over the rows the viewer may see, ordered in
// PostgreSQL (sort keys Prisma cannot express: sums as of a day), paged by offset, and streamed
// whole by the exports from the same statement.
import { Prisma } from '../../generated/prisma/client.ts';
import { aliasCounter, whereSql } from '../../db/where-sql.ts';
import { marketerRecords, VISIBLE } from '../../policy/visibility.ts';
import type { Viewer } from '../../policy/roles.ts';
import { isoDate } from '../../shared/dates.ts';
import { badInput } from '../../shared/errors.ts';
import * as valid from '../../shared/validation.ts';
import type { Session } from '../../runtime/session.ts';

type Direction = 'ASC' | 'DESC';
export interface RankAsked<F extends string> {
  field: F;
  direction: Direction;
}

/** A ranked list: the statement of every row in order, and the statement that counts them. */
export interface Ranked {
  rows: Prisma.Sql;
  count: Prisma.Sql;
}

/** ORDER BY items for the keys asked (output columns named in `columns`, never input text), then `tie`. */
const orderBy = <F extends string>(asked: readonly RankAsked<F>[], columns: Record<F, string>, tie: string) =>
  Prisma.raw(
    [...asked.map((o) => `${columns[o.field]} ${o.direction === 'DESC' ? 'DESC' : 'ASC'} NULLS LAST`), tie].join(', '),
  );

/** One page of a ranked list (offset paging: the ranking is computed whole each time). */
export async function rankedPage<T>(
  { db }: Session,
  ranked: Ranked,
  page: { offset: number; limit: number },
): Promise<T[]> {
  return db.$queryRaw<T[]>`${ranked.rows} OFFSET ${page.offset} LIMIT ${page.limit}`;
}

export async function rankedCount({ db }: Session, ranked: Ranked): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`${ranked.count}`;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Receivables by client

export const CLIENT_RECEIVABLE_FIELDS = ['OUTSTANDING', 'OVERDUE', 'DAYS_OVERDUE', 'NAME', 'UID'] as const;
export type ClientReceivableField = (typeof CLIENT_RECEIVABLE_FIELDS)[number];

export interface ClientReceivablesFilter {
  currency?: string | null;
  /** Clients of this marketer now. */
  marketerId?: string | null;
  /** true: only clients with something overdue; false: only those with nothing overdue. */
  overdue?: boolean | null;
}

export interface ClientReceivablesInput {
  /** The day reckoned for; today in the company's time zone when omitted. */
  asOf?: Date | null;
  filter?: ClientReceivablesFilter | null;
  orderBy?: readonly RankAsked<ClientReceivableField>[] | null;
}

/** A client's balance in one currency on the day asked: a row of the ranked statement. */
export interface ClientReceivableRow {
  clientId: string;
  uid: string;
  fullName: string;
  currency: string;
  openSales: number;
  outstandingMinor: bigint;
  overdueInstalments: number;
  overdueMinor: bigint;
  oldestOverdue: Date | null;
  daysOverdue: number | null;
  /** The overdue instalments in each age band (1–30, 31–60, 61–90, over 90 days): how many, and what is unpaid. */
  ageing: { instalments: number; amountMinor: bigint }[];
}

const RECEIVABLE_COLUMNS: Record<ClientReceivableField, string> = {
  OUTSTANDING: '"outstandingMinor"',
  OVERDUE: '"overdueMinor"',
  DAYS_OVERDUE: '"daysOverdue"',
  NAME: 'lower("fullName")',
  UID: 'seq',
};

export const DEFAULT_RECEIVABLES_ORDER = [{ field: 'OUTSTANDING', direction: 'DESC' }] as const;

/**
 * Per client and currency, what is owed on `asOf` (sales sold by then, payments dated by then):
 * open sales, the outstanding balance, the overdue instalments (payments applied in due order,
 * as in the ledger and insights.receivables), the oldest overdue due date and the ageing bands.
 * Clients who owe nothing are left out; rows are grouped by currency, then ranked as asked.
 */
export function clientReceivables(viewer: Viewer, input: ClientReceivablesInput): Ranked {
  const company = Prisma.sql`${viewer.companyId}::uuid`;
  const f = input.filter ?? {};
  const currency = f.currency == null ? null : valid.currency('filter.currency', f.currency);
  const asked = input.orderBy?.length ? input.orderBy : DEFAULT_RECEIVABLES_ORDER;
  const visible = whereSql('Sale', VISIBLE.Sale(viewer), 's', aliasCounter('vs'));
  const band = (low: number, high: number) =>
    Prisma.sql`count(*) FILTER (WHERE age BETWEEN ${low} AND ${high}) || ':' || coalesce(sum(outstanding) FILTER (WHERE age BETWEEN ${low} AND ${high}), 0)`;
  const overdueOnly =
    f.overdue == null
      ? Prisma.empty
      : f.overdue
        ? Prisma.sql`AND "overdueMinor" > 0`
        : Prisma.sql`AND "overdueMinor" = 0`;
  const rows = Prisma.sql`
    WITH zone AS (SELECT "timeZone" AS name FROM "Company" WHERE "id" = ${company}),
    today AS (SELECT coalesce(${input.asOf ? isoDate(input.asOf) : null}::date, (now() AT TIME ZONE zone.name)::date) AS d FROM zone),
    sold AS (
      SELECT s."id", s."clientId", s."currency", s."priceMinor" FROM "Sale" s, today
      WHERE s."companyId" = ${company} AND s."soldOn" <= today.d AND ${visible}
        ${currency ? Prisma.sql`AND s."currency" = ${currency}` : Prisma.empty}
    ),
    paid AS (
      SELECT p."saleId", sum(CASE p."kind" WHEN 'PAYMENT' THEN p."amountMinor" ELSE -p."amountMinor" END) AS minor
      FROM "Payment" p, today WHERE p."companyId" = ${company} AND p."date" <= today.d AND p."saleId" IN (SELECT "id" FROM sold)
      GROUP BY p."saleId"
    ),
    balances AS (SELECT sold.*, coalesce(paid.minor, 0) AS paid FROM sold LEFT JOIN paid ON paid."saleId" = sold."id"),
    instalments AS (
      SELECT b."clientId", b."currency", i."dueDate", today.d - i."dueDate" AS age,
             i."amountMinor" - least(i."amountMinor", greatest(0, b.paid - (sum(i."amountMinor") OVER (PARTITION BY i."saleId" ORDER BY i."seq") - i."amountMinor"))) AS outstanding
      FROM balances b JOIN "Instalment" i ON i."companyId" = ${company} AND i."saleId" = b."id", today
    ),
    overdue AS (
      SELECT "clientId", "currency", count(*)::int AS n, sum(outstanding) AS amount, min("dueDate") AS oldest,
             ARRAY[${band(1, 30)}, ${band(31, 60)}, ${band(61, 90)}, ${band(91, 2147483647)}]::text[] AS bands
      FROM instalments WHERE age > 0 AND outstanding > 0 GROUP BY "clientId", "currency"
    ),
    per_client AS (
      SELECT "clientId", "currency", count(*) FILTER (WHERE "priceMinor" > paid)::int AS open, sum("priceMinor" - paid) AS outstanding
      FROM balances GROUP BY "clientId", "currency"
    ),
    ranked AS (
      SELECT c."id"::text AS "clientId", c."uid", c."seq", c."fullName", pc."currency", pc.open AS "openSales",
             pc.outstanding::bigint AS "outstandingMinor", coalesce(o.n, 0) AS "overdueInstalments",
             coalesce(o.amount, 0)::bigint AS "overdueMinor", o.oldest AS "oldestOverdue",
             (today.d - o.oldest)::int AS "daysOverdue", coalesce(o.bands, ARRAY['0:0','0:0','0:0','0:0']) AS ageing
      FROM per_client pc
      JOIN "Client" c ON c."companyId" = ${company} AND c."id" = pc."clientId"
      LEFT JOIN overdue o ON o."clientId" = pc."clientId" AND o."currency" = pc."currency"
      CROSS JOIN today
      WHERE pc.outstanding > 0 ${f.marketerId ? Prisma.sql`AND c."marketerId" = ${f.marketerId}::uuid` : Prisma.empty}
    )`;
  return {
    rows: Prisma.sql`${rows}
      SELECT "clientId", "uid", "fullName", "currency", "openSales", "outstandingMinor", "overdueInstalments", "overdueMinor",
             "oldestOverdue", "daysOverdue", ageing
      FROM ranked WHERE TRUE ${overdueOnly}
      ORDER BY "currency", ${orderBy(asked, RECEIVABLE_COLUMNS, '"clientId"')}`,
    count: Prisma.sql`${rows} SELECT count(*)::int AS n FROM ranked WHERE TRUE ${overdueOnly}`,
  };
}

/** A row as PostgreSQL returns it (each ageing band as "count:amount"). */
export const clientReceivableRow = (row: Omit<ClientReceivableRow, 'ageing'> & { ageing: string[] }) => ({
  ...row,
  ageing: row.ageing.map((band) => {
    const [n, amount] = band.split(':');
    return { instalments: Number(n), amountMinor: BigInt(amount) };
  }),
});

// ---------------------------------------------------------------------------------------------
// Commission balances

export const COMMISSION_BALANCE_FIELDS = ['BALANCE', 'ACCRUED', 'PAID_OUT', 'NAME', 'UID'] as const;
export type CommissionBalanceField = (typeof COMMISSION_BALANCE_FIELDS)[number];
const MONEY_KEYS: readonly CommissionBalanceField[] = ['BALANCE', 'ACCRUED', 'PAID_OUT'];

export interface CommissionBalancesFilter {
  /** Marketers in any of these states; all (archived too) when omitted. */
  status?: readonly ('ACTIVE' | 'ARCHIVED')[] | null;
  /** true: only marketers owed something in `currency` (or any currency without one). */
  owed?: boolean | null;
}

export interface CommissionBalancesInput {
  /** The currency money keys rank by (required with them), and the one `owed` looks at. */
  currency?: string | null;
  filter?: CommissionBalancesFilter | null;
  orderBy?: readonly RankAsked<CommissionBalanceField>[] | null;
}

export interface CommissionBalanceRow {
  marketerId: string;
  uid: string;
  fullName: string;
  status: 'ACTIVE' | 'ARCHIVED';
  balances: { currency: string; accruedMinor: bigint; paidOutMinor: bigint; balanceMinor: bigint }[];
}

const COMMISSION_COLUMNS: Record<CommissionBalanceField, string> = {
  BALANCE: 'balance_in',
  ACCRUED: 'accrued_in',
  PAID_OUT: 'paid_in',
  NAME: 'lower("fullName")',
  UID: 'seq',
};

/**
 * Every marketer the viewer may see the records of (staff: all, archived included; a marketer:
 * themself) with their commission per currency: accrued less what reversals took back, paid out,
 * and the balance owed. Ranked as asked (money keys in `currency`), the UID when not.
 */
export function commissionBalanceList(viewer: Viewer, input: CommissionBalancesInput): Ranked {
  const company = Prisma.sql`${viewer.companyId}::uuid`;
  const asked = input.orderBy?.length ? input.orderBy : [{ field: 'UID', direction: 'ASC' } as const];
  if (asked.some((o) => MONEY_KEYS.includes(o.field)) && input.currency == null)
    throw badInput(
      'currency',
      'Name the currency to rank money by: amounts in different currencies are never added up.',
    );
  const currency = input.currency == null ? null : valid.currency('currency', input.currency);
  const f = input.filter ?? {};
  const status = f.status?.length ? [...f.status] : ['ACTIVE', 'ARCHIVED'];
  const owed =
    f.owed == null
      ? Prisma.empty
      : Prisma.sql`AND ${f.owed ? Prisma.empty : Prisma.sql`NOT`} (${currency ? Prisma.sql`balance_in > 0` : Prisma.sql`owed_any`})`;
  const rows = Prisma.sql`
    WITH accrued AS (
      SELECT "marketerId", "currency", sum("amountMinor") AS minor FROM "CommissionAccrual"
      WHERE "companyId" = ${company} GROUP BY "marketerId", "currency"
    ),
    paid AS (
      SELECT "marketerId", "currency", sum("amountMinor") AS minor FROM "CommissionPayout"
      WHERE "companyId" = ${company} GROUP BY "marketerId", "currency"
    ),
    per_currency AS (
      SELECT "marketerId", "currency", coalesce(a.minor, 0) AS accrued, coalesce(p.minor, 0) AS paid
      FROM accrued a FULL JOIN paid p USING ("marketerId", "currency")
    ),
    ranked AS (
      SELECT m."id"::text AS "marketerId", m."uid", m."seq", m."fullName", m."status"::text AS status,
             coalesce(jsonb_agg(jsonb_build_object('currency', pc."currency", 'accrued', pc.accrued::text, 'paid', pc.paid::text)
                                ORDER BY pc."currency") FILTER (WHERE pc."currency" IS NOT NULL), '[]'::jsonb) AS balances,
             coalesce(sum(pc.accrued - pc.paid) FILTER (WHERE pc."currency" = ${currency}), 0) AS balance_in,
             coalesce(sum(pc.accrued) FILTER (WHERE pc."currency" = ${currency}), 0) AS accrued_in,
             coalesce(sum(pc.paid) FILTER (WHERE pc."currency" = ${currency}), 0) AS paid_in,
             coalesce(bool_or(pc.accrued - pc.paid > 0), false) AS owed_any
      FROM "Marketer" m LEFT JOIN per_currency pc ON pc."marketerId" = m."id"
      WHERE m."companyId" = ${company} AND m."status"::text = ANY(${status}::text[])
        AND ${whereSql('Marketer', marketerRecords(viewer), 'm', aliasCounter('vm'))}
      GROUP BY m."id", m."uid", m."seq", m."fullName", m."status"
    )`;
  return {
    rows: Prisma.sql`${rows}
      SELECT "marketerId", "uid", "fullName", status, balances FROM ranked WHERE TRUE ${owed}
      ORDER BY ${orderBy(asked, COMMISSION_COLUMNS, '"marketerId"')}`,
    count: Prisma.sql`${rows} SELECT count(*)::int AS n FROM ranked WHERE TRUE ${owed}`,
  };
}

/** A row as PostgreSQL returns it, with amounts as bigints. */
export const commissionBalanceRow = (
  row: Omit<CommissionBalanceRow, 'balances'> & { balances: { currency: string; accrued: string; paid: string }[] },
): CommissionBalanceRow => ({
  ...row,
  balances: row.balances.map((b) => ({
    currency: b.currency,
    accruedMinor: BigInt(b.accrued),
    paidOutMinor: BigInt(b.paid),
    balanceMinor: BigInt(b.accrued) - BigInt(b.paid),
  })),
});
