// Payments and reversals. Each locks its sale's row first, so payments on one sale queue and each
// sees the balance the one before left: the sum can never pass the price. Each gets the next
// receipt number of the company (RCP), allocated last, so a refusal or failure burns no number.
// No payment is edited or deleted: a wrong one is undone by a reversal with a receipt of its own;
// the sale's running totals (paidMinor, nextDueDate) follow each entry.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { PaymentKind, PaymentMethod } from '../../generated/prisma/client.ts';
import type { Viewer } from '../../policy/roles.ts';
import { VISIBLE } from '../../policy/visibility.ts';
import { between, listOrder, type OrderAsked } from '../../shared/ordering.ts';
import { badInput, conflict, notFound } from '../../shared/errors.ts';
import { isoDate, periodDates, type RelativePeriod } from '../../shared/dates.ts';
import { companyToday } from '../companies/service.ts';
import * as valid from '../../shared/validation.ts';
import { accrue } from '../commissions/service.ts';
import { nextDueDate } from '../sales/plan.ts';
import { insertNumbered } from '../sequences/allocator.ts';
import { emit } from '../events/service.ts';
import { followPayments } from '../reminders/service.ts';
import { byId, type Session } from '../../runtime/session.ts';

/** The sale, read after taking its row lock (held to the commit), with its instalments. */
async function lockSale(session: Session, saleId: string, field: string) {
  const { db, viewer } = session;
  await db.$executeRaw`SELECT 1 FROM "Sale" WHERE "companyId" = ${viewer.companyId}::uuid AND "id" = ${saleId}::uuid FOR UPDATE`;
  const sale = await db.sale.findUnique({ where: byId(session, saleId), include: { instalments: true } });
  if (!sale) throw notFound('Sale', field);
  return sale;
}

type LockedSale = Awaited<ReturnType<typeof lockSale>>;

interface Entry {
  kind: PaymentKind;
  amountMinor: bigint;
  date: Date;
  method?: PaymentMethod | null;
  reference?: string | null;
  reversesId?: string | null;
  reason?: string | null;
}

/** Moves the sale's paid total by `entry` and writes the entry with its receipt number and commission. */
async function post(session: Session, sale: LockedSale, entry: Entry): Promise<string> {
  const { db, viewer } = session;
  const paidMinor = sale.paidMinor + (entry.kind === 'PAYMENT' ? entry.amountMinor : -entry.amountMinor);
  await db.sale.update({
    where: byId(session, sale.id),
    data: { paidMinor, nextDueDate: nextDueDate(sale.instalments, paidMinor) },
    select: { id: true },
  });
  // A covered instalment's reminders are cancelled as the payment commits (before the receipt
  // number: the RCP counter stays locked from its allocation to the commit).
  await followPayments(session, sale.instalments, sale.paidMinor, paidMinor);
  const receipt = await insertNumbered(db, 'RCP', viewer.companyId, {
    saleId: sale.id,
    kind: entry.kind,
    amountMinor: entry.amountMinor,
    currency: sale.currency,
    method: entry.method ?? null,
    date: isoDate(entry.date),
    reference: entry.reference ?? null,
    reversesId: entry.reversesId ?? null,
    reason: entry.reason ?? null,
    recordedByUserId: viewer.userId,
  });
  // Its event carries the receipt number, so it follows the allocation (in the same transaction).
  await emit(session, entry.kind === 'PAYMENT' ? 'payment.recorded' : 'payment.reversed', {
    saleId: sale.id,
    subjectId: receipt.id,
    data: {
      receiptNumber: receipt.number,
      paymentId: receipt.id,
      saleNumber: sale.number,
      amountMinor: entry.amountMinor,
      currency: sale.currency,
      method: entry.method ?? null,
      date: isoDate(entry.date),
      reference: entry.reference ?? null,
      reversesId: entry.reversesId ?? null,
      paidMinor,
      balanceMinor: sale.priceMinor - paidMinor,
    },
  });
  await accrue(
    session,
    { id: receipt.id, kind: entry.kind, amountMinor: entry.amountMinor, currency: sale.currency },
    sale,
  );
  return receipt.id;
}

export interface PaymentInput {
  saleId: string;
  amountMinor: bigint;
  currency: string;
  method: PaymentMethod;
  /** When the money was received; defaults to today (in the company's time zone), never in the future or before the sale. */
  date?: Date | null;
  reference?: string | null;
}

/** Records a payment; more than the sale's outstanding balance is refused. */
export async function recordPayment(session: Session, input: PaymentInput): Promise<string> {
  const amountMinor = valid.amount('amountMinor', input.amountMinor);
  const currency = valid.currency('currency', input.currency);
  const latest = await companyToday(session);
  const date = valid.notAfter('date', input.date ?? latest, latest);
  const reference = valid.optionalText('reference', input.reference, 100);
  const sale = await lockSale(session, input.saleId, 'saleId');
  if (currency !== sale.currency) throw badInput('currency', `Sale ${sale.number} is in ${sale.currency}.`);
  if (date < sale.soldOn) throw badInput('date', 'A payment cannot be dated before its sale.');
  const balance = sale.priceMinor - sale.paidMinor;
  if (amountMinor > balance) {
    throw badInput(
      'amountMinor',
      balance === 0n
        ? `Sale ${sale.number} is paid in full.`
        : `More than the outstanding balance of ${balance} ${currency} minor units.`,
    );
  }
  return post(session, sale, { kind: 'PAYMENT', amountMinor, date, method: input.method, reference });
}

export interface ReversalInput {
  paymentId: string;
  reason: string;
  /** When it was reversed; defaults to today (in the company's time zone), never in the future or before the payment. */
  date?: Date | null;
}

/** Reverses a payment in full with an entry of its own; the payment stays as it was. */
export async function reversePayment(
  session: Session,
  input: ReversalInput,
): Promise<{ reversalId: string; saleId: string }> {
  const reason = valid.text('reason', input.reason, 500);
  const latest = await companyToday(session);
  const date = valid.notAfter('date', input.date ?? latest, latest);
  const original = await session.db.payment.findUnique({ where: byId(session, input.paymentId) });
  if (!original) throw notFound('Payment', 'paymentId');
  if (original.kind === 'REVERSAL')
    throw badInput('paymentId', 'A reversal cannot be reversed: record the payment again instead.');
  if (date < original.date) throw badInput('date', 'A reversal cannot be dated before the payment.');
  const sale = await lockSale(session, original.saleId, 'paymentId');
  // Read under the sale's lock: of two racing reversals, the second sees the first.
  const earlier = await session.db.payment.findFirst({
    where: { reversesId: original.id },
    select: { receiptNumber: true },
  });
  if (earlier)
    throw conflict(`Receipt ${original.receiptNumber} is already reversed by ${earlier.receiptNumber}.`, {
      field: 'paymentId',
    });
  const reversalId = await post(session, sale, {
    kind: 'REVERSAL',
    amountMinor: original.amountMinor,
    date,
    reversesId: original.id,
    reason,
  });
  return { reversalId, saleId: sale.id };
}

/** A payment list's `filter` argument: every field given must match. */
export interface PaymentFilter {
  saleId?: string | null;
  clientId?: string | null;
  estateId?: string | null;
  /** The marketer credited with the sale. */
  marketerId?: string | null;
  kind?: readonly PaymentKind[] | null;
  /** A reversal has no method of its own: it matches the method of the payment it undoes. */
  method?: readonly PaymentMethod[] | null;
  paidFrom?: Date | null;
  paidTo?: Date | null;
  /** Dated in this period (relative to the company's today). */
  paidIn?: RelativePeriod | null;
  currency?: string | null;
}

/** Payments and reversals that match every filter given (relative periods from `today`, the company's). */
export function paymentConditions(
  f: PaymentFilter | null | undefined,
  asOf: Date | (() => Date),
): Prisma.PaymentWhereInput {
  if (!f) return {};
  const today = () => (typeof asOf === 'function' ? asOf() : asOf);
  const date = between(f.paidFrom, f.paidTo);
  const paidIn = f.paidIn ? periodDates(f.paidIn, today()) : null;
  const method = f.method ? { in: [...f.method] } : undefined;
  return {
    AND: [
      f.saleId ? { saleId: f.saleId } : {},
      f.clientId ? { sale: { clientId: f.clientId } } : {},
      f.estateId ? { sale: { plot: { estateId: f.estateId } } } : {},
      f.marketerId ? { sale: { marketerId: f.marketerId } } : {},
      f.kind ? { kind: { in: [...f.kind] } } : {},
      method ? { OR: [{ method }, { reverses: { method } }] } : {},
      date ? { date } : {},
      paidIn ? { date: { gte: paidIn.from, lte: paidIn.to } } : {},
      f.currency != null ? { currency: valid.currency('filter.currency', f.currency) } : {},
    ],
  };
}

/** Payments of sales the viewer may see that match the filter. */
export const paymentFilter = (
  viewer: Viewer,
  today: Date | (() => Date),
  filter: PaymentFilter | null | undefined,
): Prisma.PaymentWhereInput => ({
  AND: [VISIBLE.Payment(viewer), paymentConditions(filter, today)],
});

type Direction = 'asc' | 'desc';
export const PAYMENT_ORDER_FIELDS = ['RECEIPT_NUMBER', 'DATE', 'AMOUNT', 'CREATED_AT'] as const;

/** Payments in the order asked; newest first (by receipt number) when none is. */
export const paymentOrder = (asked: readonly OrderAsked<(typeof PAYMENT_ORDER_FIELDS)[number]>[] | null | undefined) =>
  listOrder<(typeof PAYMENT_ORDER_FIELDS)[number], Prisma.PaymentOrderByWithRelationInput>(
    asked,
    {
      RECEIPT_NUMBER: (d: Direction) => ({ seq: d }),
      DATE: (d: Direction) => ({ date: d }),
      AMOUNT: (d: Direction) => ({ amountMinor: d }),
      CREATED_AT: (d: Direction) => ({ createdAt: d }),
    },
    [{ seq: 'desc' }],
  );
