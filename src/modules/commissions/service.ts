// Commission: rates in basis points from a date on (a marketer's own, or the company default),
// fixed on each sale when it is recorded; an accrual per payment (negative for a reversal) at the
// sale's rate; payouts; and a marketer's balance = accrued − paid out, per currency.
import { emit } from '../events/service.ts';
import type { PaymentMethod } from '../../generated/prisma/client.ts';
import { commissionSubject } from '../../policy/ownership.ts';
import { badInput, conflict, notFound } from '../../shared/errors.ts';
import { isoDate } from '../../shared/dates.ts';
import { companyToday } from '../companies/service.ts';
import * as valid from '../../shared/validation.ts';
import { byId, sessionLoader, type Session } from '../../runtime/session.ts';

const WHOLE = 10_000n;

/** Commission on `amount` at `rateBp`, rounded down to a whole minor unit. */
export const commissionOn = (amount: bigint, rateBp: number): bigint => (amount * BigInt(rateBp)) / WHOLE;

/**
 * The rate in effect for a marketer on a date: their own latest rate from on or before it, else
 * the company default's, else 0. The company's anchor row is share-locked first: setCommissionRate takes it
 * for update, so no rate can appear between this read and the sale's commit.
 */
export async function rateInEffect(session: Session, marketerId: string, on: Date): Promise<number> {
  const { db, viewer } = session;
  await db.$executeRaw`SELECT 1 FROM "CompanyAnchor" WHERE "companyId" = ${viewer.companyId}::uuid FOR SHARE`;
  const latest = (marketer: string | null) =>
    db.commissionRate.findFirst({
      where: { marketerId: marketer, effectiveFrom: { lte: on } },
      orderBy: { effectiveFrom: 'desc' },
      select: { rateBp: true },
    });
  return ((await latest(marketerId)) ?? (await latest(null)))?.rateBp ?? 0;
}

/** Records what a payment (or, negative, a reversal) earns the sale's marketer. */
export async function accrue(
  session: Session,
  payment: { id: string; kind: 'PAYMENT' | 'REVERSAL'; amountMinor: bigint; currency: string },
  sale: { marketerId: string | null; commissionRateBp: number },
): Promise<void> {
  if (!sale.marketerId) return;
  const earned = commissionOn(payment.amountMinor, sale.commissionRateBp);
  await session.db.commissionAccrual.create({
    data: {
      companyId: session.viewer.companyId,
      paymentId: payment.id,
      marketerId: sale.marketerId,
      amountMinor: payment.kind === 'REVERSAL' ? -earned : earned,
      currency: payment.currency,
    },
  });
}

async function findMarketerId(session: Session, id: string, field: string): Promise<string> {
  const marketer = await session.db.marketer.findUnique({ where: byId(session, id), select: { id: true } });
  if (!marketer) throw notFound('Marketer', field);
  return marketer.id;
}

export interface RateInput {
  marketerId: string | null;
  rateBp: number;
  effectiveFrom: Date;
}

/**
 * Adds a rate (a marketer's, or with marketerId null the company default). Refused when it would
 * change the rate of a sale already recorded: a sale's commission is fixed when it is sold.
 */
export async function setCommissionRate(session: Session, input: RateInput): Promise<string> {
  const { db, viewer } = session;
  const marketerId = input.marketerId === null ? null : await findMarketerId(session, input.marketerId, 'marketerId');
  if (!Number.isInteger(input.rateBp) || input.rateBp < 0 || input.rateBp > 10_000)
    throw badInput('rateBp', 'The rate is 0 to 10000 basis points (0% to 100%).');
  const from = input.effectiveFrom;
  // Serialises rate changes with sales (rateInEffect share-locks the same row).
  await db.$executeRaw`SELECT 1 FROM "CompanyAnchor" WHERE "companyId" = ${viewer.companyId}::uuid FOR UPDATE`;
  if (await db.commissionRate.count({ where: { marketerId, effectiveFrom: from } })) {
    throw conflict('A rate effective from this date is already set.', { field: 'effectiveFrom' });
  }
  // A sale on or after `from` whose rate this one would replace: same scope (the marketer's own
  // rates, or, for the default, sales of marketers with no own rate then), no later rate between.
  const [affected] = await db.$queryRaw<{ number: string }[]>`
    SELECT s."number" FROM "Sale" s
    WHERE s."companyId" = ${viewer.companyId}::uuid AND s."marketerId" IS NOT NULL AND s."soldOn" >= ${isoDate(from)}::date
      AND CASE WHEN ${marketerId}::uuid IS NULL
        THEN NOT EXISTS (SELECT 1 FROM "CommissionRate" own WHERE own."companyId" = ${viewer.companyId}::uuid AND own."marketerId" = s."marketerId" AND own."effectiveFrom" <= s."soldOn")
        ELSE s."marketerId" = ${marketerId}::uuid END
      AND NOT EXISTS (SELECT 1 FROM "CommissionRate" r WHERE r."companyId" = ${viewer.companyId}::uuid AND r."marketerId" IS NOT DISTINCT FROM ${marketerId}::uuid
                        AND r."effectiveFrom" > ${isoDate(from)}::date AND r."effectiveFrom" <= s."soldOn")
    ORDER BY s."seq" LIMIT 1`;
  if (affected)
    throw conflict(
      `Sale ${affected.number} was recorded at the rate in effect then: choose a date after its sale date.`,
      { field: 'effectiveFrom' },
    );
  const rate = await db.commissionRate.create({
    data: {
      companyId: viewer.companyId,
      marketerId,
      rateBp: input.rateBp,
      effectiveFrom: from,
      setByUserId: viewer.userId,
    },
  });
  return rate.id;
}

export interface CommissionBalance {
  currency: string;
  accruedMinor: bigint;
  paidOutMinor: bigint;
  balanceMinor: bigint;
}

/** Each marketer's accrued, paid out and balance per currency, in two grouped queries per request. */
export const commissionBalances = sessionLoader<string, CommissionBalance[]>(async ({ db }, marketerIds) => {
  const where = { marketerId: { in: [...marketerIds] } };
  const [accrued, paid] = await Promise.all([
    db.commissionAccrual.groupBy({
      by: ['marketerId', 'currency'],
      where,
      _sum: { amountMinor: true },
      orderBy: [{ marketerId: 'asc' }, { currency: 'asc' }],
    }),
    db.commissionPayout.groupBy({
      by: ['marketerId', 'currency'],
      where,
      _sum: { amountMinor: true },
      orderBy: [{ marketerId: 'asc' }, { currency: 'asc' }],
    }),
  ]);
  const balances = new Map<string, Map<string, CommissionBalance>>(marketerIds.map((id) => [id, new Map()]));
  const entry = (marketerId: string, currency: string) => {
    const byCurrency = balances.get(marketerId)!;
    if (!byCurrency.has(currency))
      byCurrency.set(currency, { currency, accruedMinor: 0n, paidOutMinor: 0n, balanceMinor: 0n });
    return byCurrency.get(currency)!;
  };
  for (const a of accrued) entry(a.marketerId, a.currency).accruedMinor = a._sum.amountMinor ?? 0n;
  for (const p of paid) entry(p.marketerId, p.currency).paidOutMinor = p._sum.amountMinor ?? 0n;
  return marketerIds.map((id) =>
    [...balances.get(id)!.values()]
      .sort((x, y) => x.currency.localeCompare(y.currency))
      .map((b) => ({ ...b, balanceMinor: b.accruedMinor - b.paidOutMinor })),
  );
});

/** The marketer whose commission statement the viewer asks for: a marketer only their own. */
export async function statementMarketerId(session: Session, marketerId: string | null): Promise<string> {
  const subject = commissionSubject(session.viewer, marketerId);
  if (!subject) throw badInput('marketerId', 'Name the marketer.');
  return findMarketerId(session, subject, 'marketerId');
}

export interface PayoutInput {
  marketerId: string;
  amountMinor: bigint;
  currency: string;
  method: PaymentMethod;
  paidOn?: Date | null;
  reference?: string | null;
}

/** Records commission paid to a marketer; never more than their balance in that currency. */
export async function recordCommissionPayout(session: Session, input: PayoutInput): Promise<string> {
  const { db, viewer } = session;
  const marketerId = await findMarketerId(session, input.marketerId, 'marketerId');
  const amountMinor = valid.amount('amountMinor', input.amountMinor);
  const currency = valid.currency('currency', input.currency);
  const latest = await companyToday(session);
  const paidOn = valid.notAfter('paidOn', input.paidOn ?? latest, latest);
  const reference = valid.optionalText('reference', input.reference, 100);
  // Serialises payouts to one marketer, so two cannot both spend the same balance.
  await db.$executeRaw`SELECT 1 FROM "Marketer" WHERE "companyId" = ${viewer.companyId}::uuid AND "id" = ${marketerId}::uuid FOR UPDATE`;
  const [accrued, paid] = await Promise.all([
    db.commissionAccrual.aggregate({ where: { marketerId, currency }, _sum: { amountMinor: true } }),
    db.commissionPayout.aggregate({ where: { marketerId, currency }, _sum: { amountMinor: true } }),
  ]);
  const balance = (accrued._sum.amountMinor ?? 0n) - (paid._sum.amountMinor ?? 0n);
  if (amountMinor > balance)
    throw badInput(
      'amountMinor',
      `More than the commission balance of ${balance > 0n ? balance : 0n} ${currency} minor units.`,
    );
  const payout = await db.commissionPayout.create({
    data: {
      companyId: viewer.companyId,
      marketerId,
      amountMinor,
      currency,
      paidOn,
      method: input.method,
      reference,
      recordedByUserId: viewer.userId,
    },
    select: { id: true },
  });
  await emit(session, 'commission.paid', {
    subjectId: payout.id,
    data: {
      payoutId: payout.id,
      marketerId,
      amountMinor,
      currency,
      paidOn: isoDate(paidOn),
      method: input.method,
      reference,
    },
  });
  return payout.id;
}
