// Insights: the figures analysts ask of the company, each computed by ONE grouped SQL statement
// in PostgreSQL (never by loading rows into Node), over the rows the viewer may see (staff: the
// company; a marketer: their own clients). Time buckets are days, weeks (from Monday), months,
// quarters and years: of the company's time zone for instants (registrations), and of the
// calendar for dates (sale and payment dates, which have no time zone). Money is totalled per
// currency, never across currencies.
import { Prisma } from '../../generated/prisma/client.ts';
import type { EstateStatus } from '../../generated/prisma/client.ts';
import { aliasCounter, whereSql } from '../../db/where-sql.ts';
import { marketerRecords, VISIBLE } from '../../policy/visibility.ts';
import type { Viewer } from '../../policy/roles.ts';
import { badInput } from '../../shared/errors.ts';
import { isoDate } from '../../shared/dates.ts';
import * as valid from '../../shared/validation.ts';
import type { Session } from '../../runtime/session.ts';
import { type DatesAsked, datesAsked } from '../companies/service.ts';

export const BUCKETS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type Bucket = (typeof BUCKETS)[number];
export const MAX_BUCKETS = 1000;
export const MAX_LEADERBOARD = 100;

const UNIT: Record<Bucket, { unit: string; step: string }> = {
  DAY: { unit: 'day', step: '1 day' },
  WEEK: { unit: 'week', step: '1 week' },
  MONTH: { unit: 'month', step: '1 month' },
  QUARTER: { unit: 'quarter', step: '3 months' },
  YEAR: { unit: 'year', step: '1 year' },
};

/** Calendar dates, both included; without a bucket, the whole range is one bucket starting on `from`. */
export interface Range {
  from: Date;
  to: Date;
  bucket?: Bucket | null;
}

/** A range as asked: `from` and `to`, or a period relative to the company's today. */
export interface RangeAsked extends DatesAsked {
  bucket?: Bucket | null;
}

/** The range asked for, in order and of at most MAX_BUCKETS buckets (BAD_USER_INPUT naming the part at fault). */
export async function rangeAsked(session: Session, asked: RangeAsked, field = 'range'): Promise<Range> {
  return checkRange({ ...(await datesAsked(session, asked, field)), bucket: asked.bucket }, field);
}

/** How many buckets a range spans (the first and last may be partial). */
export function bucketCount({ from, to, bucket }: Range): number {
  const days = Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  switch (bucket) {
    case 'DAY':
      return days;
    case 'WEEK':
      return Math.ceil(days / 7) + 1;
    case 'MONTH':
      return months;
    case 'QUARTER':
      return Math.ceil(months / 3) + 1;
    case 'YEAR':
      return to.getUTCFullYear() - from.getUTCFullYear() + 1;
    default:
      return 1;
  }
}

/** A range in order and of at most MAX_BUCKETS buckets (BAD_USER_INPUT naming `field`.to or .bucket). */
function checkRange(range: Range, field = 'range'): Range {
  if (range.to < range.from)
    throw badInput(`${field}.to`, 'The range ends before it starts: `to` is on or after `from`.');
  if (bucketCount(range) > MAX_BUCKETS)
    throw badInput(
      `${field}.bucket`,
      `This range has more than ${MAX_BUCKETS} buckets: use a larger bucket or a shorter range.`,
    );
  return range;
}

const day = (date: Date) => Prisma.sql`${isoDate(date)}::date`;

/** The bucket a local `timestamp` expression falls in, as the date the bucket starts on. */
function bucketOf(range: Range, timestamp: Prisma.Sql): Prisma.Sql {
  return range.bucket ? Prisma.sql`date_trunc(${UNIT[range.bucket].unit}, ${timestamp})::date` : day(range.from);
}

/** Every bucket of the range, oldest first, as rows of `start` (the first may start before `from`). */
function buckets(range: Range): Prisma.Sql {
  if (!range.bucket) return Prisma.sql`SELECT ${day(range.from)} AS start`;
  const { unit, step } = UNIT[range.bucket];
  return Prisma.sql`SELECT generate_series(date_trunc(${unit}, ${day(range.from)}::timestamp), ${day(range.to)}::timestamp, ${step}::interval)::date AS start`;
}

/** The company's time zone, for the statement's own WITH (instants are bucketed in it). */
const companyZone = (viewer: Viewer) =>
  Prisma.sql`zone AS (SELECT "timeZone" AS name FROM "Company" WHERE "id" = ${viewer.companyId}::uuid)`;

// ---------------------------------------------------------------------------------------------
// Registrations

export interface RegistrationsBucket {
  start: Date;
  clients: number;
  marketers: number;
}

/** Clients and marketers registered per bucket (by when they were registered, in the company's time zone). */
export async function registrations(session: Session, input: RangeAsked): Promise<RegistrationsBucket[]> {
  const { db, viewer } = session;
  const range = await rangeAsked(session, input);
  const company = Prisma.sql`${viewer.companyId}::uuid`;
  const local = (alias: string) => bucketOf(range, Prisma.sql`${Prisma.raw(alias)}."createdAt" AT TIME ZONE zone.name`);
  // Local midnight at the start of `from` and after `to`, as instants.
  const inRange = (alias: string) =>
    Prisma.sql`${Prisma.raw(alias)}."createdAt" >= ${day(range.from)}::timestamp AT TIME ZONE zone.name AND ${Prisma.raw(alias)}."createdAt" < (${day(range.to)} + 1)::timestamp AT TIME ZONE zone.name`;
  return db.$queryRaw<RegistrationsBucket[]>`
    WITH ${companyZone(viewer)},
    registered AS (
      SELECT ${local('c')} AS start, 1 AS clients, 0 AS marketers FROM "Client" c, zone
      WHERE c."companyId" = ${company} AND ${inRange('c')} AND ${whereSql('Client', VISIBLE.Client(viewer), 'c', aliasCounter('vc'))}
      UNION ALL
      SELECT ${local('m')}, 0, 1 FROM "Marketer" m, zone
      WHERE m."companyId" = ${company} AND ${inRange('m')} AND ${whereSql('Marketer', marketerRecords(viewer), 'm', aliasCounter('vm'))}
    ),
    counted AS (SELECT start, sum(clients) AS clients, sum(marketers) AS marketers FROM registered GROUP BY start)
    SELECT b.start, coalesce(n.clients, 0)::int AS clients, coalesce(n.marketers, 0)::int AS marketers
    FROM (${buckets(range)}) b LEFT JOIN counted n ON n.start = b.start
    ORDER BY b.start`;
}

// ---------------------------------------------------------------------------------------------
// Sales and payments over time, with an optional breakdown

export type Grouping = 'ESTATE' | 'MARKETER' | 'PLOT_SIZE' | 'METHOD';

export interface Money {
  currency: string;
  amountMinor: bigint;
}

/** A breakdown's group: a record (typename and id) with its name, or a payment method (no id). */
export interface Group {
  typename: 'Estate' | 'Marketer' | 'PlotSize' | 'Client' | null;
  id: string | null;
  name: string;
  uid: string | null;
}

export interface SeriesGroup {
  group: Group;
  count: number;
  amounts: Money[];
}

export interface SeriesBucket {
  start: Date;
  count: number;
  amounts: Money[];
  /** Empty unless a grouping was asked for; groups with nothing in the bucket are left out. */
  groups: SeriesGroup[];
}

/** What a grouping adds to a statement over the sale `s` (and the payment `p`): joins and the group's columns. */
function grouping(viewer: Viewer, by: Grouping | null | undefined): { joins: Prisma.Sql; columns: Prisma.Sql } {
  const plot = Prisma.sql`JOIN "Plot" pl ON pl."companyId" = s."companyId" AND pl."id" = s."plotId"
    JOIN "Estate" e ON e."companyId" = pl."companyId" AND e."id" = pl."estateId"`;
  switch (by) {
    case 'ESTATE':
      return {
        joins: plot,
        columns: Prisma.sql`'Estate' AS gtype, e."id"::text AS gid, e."name" AS gname, NULL AS guid`,
      };
    case 'PLOT_SIZE':
      return {
        joins: Prisma.sql`${plot} JOIN "PlotSize" z ON z."companyId" = pl."companyId" AND z."id" = pl."plotSizeId"`,
        columns: Prisma.sql`'PlotSize' AS gtype, z."id"::text AS gid, e."name" || ' · ' || z."label" AS gname, NULL AS guid`,
      };
    case 'MARKETER': {
      // The marketer credited with the sale; one the viewer may not see is folded into one group.
      const seen = Prisma.sql`(m."id" IS NOT NULL AND ${whereSql('Marketer', marketerRecords(viewer), 'm', aliasCounter('vm'))})`;
      return {
        joins: Prisma.sql`LEFT JOIN "Marketer" m ON m."companyId" = s."companyId" AND m."id" = s."marketerId"`,
        columns: Prisma.sql`CASE WHEN ${seen} THEN 'Marketer' END AS gtype, CASE WHEN ${seen} THEN m."id"::text END AS gid,
          CASE WHEN ${seen} THEN m."fullName" WHEN m."id" IS NULL THEN 'No marketer' ELSE 'Another marketer' END AS gname,
          CASE WHEN ${seen} THEN m."uid" END AS guid`,
      };
    }
    case 'METHOD':
      // A reversal counts against the method of the payment it undoes.
      return {
        joins: Prisma.sql`LEFT JOIN "Payment" o ON o."companyId" = p."companyId" AND o."id" = p."reversesId"`,
        columns: Prisma.sql`NULL AS gtype, NULL AS gid, coalesce(p."method", o."method")::text AS gname, NULL AS guid`,
      };
    default:
      return { joins: Prisma.empty, columns: Prisma.sql`NULL AS gtype, NULL AS gid, NULL AS gname, NULL AS guid` };
  }
}

interface SeriesRow {
  start: Date;
  count: number;
  amounts: { currency: string; amountMinor: string }[];
  groups: {
    gtype: Group['typename'];
    gid: string | null;
    gname: string;
    guid: string | null;
    count: number;
    amounts: { currency: string; amountMinor: string }[];
  }[];
}

const money = (amounts: SeriesRow['amounts']): Money[] =>
  amounts.map((a) => ({ currency: a.currency, amountMinor: BigInt(a.amountMinor) }));

/**
 * Totals per bucket (and per group, when grouped) of `facts`: rows of (start, currency, counted,
 * amount, gtype, gid, gname, guid). GROUPING SETS totals each bucket and each group of it in one
 * pass; money stays per currency.
 */
async function series(db: Session['db'], range: Range, facts: Prisma.Sql, grouped: boolean): Promise<SeriesBucket[]> {
  // GROUPING() marks each bucket's total row (1) apart from its groups' rows (0); ungrouped facts
  // have NULL groups, so grouping by them is grouping by bucket alone.
  const sets = grouped
    ? Prisma.sql`(start, currency), (start, gtype, gid, gname, guid, currency)`
    : Prisma.sql`(start, gtype, gid, gname, guid, currency)`;
  const whole = grouped ? Prisma.sql`GROUPING(gname)` : Prisma.sql`1`;
  const rows = await db.$queryRaw<SeriesRow[]>`
    WITH facts AS (${facts}),
    per_currency AS (
      SELECT start, ${whole} AS whole, gtype, gid, gname, guid, currency, sum(counted) AS n, sum(amount) AS amount
      FROM facts GROUP BY GROUPING SETS (${sets})
    ),
    per_group AS (
      SELECT start, whole, gtype, gid, gname, guid, sum(n)::int AS n,
             jsonb_agg(jsonb_build_object('currency', currency, 'amountMinor', amount::text) ORDER BY currency) AS amounts
      FROM per_currency GROUP BY start, whole, gtype, gid, gname, guid
    )
    SELECT b.start, coalesce(t.n, 0) AS count, coalesce(t.amounts, '[]'::jsonb) AS amounts,
           coalesce((SELECT jsonb_agg(jsonb_build_object('gtype', g.gtype, 'gid', g.gid, 'gname', g.gname, 'guid', g.guid, 'count', g.n, 'amounts', g.amounts)
                                      ORDER BY g.n DESC, g.gname, g.gid)
                     FROM per_group g WHERE g.start = b.start AND g.whole = 0), '[]'::jsonb) AS groups
    FROM (${buckets(range)}) b LEFT JOIN per_group t ON t.start = b.start AND t.whole = 1
    ORDER BY b.start`;
  return rows.map((r) => ({
    start: r.start,
    count: r.count,
    amounts: money(r.amounts),
    groups: r.groups.map((g) => ({
      group: { typename: g.gtype, id: g.gid, name: g.gname ?? 'None', uid: g.guid },
      count: g.count,
      amounts: money(g.amounts),
    })),
  }));
}

/** The sale `s` is one the viewer may see. */
const visibleSale = (viewer: Viewer) => whereSql('Sale', VISIBLE.Sale(viewer), 's', aliasCounter('vs'));

/** Sales per bucket of their sale date: how many, and their prices per currency; by estate, marketer or plot size. */
export async function sales(session: Session, input: RangeAsked, by?: Grouping | null): Promise<SeriesBucket[]> {
  const { db, viewer } = session;
  const range = await rangeAsked(session, input);
  if (by === 'METHOD') throw badInput('by', 'Sales group by ESTATE, MARKETER or PLOT_SIZE.');
  const { joins, columns } = grouping(viewer, by);
  return series(
    db,
    range,
    Prisma.sql`
    SELECT ${bucketOf(range, Prisma.sql`s."soldOn"::timestamp`)} AS start, s."currency", 1 AS counted, s."priceMinor" AS amount, ${columns}
    FROM "Sale" s ${joins}
    WHERE s."companyId" = ${viewer.companyId}::uuid AND s."soldOn" BETWEEN ${day(range.from)} AND ${day(range.to)}
      AND ${visibleSale(viewer)}`,
    !!by,
  );
}

/**
 * Money received per bucket of the payment date: payments less reversals (a reversal in the
 * bucket of its own date), per currency; `count` is the payments (reversals are not counted).
 */
export async function payments(session: Session, input: RangeAsked, by?: Grouping | null): Promise<SeriesBucket[]> {
  const { db, viewer } = session;
  const range = await rangeAsked(session, input);
  const { joins, columns } = grouping(viewer, by);
  return series(
    db,
    range,
    Prisma.sql`
    SELECT ${bucketOf(range, Prisma.sql`p."date"::timestamp`)} AS start, p."currency", (p."kind" = 'PAYMENT')::int AS counted,
           CASE p."kind" WHEN 'PAYMENT' THEN p."amountMinor" ELSE -p."amountMinor" END AS amount, ${columns}
    FROM "Payment" p
    JOIN "Sale" s ON s."companyId" = p."companyId" AND s."id" = p."saleId" AND ${visibleSale(viewer)} ${joins}
    WHERE p."companyId" = ${viewer.companyId}::uuid AND p."date" BETWEEN ${day(range.from)} AND ${day(range.to)}`,
    !!by,
  );
}

// ---------------------------------------------------------------------------------------------
// Receivables

export const AGEING = ['DAYS_1_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90'] as const;
export type AgeingBand = (typeof AGEING)[number];

export interface ReceivablesTotal {
  currency: string;
  openSales: number;
  outstandingMinor: bigint;
  overdueInstalments: number;
  overdueMinor: bigint;
  ageing: { band: AgeingBand; instalments: number; amountMinor: bigint }[];
}

export interface Receivables {
  asOf: Date;
  totals: ReceivablesTotal[];
}

interface ReceivablesRow {
  asOf: Date;
  totals: {
    currency: string;
    open: number;
    outstanding: string;
    n: number;
    overdue: string;
    bands: { n: number; amount: string }[];
  }[];
}

/**
 * What is owed on `asOf` (default: today in the company's time zone), per currency: the balance of
 * sales sold by then less payments dated by then, and the instalments past due and unpaid, aged by
 * days past due. Payments apply to instalments in due order, as in the ledger.
 */
export async function receivables({ db, viewer }: Session, asOf?: Date | null): Promise<Receivables> {
  const company = Prisma.sql`${viewer.companyId}::uuid`;
  const band = (low: number, high: number) => Prisma.sql`jsonb_build_object(
    'n', count(*) FILTER (WHERE age BETWEEN ${low} AND ${high}),
    'amount', (coalesce(sum(outstanding) FILTER (WHERE age BETWEEN ${low} AND ${high}), 0))::text)`;
  const [row] = await db.$queryRaw<ReceivablesRow[]>`
    WITH ${companyZone(viewer)},
    today AS (SELECT coalesce(${asOf ? isoDate(asOf) : null}::date, (now() AT TIME ZONE zone.name)::date) AS d FROM zone),
    sold AS (
      SELECT s."id", s."currency", s."priceMinor" FROM "Sale" s, today
      WHERE s."companyId" = ${company} AND s."soldOn" <= today.d AND ${visibleSale(viewer)}
    ),
    paid AS (
      SELECT p."saleId", sum(CASE p."kind" WHEN 'PAYMENT' THEN p."amountMinor" ELSE -p."amountMinor" END) AS minor
      FROM "Payment" p, today WHERE p."companyId" = ${company} AND p."date" <= today.d AND p."saleId" IN (SELECT "id" FROM sold)
      GROUP BY p."saleId"
    ),
    balances AS (SELECT sold.*, coalesce(paid.minor, 0) AS paid FROM sold LEFT JOIN paid ON paid."saleId" = sold."id"),
    instalments AS (
      SELECT b."currency", today.d - i."dueDate" AS age,
             -- What the payments leave unpaid of this instalment once earlier ones are covered.
             i."amountMinor" - least(i."amountMinor", greatest(0, b.paid - (sum(i."amountMinor") OVER (PARTITION BY i."saleId" ORDER BY i."seq") - i."amountMinor"))) AS outstanding
      FROM balances b JOIN "Instalment" i ON i."companyId" = ${company} AND i."saleId" = b."id", today
    ),
    overdue AS (
      SELECT "currency", count(*)::int AS n, sum(outstanding) AS amount,
             jsonb_build_array(${band(1, 30)}, ${band(31, 60)}, ${band(61, 90)}, ${band(91, 2147483647)}) AS bands
      FROM instalments WHERE age > 0 AND outstanding > 0 GROUP BY "currency"
    ),
    per_currency AS (
      SELECT "currency", count(*) FILTER (WHERE "priceMinor" > paid)::int AS open, sum("priceMinor" - paid) AS outstanding
      FROM balances GROUP BY "currency"
    )
    SELECT today.d AS "asOf",
           coalesce((SELECT jsonb_agg(jsonb_build_object('currency', c."currency", 'open', c.open, 'outstanding', c.outstanding::text,
                                                         'n', coalesce(o.n, 0), 'overdue', coalesce(o.amount, 0)::text, 'bands', o.bands) ORDER BY c."currency")
                     FROM per_currency c LEFT JOIN overdue o ON o."currency" = c."currency"), '[]'::jsonb) AS totals
    FROM today`;
  return {
    asOf: row.asOf,
    totals: row.totals.map((t) => ({
      currency: t.currency,
      openSales: t.open,
      outstandingMinor: BigInt(t.outstanding),
      overdueInstalments: t.n,
      overdueMinor: BigInt(t.overdue),
      ageing: AGEING.map((band, i) => ({
        band,
        instalments: t.bands?.[i].n ?? 0,
        amountMinor: BigInt(t.bands?.[i].amount ?? 0),
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Plots

export interface PlotStock {
  estate: Group;
  available: number;
  reserved: number;
  /** Allocated and not sold. */
  allocated: number;
  sold: number;
  total: number;
}

/**
 * Plots per estate by state, a sold plot (one with a sale) apart from the allocated ones. The
 * whole company's, as every signed-in person already sees in Estate.availability.
 */
export async function plotStock({ db, viewer }: Session, status: readonly EstateStatus[]): Promise<PlotStock[]> {
  const rows = await db.$queryRaw<(Omit<PlotStock, 'estate'> & { id: string; name: string })[]>`
    SELECT e."id"::text AS id, e."name",
           count(pl."id") FILTER (WHERE pl."status" = 'AVAILABLE')::int AS available,
           count(pl."id") FILTER (WHERE pl."status" = 'RESERVED')::int AS reserved,
           count(pl."id") FILTER (WHERE pl."status" = 'ALLOCATED' AND s."id" IS NULL)::int AS allocated,
           count(s."id")::int AS sold, count(pl."id")::int AS total
    FROM "Estate" e
    LEFT JOIN "Plot" pl ON pl."companyId" = e."companyId" AND pl."estateId" = e."id"
    LEFT JOIN "Sale" s ON s."companyId" = pl."companyId" AND s."plotId" = pl."id"
    WHERE e."companyId" = ${viewer.companyId}::uuid AND e."status"::text = ANY(${[...status]}::text[])
    GROUP BY e."id", e."name" ORDER BY e."name", e."id"`;
  return rows.map(({ id, name, ...counts }) => ({ estate: { typename: 'Estate', id, name, uid: null }, ...counts }));
}

export interface SellThroughBucket {
  start: Date;
  sold: number;
  soldToDate: number;
  plots: number;
}

/**
 * Plots sold per bucket of the sale date, the running total sold by the end of each bucket (sales
 * before the range included), and the plots there are now (in one estate, or all). A marketer
 * counts the sales of their own clients against every plot.
 */
export async function sellThrough(
  session: Session,
  input: RangeAsked,
  estateId?: string | null,
): Promise<SellThroughBucket[]> {
  const { db, viewer } = session;
  const range = await rangeAsked(session, input);
  const company = Prisma.sql`${viewer.companyId}::uuid`;
  const inEstate = (alias: string) =>
    estateId ? Prisma.sql`AND ${Prisma.raw(alias)}."estateId" = ${estateId}::uuid` : Prisma.empty;
  return db.$queryRaw<SellThroughBucket[]>`
    WITH plots AS (SELECT count(*)::int AS n FROM "Plot" pl WHERE pl."companyId" = ${company} ${inEstate('pl')}),
    sold AS (
      SELECT s."soldOn" FROM "Sale" s
      JOIN "Plot" pl ON pl."companyId" = s."companyId" AND pl."id" = s."plotId" ${inEstate('pl')}
      WHERE s."companyId" = ${company} AND s."soldOn" <= ${day(range.to)} AND ${visibleSale(viewer)}
    ),
    earlier AS (SELECT count(*) AS n FROM sold WHERE "soldOn" < ${day(range.from)}),
    per_bucket AS (SELECT ${bucketOf(range, Prisma.sql`"soldOn"::timestamp`)} AS start, count(*) AS n FROM sold WHERE "soldOn" >= ${day(range.from)} GROUP BY 1)
    SELECT b.start, coalesce(pb.n, 0)::int AS sold, (earlier.n + sum(coalesce(pb.n, 0)) OVER (ORDER BY b.start))::int AS "soldToDate", plots.n AS plots
    FROM (${buckets(range)}) b LEFT JOIN per_bucket pb ON pb.start = b.start CROSS JOIN earlier CROSS JOIN plots
    ORDER BY b.start`;
}

// ---------------------------------------------------------------------------------------------
// Marketer leaderboard

export const LEADERBOARD_FIELDS = [
  'NAME',
  'UID',
  'CLIENTS',
  'SALES',
  'SALES_VALUE',
  'COLLECTED',
  'COMMISSION',
] as const;
export type LeaderboardField = (typeof LEADERBOARD_FIELDS)[number];
const MONEY_FIELDS: readonly LeaderboardField[] = ['SALES_VALUE', 'COLLECTED', 'COMMISSION'];

export interface LeaderboardEntry {
  marketer: Group;
  status: 'ACTIVE' | 'ARCHIVED';
  clients: number;
  sales: number;
  totals: { currency: string; salesValueMinor: bigint; collectedMinor: bigint; commissionMinor: bigint }[];
}

export interface LeaderboardInput {
  /** Calendar dates, both included, or a relative period; all time when omitted. */
  period?: DatesAsked | null;
  orderBy: readonly { field: LeaderboardField; direction: 'ASC' | 'DESC' }[];
  /** The currency money orderings rank by. */
  currency?: string | null;
  limit: number;
}

// Output columns of the leaderboard statement that an ordering may name (never input text).
const ORDER_COLUMN: Record<LeaderboardField, string> = {
  NAME: 'lower("fullName")',
  UID: 'seq',
  CLIENTS: 'clients',
  SALES: 'sales',
  SALES_VALUE: 'sold_in',
  COLLECTED: 'collected_in',
  COMMISSION: 'commission_in',
};

export const DEFAULT_LEADERBOARD_ORDER = [{ field: 'SALES', direction: 'DESC' }] as const;

interface LeaderboardRow {
  id: string;
  uid: string;
  fullName: string;
  status: 'ACTIVE' | 'ARCHIVED';
  clients: number;
  sales: number;
  totals: { currency: string; sold: string; collected: string; commission: string }[];
}

/**
 * Each marketer's clients (assigned now; registered in the period when one is given), sales
 * credited to them (sold in the period), money collected on those sales and commission accrued
 * (dated in the period), per currency, ordered as asked (the id last, so ties keep one order).
 * A marketer sees their own entry only.
 */
export async function leaderboard(session: Session, input: LeaderboardInput): Promise<LeaderboardEntry[]> {
  const { db, viewer } = session;
  const company = Prisma.sql`${viewer.companyId}::uuid`;
  const period = input.period ? checkRange(await datesAsked(session, input.period, 'period'), 'period') : null;
  if (!Number.isInteger(input.limit) || input.limit < 1 || input.limit > MAX_LEADERBOARD)
    throw badInput('limit', `limit is from 1 to ${MAX_LEADERBOARD}.`);
  const byMoney = input.orderBy.some((o) => MONEY_FIELDS.includes(o.field));
  if (byMoney && input.currency == null)
    throw badInput(
      'currency',
      'Name the currency to rank money by: amounts in different currencies are never added up.',
    );
  const currency = input.currency == null ? null : valid.currency('currency', input.currency);
  const within = (column: string) =>
    period ? Prisma.sql`AND ${Prisma.raw(column)} BETWEEN ${day(period.from)} AND ${day(period.to)}` : Prisma.empty;
  const registeredWithin = period
    ? Prisma.sql`AND c."createdAt" >= ${day(period.from)}::timestamp AT TIME ZONE zone.name AND c."createdAt" < (${day(period.to)} + 1)::timestamp AT TIME ZONE zone.name`
    : Prisma.empty;
  const order = input.orderBy.length ? input.orderBy : DEFAULT_LEADERBOARD_ORDER;
  const orderBy = Prisma.join(
    order.map((o) => Prisma.raw(`${ORDER_COLUMN[o.field]} ${o.direction === 'DESC' ? 'DESC' : 'ASC'}`)),
  );
  const signed = Prisma.sql`CASE p."kind" WHEN 'PAYMENT' THEN p."amountMinor" ELSE -p."amountMinor" END`;
  const rows = await db.$queryRaw<LeaderboardRow[]>`
    WITH ${companyZone(viewer)},
    board AS (SELECT m."id", m."uid", m."seq", m."fullName", m."status" FROM "Marketer" m WHERE m."companyId" = ${company} AND ${whereSql('Marketer', marketerRecords(viewer), 'm', aliasCounter('vm'))}),
    clients AS (
      SELECT c."marketerId" AS id, count(*)::int AS n FROM "Client" c, zone
      WHERE c."companyId" = ${company} AND c."marketerId" IN (SELECT "id" FROM board) ${registeredWithin} GROUP BY 1
    ),
    ledger AS (
      SELECT s."marketerId" AS id, s."currency", 1 AS sales, s."priceMinor" AS sold, 0 AS collected, 0 AS commission
      FROM "Sale" s WHERE s."companyId" = ${company} AND s."marketerId" IN (SELECT "id" FROM board) ${within('s."soldOn"')}
      UNION ALL
      SELECT s."marketerId", p."currency", 0, 0, ${signed}, 0
      FROM "Payment" p JOIN "Sale" s ON s."companyId" = p."companyId" AND s."id" = p."saleId"
      WHERE p."companyId" = ${company} AND s."marketerId" IN (SELECT "id" FROM board) ${within('p."date"')}
      UNION ALL
      SELECT a."marketerId", a."currency", 0, 0, 0, a."amountMinor"
      FROM "CommissionAccrual" a JOIN "Payment" p ON p."companyId" = a."companyId" AND p."id" = a."paymentId"
      WHERE a."companyId" = ${company} AND a."marketerId" IN (SELECT "id" FROM board) ${within('p."date"')}
    ),
    per_currency AS (
      SELECT id, "currency", sum(sales) AS sales, sum(sold) AS sold, sum(collected) AS collected, sum(commission) AS commission
      FROM ledger GROUP BY id, "currency"
    ),
    entries AS (
      SELECT b."id"::text AS id, b."uid", b."seq", b."fullName", b."status"::text AS status, coalesce(cl.n, 0) AS clients,
             coalesce(sum(pc.sales), 0)::int AS sales,
             coalesce(jsonb_agg(jsonb_build_object('currency', pc."currency", 'sold', pc.sold::text, 'collected', pc.collected::text, 'commission', pc.commission::text)
                                ORDER BY pc."currency") FILTER (WHERE pc."currency" IS NOT NULL), '[]'::jsonb) AS totals,
             coalesce(sum(pc.sold) FILTER (WHERE pc."currency" = ${currency}), 0) AS sold_in,
             coalesce(sum(pc.collected) FILTER (WHERE pc."currency" = ${currency}), 0) AS collected_in,
             coalesce(sum(pc.commission) FILTER (WHERE pc."currency" = ${currency}), 0) AS commission_in
      FROM board b LEFT JOIN clients cl ON cl.id = b."id" LEFT JOIN per_currency pc ON pc.id = b."id"
      GROUP BY b."id", b."uid", b."seq", b."fullName", b."status", cl.n
    )
    SELECT id, "uid", "fullName", status, clients, sales, totals FROM entries
    ORDER BY ${orderBy}, id
    LIMIT ${input.limit}`;
  return rows.map((r) => ({
    marketer: { typename: 'Marketer', id: r.id, name: r.fullName, uid: r.uid },
    status: r.status,
    clients: r.clients,
    sales: r.sales,
    totals: r.totals.map((t) => ({
      currency: t.currency,
      salesValueMinor: BigInt(t.sold),
      collectedMinor: BigInt(t.collected),
      commissionMinor: BigInt(t.commission),
    })),
  }));
}
