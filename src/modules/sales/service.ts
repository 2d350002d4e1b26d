// Sales: a plot sold to a client at an agreed price with a payment plan. Selling allocates the
// plot (the estates module's race-safe move: of two racing sales one wins), fixes the marketer and
// their commission rate, and numbers the sale from the company's SAL sequence.
import type { Prisma, PaymentPlan } from '../../generated/prisma/client.ts';
import { statementSubject } from '../../policy/ownership.ts';
import { VISIBLE } from '../../policy/visibility.ts';
import type { Viewer } from '../../policy/roles.ts';
import { badInput, conflict, notFound } from '../../shared/errors.ts';
import { isoDate, today } from '../../shared/dates.ts';
import { companyToday } from '../companies/service.ts';
import { between, listOrder, type OrderAsked } from '../../shared/ordering.ts';
import * as valid from '../../shared/validation.ts';
import { rateInEffect } from '../commissions/service.ts';
import { allocatePlot } from '../estates/service.ts';
import { activeClientId } from '../people/service.ts';
import { insertNumbered } from '../sequences/allocator.ts';
import { byId, type Session } from '../../runtime/session.ts';
import { emit } from '../events/service.ts';
import { planReminders } from '../reminders/service.ts';
import { planInstalments, saleStatusFilter, type PlanInput, type SaleStatus } from './plan.ts';

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
  plan?: readonly PaymentPlan[] | null;
  currency?: string | null;
}

/** Sales that match every filter given (status as of today). */
export function saleConditions(f: SaleFilter | null | undefined): Prisma.SaleWhereInput {
  if (!f) return {};
  const soldOn = between(f.soldFrom, f.soldTo);
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
      f.plan ? { plan: { in: [...f.plan] } } : {},
      f.currency != null ? { currency: valid.currency('filter.currency', f.currency) } : {},
    ],
  };
}

/** Sales the viewer may see that match every filter given. */
export function saleFilter(viewer: Viewer, ...filters: (SaleFilter | null | undefined)[]): Prisma.SaleWhereInput {
  return { AND: [VISIBLE.Sale(viewer), ...filters.map(saleConditions)] };
}

type Direction = 'asc' | 'desc';
export const SALE_ORDER_FIELDS = ['NUMBER', 'SOLD_ON', 'PRICE', 'PAID', 'CREATED_AT'] as const;

/** Sales in the order asked; newest first (by number) when none is. */
export const saleOrder = (asked: readonly OrderAsked<(typeof SALE_ORDER_FIELDS)[number]>[] | null | undefined) =>
  listOrder<(typeof SALE_ORDER_FIELDS)[number], Prisma.SaleOrderByWithRelationInput>(
    asked,
    {
      NUMBER: (d: Direction) => ({ seq: d }),
      SOLD_ON: (d: Direction) => ({ soldOn: d }),
      PRICE: (d: Direction) => ({ priceMinor: d }),
      PAID: (d: Direction) => ({ paidMinor: d }),
      CREATED_AT: (d: Direction) => ({ createdAt: d }),
    },
    [{ seq: 'desc' }],
  );

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

/** A client's totals per currency, in one SQL aggregate (overdue: instalments due before `asOf`, unpaid). */
export async function clientTotals(
  { db, viewer }: Session,
  clientId: string,
  asOf: Date = today(),
): Promise<LedgerTotals[]> {
  const rows = await db.$queryRaw<Omit<LedgerTotals, 'balanceMinor'>[]>`
    SELECT s."currency", count(*)::int AS sales, sum(s."priceMinor")::bigint AS "priceMinor", sum(s."paidMinor")::bigint AS "paidMinor",
           sum(greatest(0, due."minor" - s."paidMinor"))::bigint AS "overdueMinor"
    FROM "Sale" s
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(i."amountMinor"), 0) AS minor FROM "Instalment" i
      WHERE i."companyId" = s."companyId" AND i."saleId" = s."id" AND i."dueDate" < ${isoDate(asOf)}::date
    ) due
    WHERE s."companyId" = ${viewer.companyId}::uuid AND s."clientId" = ${clientId}::uuid
    GROUP BY s."currency" ORDER BY s."currency"`;
  return rows.map((r) => ({ ...r, balanceMinor: r.priceMinor - r.paidMinor }));
}
