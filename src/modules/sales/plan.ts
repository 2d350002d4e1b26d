// Payment plans: how a sale's price splits into instalments, and each instalment's standing on a
// given day. Payments are applied to instalments in due order, so the standing follows from the
// sale's paid total alone and is never stored. Pure functions: no database.
import { Prisma } from '../../generated/prisma/client.ts';
import type { PaymentPlan } from '../../generated/prisma/client.ts';
import { badInput } from '../../shared/errors.ts';

const WHOLE = 10_000; // basis points in 100%
export const MAX_INSTALMENTS = 60;

/** The usual splits, in basis points of the price. */
const PRESETS: Record<Exclude<PaymentPlan, 'CUSTOM'>, readonly number[]> = {
  FULL: [WHOLE],
  SPLIT_50_30_20: [5000, 3000, 2000],
  SPLIT_60_20_20: [6000, 2000, 2000],
  SPLIT_40_30_30: [4000, 3000, 3000],
};

export interface PlanInput {
  plan: PaymentPlan;
  /** A preset's due dates, one per instalment (FULL: the sale date when omitted). */
  dueDates?: readonly Date[] | null;
  /** A CUSTOM plan's instalments, each with an amount or a percentage (not both). */
  instalments?: readonly { dueDate: Date; amountMinor?: bigint | null; percentBp?: number | null }[] | null;
}

export interface PlannedInstalment {
  seq: number;
  dueDate: Date;
  amountMinor: bigint;
  percentBp: number | null;
}

/**
 * Amounts for shares in basis points: each share's floor, and the rounding left over goes to the
 * last instalment, so the amounts sum to the price exactly.
 */
function splitByPercent(price: bigint, shares: readonly number[]): bigint[] {
  const amounts = shares.map((bp) => (price * BigInt(bp)) / BigInt(WHOLE));
  amounts[amounts.length - 1] += price - amounts.reduce((sum, a) => sum + a, 0n);
  return amounts;
}

function checkDueDates(field: string, dates: readonly Date[], soldOn: Date): void {
  dates.forEach((date, i) => {
    if (i === 0 && date < soldOn) throw badInput(field, 'The first instalment cannot be due before the sale date.');
    if (i > 0 && date <= dates[i - 1]) throw badInput(field, 'Due dates must be in order, one instalment per date.');
  });
}

/** The instalments of a plan for `price`, or BAD_USER_INPUT naming the part of the plan at fault. */
export function planInstalments(price: bigint, soldOn: Date, input: PlanInput): PlannedInstalment[] {
  if (input.plan === 'CUSTOM') return customInstalments(price, soldOn, input.instalments ?? []);
  if (input.instalments?.length)
    throw badInput('plan.instalments', 'Only a CUSTOM plan lists its instalments; a preset takes dueDates.');
  const shares = PRESETS[input.plan];
  const dueDates = input.plan === 'FULL' && !input.dueDates?.length ? [soldOn] : (input.dueDates ?? []);
  if (dueDates.length !== shares.length)
    throw badInput('plan.dueDates', `This plan has ${shares.length} instalment(s): give as many due dates.`);
  checkDueDates('plan.dueDates', dueDates, soldOn);
  const amounts = splitByPercent(price, shares);
  return shares.map((percentBp, i) => ({ seq: i + 1, dueDate: dueDates[i], amountMinor: amounts[i], percentBp }));
}

function customInstalments(
  price: bigint,
  soldOn: Date,
  given: NonNullable<PlanInput['instalments']>,
): PlannedInstalment[] {
  const field = 'plan.instalments';
  if (given.length < 1 || given.length > MAX_INSTALMENTS)
    throw badInput(field, `A custom plan has 1 to ${MAX_INSTALMENTS} instalments.`);
  const byAmount = given.every((i) => i.amountMinor != null && i.percentBp == null);
  const byPercent = given.every((i) => i.percentBp != null && i.amountMinor == null);
  if (!byAmount && !byPercent)
    throw badInput(field, 'Give every instalment an amount, or every instalment a percentage (not both).');
  checkDueDates(
    field,
    given.map((i) => i.dueDate),
    soldOn,
  );
  let amounts: bigint[];
  if (byAmount) {
    amounts = given.map((i) => i.amountMinor!);
    const total = amounts.reduce((sum, a) => sum + a, 0n);
    if (amounts.some((a) => a < 1n)) throw badInput(field, 'Every instalment is at least 1 minor unit.');
    if (total !== price)
      throw badInput(field, `The instalments sum to ${total} but the price is ${price} (minor units).`);
  } else {
    const shares = given.map((i) => i.percentBp!);
    const total = shares.reduce((sum, s) => sum + s, 0);
    if (shares.some((s) => !Number.isInteger(s) || s < 1))
      throw badInput(field, 'Every percentage is a whole number of basis points, at least 1.');
    if (total !== WHOLE) throw badInput(field, `The percentages sum to ${total} basis points, not 10000 (100%).`);
    amounts = splitByPercent(price, shares);
    if (amounts.some((a) => a < 1n))
      throw badInput(field, 'The price is too small for these percentages: an instalment would be 0.');
  }
  return given.map((i, n) => ({
    seq: n + 1,
    dueDate: i.dueDate,
    amountMinor: amounts[n],
    percentBp: i.percentBp ?? null,
  }));
}

export type InstalmentState = 'PAID' | 'PARTIAL' | 'DUE' | 'OVERDUE';

export interface InstalmentStanding extends PlannedInstalment {
  paidMinor: bigint;
  outstandingMinor: bigint;
  state: InstalmentState;
}

/** Each instalment's share of `paid` (applied in due order) and its state on `day`. */
export function standing(instalments: readonly PlannedInstalment[], paid: bigint, day: Date): InstalmentStanding[] {
  let left = paid;
  return [...instalments]
    .sort((x, y) => x.seq - y.seq)
    .map((i) => {
      // biome-ignore lint/complexity/useMathMinMax: bigints, which Math.min does not take
      const covered = left < i.amountMinor ? left : i.amountMinor;
      left -= covered;
      const outstandingMinor = i.amountMinor - covered;
      const state: InstalmentState =
        outstandingMinor === 0n ? 'PAID' : i.dueDate < day ? 'OVERDUE' : covered > 0n ? 'PARTIAL' : 'DUE';
      return {
        seq: i.seq,
        dueDate: i.dueDate,
        amountMinor: i.amountMinor,
        percentBp: i.percentBp,
        paidMinor: covered,
        outstandingMinor,
        state,
      };
    });
}

/** Due date of the first instalment `paid` does not cover in full; null when it covers them all. */
export function nextDueDate(instalments: readonly PlannedInstalment[], paid: bigint): Date | null {
  return standing(instalments, paid, new Date(0)).find((i) => i.outstandingMinor > 0n)?.dueDate ?? null;
}

export type SaleStatus = 'OPEN' | 'OVERDUE' | 'PAID';

/** From the sale's running columns: paid in full, an instalment past due, or neither. */
export function saleStatus(sale: { nextDueDate: Date | null }, day: Date): SaleStatus {
  if (!sale.nextDueDate) return 'PAID';
  return sale.nextDueDate < day ? 'OVERDUE' : 'OPEN';
}

/** The same rule as a filter on sales, for lists. */
export function saleStatusFilter(status: SaleStatus, day: Date) {
  if (status === 'PAID') return { nextDueDate: null };
  return status === 'OVERDUE' ? { nextDueDate: { lt: day } } : { nextDueDate: { gte: day } };
}

// The same rules in SQL, for the read planner, orderings and exports: a sale row's schedule,
// overdue amount and status exactly as standing() and saleStatus() give them, reckoned for the
// same today: the company's (the date now in its time zone, as companyToday() reads it).

/** The sale row's own company, or the constant a planned statement names (see inCompany). */
const companyOf = (sale: string) => Prisma.raw(`${sale}."companyId"`);

/**
 * The company's today, as a SQL date. Given the statement's company constant rather than the
 * row's column, PostgreSQL reads it once per statement (an InitPlan), not once per row.
 */
const companyTodaySql = (company: Prisma.Sql) =>
  Prisma.sql`(SELECT (now() AT TIME ZONE tz."timeZone")::date FROM "Company" tz WHERE tz."id" = ${company})`;

/** The fields of an Instalment that scheduleRowsSql gives, each a column of its rows. */
export const SCHEDULE_FIELDS = ['seq', 'dueDate', 'amountMinor', 'percentBp', 'paidMinor', 'outstandingMinor', 'state'];

/**
 * standing() of the sale row `sale`, as rows: one per instalment, in due order ("$o"), with a
 * column per Instalment field serialized as the API serializes it.
 */
export function scheduleRowsSql(sale: string, company: Prisma.Sql = companyOf(sale)): Prisma.Sql {
  const today = companyTodaySql(company);
  return Prisma.sql`SELECT i."seq" AS "$o", i."seq", to_char(i."dueDate", 'YYYY-MM-DD') AS "dueDate",
      i."amountMinor"::text AS "amountMinor", i."percentBp", i.covered::text AS "paidMinor",
      (i."amountMinor" - i.covered)::text AS "outstandingMinor",
      CASE WHEN i."amountMinor" = i.covered THEN 'PAID' WHEN i."dueDate" < ${today} THEN 'OVERDUE'
           WHEN i.covered > 0 THEN 'PARTIAL' ELSE 'DUE' END AS "state"
    FROM (${coveredSql(Prisma.raw(sale), company)}) i`;
}

/** The sale's instalments, each with `covered`: what its paid total pays of it, applied in due order. */
const coveredSql = (
  s: Prisma.Sql,
  company: Prisma.Sql,
) => Prisma.sql`SELECT inst.*, greatest(0, least(inst."amountMinor", ${s}."paidMinor" -
      coalesce(sum(inst."amountMinor") OVER (ORDER BY inst."seq" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) AS covered
    FROM "Instalment" inst WHERE inst."companyId" = ${company} AND inst."saleId" = ${s}."id"`;

/** The outstanding amount of the sale row's overdue instalments as of `today` (a SQL date; the company's by default). */
export const overdueAmountSql = (sale: string, today?: Prisma.Sql, company: Prisma.Sql = companyOf(sale)): Prisma.Sql =>
  Prisma.sql`(SELECT coalesce(sum(i."amountMinor" - i.covered), 0)
    FROM (${coveredSql(Prisma.raw(sale), company)}) i WHERE i."amountMinor" > i.covered AND i."dueDate" < ${today ?? companyTodaySql(company)})`;

/** The same, as the BigInt scalar's text. */
export const overdueSql = (sale: string, company?: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`${overdueAmountSql(sale, undefined, company)}::text`;

/** saleStatus() of the sale row. */
export const saleStatusSql = (sale: string, company: Prisma.Sql = companyOf(sale)): Prisma.Sql => {
  const due = Prisma.raw(`${sale}."nextDueDate"`);
  return Prisma.sql`CASE WHEN ${due} IS NULL THEN 'PAID' WHEN ${due} < ${companyTodaySql(company)} THEN 'OVERDUE' ELSE 'OPEN' END`;
};
