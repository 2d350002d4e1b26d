// Sales: a plot sold to a client at an agreed price with a payment plan. Selling allocates the
// plot (the estates module's race-safe move: of two racing sales one wins), fixes the marketer and
// their commission rate, and numbers the sale from the company's SAL sequence.
import { Prisma, type PaymentPlan } from '../../generated/prisma/client.ts';
import { statementSubject } from '../../policy/ownership.ts';
import { VISIBLE } from '../../policy/visibility.ts';
import type { Viewer } from '../../policy/roles.ts';
import { badInput, conflict, notFound } from '../../shared/errors.ts';
import { isoDate, periodDates, type RelativePeriod } from '../../shared/dates.ts';
import { companyToday } from '../companies/service.ts';
import { aliasCounter, whereSql } from '../../db/where-sql.ts';
import { orderBySql } from '../../db/query-sql.ts';
import { between, listOrder, type OrderAsked } from '../../shared/ordering.ts';
import * as valid from '../../shared/validation.ts';
import { rateInEffect } from '../commissions/service.ts';
import { allocatePlot } from '../estates/service.ts';
import { activeClientId } from '../people/service.ts';
import { insertNumbered } from '../sequences/allocator.ts';
import { byId, type Session } from '../../runtime/session.ts';
import { emit } from '../events/service.ts';
import { planReminders } from '../reminders/service.ts';
import { overdueAmountSql, planInstalments, saleStatusFilter, type PlanInput, type SaleStatus } from './plan.ts';

export interface CreateSaleInput {
  plotId: string;
  clientId: string;
  /** Defaults to the plot size's price and currency. */
  priceMinor?: bigint | null;
  currency?: string | null;
  /** Defaults to today in the company's time zone; never later. */
  soldOn?: Date | null;
  plan: PlanInput;
}

export async function createSale(session: Session, input: CreateSaleInput): Promise<string> {
  const { db, viewer } = session;
  const latest = await companyToday(session);
  const soldOn = valid.notAfter('soldOn', input.soldOn ?? latest, latest, 'A sale cannot be dated in the future.');
  const clientId = await activeClientId(session, input.clientId, 'clientId');
  const found = await db.plot.findUnique({ where: byId(session, input.plotId), select: { id: true } });
  if (!found) throw notFound('Plot', 'plotId');
  // Held to the commit: a release (which takes the same lock) cannot slip in between reading the
  // plot's state below and recording the sale.
  await db.$executeRaw`SELECT 1 FROM "Plot" WHERE "companyId" = ${viewer.companyId}::uuid AND "id" = ${found.id}::uuid FOR UPDATE`;
  const plot = await db.plot.findUniqueOrThrow({
    where: byId(session, found.id),
    include: { plotSize: true, sale: { select: { number: true } } },
  });
  if (plot.sale) throw conflict(`Plot ${plot.number} is already sold (${plot.sale.number}).`, { field: 'plotId' });
  const priceMinor = valid.amount('priceMinor', input.priceMinor ?? plot.plotSize.priceMinor);
  const currency = valid.currency('currency', input.currency ?? plot.plotSize.currency);
  const instalments = planInstalments(priceMinor, soldOn, input.plan);
  // A plot allocated to this client before the ledger existed is sold as it stands; any other
  // goes through the conditional allocation (CONFLICT when someone else holds it).
  if (!(plot.status === 'ALLOCATED' && plot.clientId === clientId)) await allocatePlot(session, plot.id, clientId);
  const { marketerId } = await db.client.findUniqueOrThrow({
    where: byId(session, clientId),
    select: { marketerId: true },
  });
  const commissionRateBp = marketerId ? await rateInEffect(session, marketerId, soldOn) : 0;
  // Every check is done: the SAL counter stays locked from here to the commit.
  const sale = await insertNumbered(db, 'SAL', viewer.companyId, {
    plotId: plot.id,
    clientId,
    marketerId,
    priceMinor,
    currency,
    soldOn: isoDate(soldOn),
    plan: input.plan.plan,
    commissionRateBp,
    nextDueDate: isoDate(instalments[0].dueDate),
    recordedByUserId: viewer.userId,
  });
  const created = await db.instalment.createManyAndReturn({
    data: instalments.map((i) => ({ companyId: viewer.companyId, saleId: sale.id, ...i })),
    select: { id: true, dueDate: true },
  });
  await planReminders(session, sale.id, created);
  await emit(session, 'sale.created', {
    saleId: sale.id,
    subjectId: sale.id,
    data: {
      saleNumber: sale.number,
      plotId: plot.id,
      plotNumber: plot.number,
      clientId,
      priceMinor,
      currency,
      soldOn: isoDate(soldOn),
      plan: input.plan.plan,
      instalments: instalments.map((i) => ({ seq: i.seq, dueDate: isoDate(i.dueDate), amountMinor: i.amountMinor })),
    },
  });
  return sale.id;
}

export interface SaleFilter {
  estateId?: string | null;
  marketerId?: string | null;
  clientId?: string | null;
  status?: readonly SaleStatus[] | null;
  soldFrom?: Date | null;
  soldTo?: Date | null;
  /** Sold in this period (relative to the company's today). */
  soldIn?: RelativePeriod | null;
  plan?: readonly PaymentPlan[] | null;
  currency?: string | null;
}

/** Sales that match every filter given; states and relative periods as of `today` (the company's). */
export function saleConditions(f: SaleFilter | null | undefined, asOf: Date | (() => Date)): Prisma.SaleWhereInput {
  if (!f) return {};
  const today = () => (typeof asOf === 'function' ? asOf() : asOf);
  const soldOn = between(f.soldFrom, f.soldTo);
  const soldIn = f.soldIn ? periodDates(f.soldIn, today()) : null;
  return {
    AND: [
      f.estateId ? { plot: { estateId: f.estateId } } : {},
      f.marketerId ? { marketerId: f.marketerId } : {},
      f.clientId ? { clientId: f.clientId } : {},
      // An empty list matches no sale (Prisma would read an empty OR as no condition at all).
      f.status
        ? f.status.length
          ? { OR: f.status.map((s) => saleStatusFilter(s, today())) }
          : { id: { in: [] } }
        : {},
      soldOn ? { soldOn } : {},
      soldIn ? { soldOn: { gte: soldIn.from, lte: soldIn.to } } : {},
      f.plan ? { plan: { in: [...f.plan] } } : {},
      f.currency != null ? { currency: valid.currency('filter.currency', f.currency) } : {},
    ],
  };
}

/** Sales the viewer may see that match every filter given (as of `today`, the company's). */
export function saleFilter(
  viewer: Viewer,
  today: Date | (() => Date),
  ...filters: (SaleFilter | null | undefined)[]
): Prisma.SaleWhereInput {
  return { AND: [VISIBLE.Sale(viewer), ...filters.map((f) => saleConditions(f, today))] };
}

type Direction = 'asc' | 'desc';
export const SALE_ORDER_FIELDS = [
  'NUMBER',
  'SOLD_ON',
  'PRICE',
  'PAID',
  'CREATED_AT',
  'NEXT_DUE_DATE',
  'BALANCE',
  'OVERDUE',
] as const;
export type SaleOrderField = (typeof SALE_ORDER_FIELDS)[number];
type SaleOrderAsked = readonly OrderAsked<SaleOrderField>[] | null | undefined;

/** Sort keys Prisma can express, as Prisma orderBy. */
const PRISMA_KEYS = {
  NUMBER: (d: Direction) => ({ seq: d }),
  SOLD_ON: (d: Direction) => ({ soldOn: d }),
  PRICE: (d: Direction) => ({ priceMinor: d }),
  PAID: (d: Direction) => ({ paidMinor: d }),
  CREATED_AT: (d: Direction) => ({ createdAt: d }),
  // Paid sales have nothing due: last whichever way.
  NEXT_DUE_DATE: (d: Direction) => ({ nextDueDate: { sort: d, nulls: 'last' as const } }),
} satisfies Partial<Record<SaleOrderField, (d: Direction) => Prisma.SaleOrderByWithRelationInput>>;

/** What is past due and unpaid on the sale `alias` as of `today` (Sale.overdueMinor's rule, in SQL). */
export const overdueSql = (alias: string, today: Date) => overdueAmountSql(alias, Prisma.sql`${isoDate(today)}::date`);

/** Sort keys Prisma cannot express (an expression, a sum as of today): SQL on the sale `alias`. */
const SQL_KEYS: Record<
  Exclude<SaleOrderField, keyof typeof PRISMA_KEYS>,
  (alias: string, today: Date) => Prisma.Sql
> = {
  BALANCE: (alias) => Prisma.sql`(${Prisma.raw(alias)}."priceMinor" - ${Prisma.raw(alias)}."paidMinor")`,
  OVERDUE: overdueSql,
};

const needsSql = (asked: SaleOrderAsked) => !!asked?.some((o) => o.field in SQL_KEYS);

/** Sales in the order asked, as Prisma orderBy (null when a key needs SQL); newest first when none is. */
export const saleOrder = (asked: SaleOrderAsked): Prisma.SaleOrderByWithRelationInput[] | null =>
  needsSql(asked)
    ? null
    : listOrder<keyof typeof PRISMA_KEYS, Prisma.SaleOrderByWithRelationInput>(
        asked as readonly OrderAsked<keyof typeof PRISMA_KEYS>[] | null | undefined,
        PRISMA_KEYS,
        [{ seq: 'desc' }],
      );

/** The same order as SQL ORDER BY items on the sale `alias` (the id last), every key expressible. */
export function saleOrderSql(asked: SaleOrderAsked, alias: string, today: Date): Prisma.Sql[] {
  const aliases = aliasCounter(`${alias}o`);
  const keys = asked?.length ? asked : [{ field: 'NUMBER', direction: 'DESC' } as const];
  return [
    ...keys.flatMap((o) => {
      const d: Direction = o.direction === 'DESC' ? 'desc' : 'asc';
      if (o.field in SQL_KEYS)
        return [Prisma.sql`${SQL_KEYS[o.field as keyof typeof SQL_KEYS](alias, today)} ${Prisma.raw(d.toUpperCase())}`];
      return orderBySql('Sale', PRISMA_KEYS[o.field as keyof typeof PRISMA_KEYS](d), alias, aliases);
    }),
    Prisma.sql`${Prisma.raw(alias)}."id" ASC`,
  ];
}

/** A page as Prisma's findMany takes it: a cursor row (included), rows to skip, and how many (negative: backwards). */
export interface PageAsked {
  cursorId?: string | null;
  skip?: number;
  take?: number;
}

/**
 * The ids of one page of sales matching `where` in an order with SQL keys, as Prisma would page
 * it: numbered in order by one statement, the page read from the cursor's place.
 */
export async function orderedSaleIds(
  { db, viewer }: Session,
  where: Prisma.SaleWhereInput,
  asked: SaleOrderAsked,
  today: Date,
  page: PageAsked,
): Promise<string[]> {
  const take = page.take ?? 20;
  const backwards = take < 0;
  const cursor = page.cursorId
    ? Prisma.sql`AND rn ${Prisma.raw(backwards ? '<=' : '>=')} (SELECT rn FROM ordered WHERE id = ${page.cursorId}::uuid)`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH ordered AS (
      SELECT s."id", row_number() OVER (ORDER BY ${Prisma.join(saleOrderSql(asked, 's', today))}) AS rn
      FROM "Sale" s WHERE s."companyId" = ${viewer.companyId}::uuid AND ${whereSql('Sale', where, 's', aliasCounter('sw'))}
    )
    SELECT id::text AS id FROM ordered WHERE TRUE ${cursor}
    ORDER BY rn ${Prisma.raw(backwards ? 'DESC' : 'ASC')} OFFSET ${page.skip ?? 0} LIMIT ${Math.abs(take)}`;
  const ids = rows.map((r) => r.id);
  return backwards ? ids.reverse() : ids;
}

/** The client whose statement the viewer asks for (a client: themself), or NOT_FOUND. */
export async function statementClientId(session: Session, clientId: string | null): Promise<string> {
  const { viewer, db } = session;
  const id = statementSubject(viewer, clientId);
  if (!id) throw badInput('clientId', 'Name the client.');
  const client = await db.client.findFirst({ where: { AND: [{ id }, VISIBLE.Client(viewer)] }, select: { id: true } });
  if (!client) throw notFound('Client', 'clientId');
  return client.id;
}

export interface LedgerTotals {
  currency: string;
  sales: number;
  priceMinor: bigint;
  paidMinor: bigint;
  balanceMinor: bigint;
  overdueMinor: bigint;
}

/**
 * A client's totals per currency, in one SQL aggregate (overdue as Sale.overdueMinor reckons it, as of
 * `asOf`: the company's today unless a statement names its day).
 */
export async function clientTotals(session: Session, clientId: string, asOf?: Date): Promise<LedgerTotals[]> {
  const { db, viewer } = session;
  const day = asOf ?? (await companyToday(session));
  const rows = await db.$queryRaw<Omit<LedgerTotals, 'balanceMinor'>[]>`
    SELECT s."currency", count(*)::int AS sales, sum(s."priceMinor")::bigint AS "priceMinor", sum(s."paidMinor")::bigint AS "paidMinor",
           sum(${overdueSql('s', day)})::bigint AS "overdueMinor"
    FROM "Sale" s
    WHERE s."companyId" = ${viewer.companyId}::uuid AND s."clientId" = ${clientId}::uuid
    GROUP BY s."currency" ORDER BY s."currency"`;
  return rows.map((r) => ({ ...r, balanceMinor: r.priceMinor - r.paidMinor }));
}
