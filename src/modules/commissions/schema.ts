// Commission: rates, accruals, payouts, the statement (commissionStatement, Marketer.commission),
// setCommissionRate and recordCommissionPayout.
import { seenBy, signedIn } from '../../schema/context.ts';
import { marketerRecords } from '../../policy/visibility.ts';
import { planned, seenOnParent } from '../../schema/planning.ts';
import { builder } from '../../schema/builder.ts';
import { localId } from '../../schema/ids.ts';
import { PaymentMethodEnum, PaymentType } from '../payments/schema.ts';
import { byId } from '../../runtime/session.ts';
import {
  commissionBalances,
  recordCommissionPayout,
  setCommissionRate,
  statementMarketerId,
  type CommissionBalance,
} from './service.ts';

builder.prismaObject('CommissionRate', {
  description: "A commission rate from a date on: a marketer's own, or the company default (marketer null).",
  authScopes: { can: 'READ_COMMISSIONS' },
  fields: (t) => ({
    marketer: t.relation('marketer', { nullable: true, description: 'Whose rate; null for the company default.' }),
    rateBp: t.exposeInt('rateBp', { description: 'Basis points of each payment (500 = 5%).' }),
    effectiveFrom: t.expose('effectiveFrom', {
      type: 'Date',
      description: 'Sales on or after this date earn it (until a later rate).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was set.' }),
  }),
});

builder.prismaObject('CommissionAccrual', {
  description: 'Commission one payment earned (or, negative, one reversal took back).',
  authScopes: { can: 'READ_COMMISSIONS' },
  fields: (t) => ({
    amountMinor: t.expose('amountMinor', {
      type: 'BigInt',
      description: 'Minor units of `currency`; negative for a reversal.',
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code.' }),
    receiptNumber: t.string({
      description: 'The receipt that earned it.',
      select: { payment: { select: { receiptNumber: true } } },
      resolve: (a) => a.payment.receiptNumber,
      extensions: planned({ kind: 'column', path: ['payment', 'receiptNumber'] }),
    }),
    saleNumber: t.string({
      description: 'The sale paid for.',
      select: { payment: { select: { sale: { select: { number: true } } } } },
      resolve: (a) => a.payment.sale.number,
      extensions: planned({ kind: 'column', path: ['payment', 'sale', 'number'] }),
    }),
    rateBp: t.int({
      description: "The sale's commission rate.",
      select: { payment: { select: { sale: { select: { commissionRateBp: true } } } } },
      resolve: (a) => a.payment.sale.commissionRateBp,
      extensions: planned({ kind: 'column', path: ['payment', 'sale', 'commissionRateBp'] }),
    }),
    date: t.field({
      type: 'Date',
      description: 'The date of the payment or reversal.',
      select: { payment: { select: { date: true } } },
      resolve: (a) => a.payment.date,
      extensions: planned({ kind: 'column', path: ['payment', 'date'] }),
    }),
    payment: t.field({
      type: PaymentType,
      nullable: true,
      description: 'The payment or reversal, when you may see its sale (a client may have moved to another marketer).',
      select: (_args, _ctx, nestedSelection) => ({ payment: nestedSelection(true) }),
      resolve: async (a, _args, ctx) => ((await seenBy(ctx, 'Payment', a.payment)) ? a.payment : null),
      extensions: planned({ kind: 'visible-relation', relation: 'payment', model: 'Payment' }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

builder.prismaObject('CommissionPayout', {
  description: 'Commission paid out to a marketer.',
  authScopes: { can: 'READ_COMMISSIONS' },
  fields: (t) => ({
    marketer: t.relation('marketer', { description: 'Who was paid.' }),
    amountMinor: t.expose('amountMinor', { type: 'BigInt', description: 'Minor units of `currency`.' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code.' }),
    paidOn: t.expose('paidOn', { type: 'Date', description: 'When it was paid.' }),
    method: t.expose('method', { type: PaymentMethodEnum, description: 'How it was paid.' }),
    reference: t.exposeString('reference', { nullable: true, description: "The bank's reference." }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

const CommissionBalanceType = builder.objectRef<CommissionBalance>('CommissionBalance').implement({
  description: "A marketer's commission in one currency.",
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'ISO 4217 code.' }),
    accruedMinor: t.expose('accruedMinor', {
      type: 'BigInt',
      description: 'Earned by payments, less what reversals took back.',
    }),
    paidOutMinor: t.expose('paidOutMinor', { type: 'BigInt', description: 'Paid out.' }),
    balanceMinor: t.expose('balanceMinor', { type: 'BigInt', description: 'Accrued minus paid out: what is owed.' }),
  }),
});

export const CommissionStatementType = builder.objectRef<{ marketerId: string }>('CommissionStatement').implement({
  description: "A marketer's commission: balances, the rates that apply, what each payment earned, and payouts.",
  fields: (t) => ({
    marketer: t.prismaField({
      type: 'Marketer',
      description: 'Whose statement this is.',
      resolve: (query, s, _a, ctx) =>
        ctx.db.marketer.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), s.marketerId) }),
    }),
    balances: t.field({
      type: [CommissionBalanceType],
      description: 'Per currency.',
      resolve: (s, _a, ctx) => commissionBalances(signedIn(ctx)).load(s.marketerId),
    }),
    rates: t.prismaField({
      type: ['CommissionRate'],
      description: "The marketer's own rates and the company defaults, latest first.",
      resolve: (query, s, _a, ctx) =>
        ctx.db.commissionRate.findMany({
          ...query,
          where: { OR: [{ marketerId: s.marketerId }, { marketerId: null }] },
          orderBy: [{ effectiveFrom: 'desc' }, { createdAt: 'desc' }],
        }),
    }),
    accruals: t.prismaConnection({
      type: 'CommissionAccrual',
      cursor: 'companyId_id',
      description: 'What each payment and reversal earned, newest first.',
      totalCount: (s, _a, ctx) => ctx.db.commissionAccrual.count({ where: { marketerId: s.marketerId } }),
      resolve: (query, s, _a, ctx) =>
        ctx.db.commissionAccrual.findMany({
          ...query,
          where: { marketerId: s.marketerId },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    }),
    payouts: t.prismaConnection({
      type: 'CommissionPayout',
      cursor: 'companyId_id',
      description: 'Payouts, newest first.',
      totalCount: (s, _a, ctx) => ctx.db.commissionPayout.count({ where: { marketerId: s.marketerId } }),
      resolve: (query, s, _a, ctx) =>
        ctx.db.commissionPayout.findMany({
          ...query,
          where: { marketerId: s.marketerId },
          orderBy: [{ paidOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
        }),
    }),
  }),
});

builder.prismaObjectField('Marketer', 'commission', (t) =>
  t.field({
    type: CommissionStatementType,
    description: "This marketer's commission statement: staff and the marketer themself.",
    ...seenOnParent('Marketer', marketerRecords),
    resolve: (marketer) => ({ marketerId: marketer.id }),
  }),
);

builder.queryFields((t) => ({
  commissionStatement: t.withAuth({ can: 'READ_COMMISSIONS' }).field({
    type: CommissionStatementType,
    description: "A marketer's commission statement: a marketer gets their own; staff name the marketer.",
    args: { marketerId: t.arg.id({ required: false, description: 'The marketer (a marketer may omit it).' }) },
    resolve: async (_root, { marketerId }, ctx) => ({
      marketerId: await statementMarketerId(
        ctx,
        marketerId == null ? null : localId(marketerId, 'Marketer', 'marketerId'),
      ),
    }),
  }),
}));

const SetCommissionRateInput = builder.inputType('SetCommissionRateInput', {
  description: 'A commission rate from a date on. It may not change the rate of a sale already recorded.',
  fields: (t) => ({
    marketerId: t.id({
      required: false,
      description: 'The marketer; omit for the company default (for marketers without a rate of their own).',
    }),
    rateBp: t.int({ description: 'Basis points of each payment, 0 to 10000 (500 = 5%).' }),
    effectiveFrom: t.field({ type: 'Date', description: 'Sales on or after this date earn it.' }),
  }),
});

const RecordCommissionPayoutInput = builder.inputType('RecordCommissionPayoutInput', {
  description: 'Commission paid to a marketer.',
  fields: (t) => ({
    marketerId: t.id({ description: 'The marketer.' }),
    amountMinor: t.field({ type: 'BigInt', description: 'Minor units; at most their balance in `currency`.' }),
    currency: t.string({ description: 'ISO 4217 code.' }),
    method: t.field({ type: PaymentMethodEnum, description: 'How it was paid.' }),
    paidOn: t.field({
      type: 'Date',
      required: false,
      description: 'When it was paid; today in the company time zone when omitted; not in the future.',
    }),
    reference: t.string({ required: false, description: "The bank's reference (up to 100 characters)." }),
  }),
});

const SetCommissionRatePayload = builder.objectRef<{ rateId: string }>('SetCommissionRatePayload').implement({
  description: 'The rate set.',
  fields: (t) => ({
    rate: t.prismaField({
      type: 'CommissionRate',
      description: 'The new rate.',
      resolve: (query, p, _a, ctx) =>
        ctx.db.commissionRate.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.rateId) }),
    }),
  }),
});

const RecordCommissionPayoutPayload = builder
  .objectRef<{ payoutId: string; marketerId: string }>('RecordCommissionPayoutPayload')
  .implement({
    description: 'The payout recorded.',
    fields: (t) => ({
      payout: t.prismaField({
        type: 'CommissionPayout',
        description: 'The payout.',
        resolve: (query, p, _a, ctx) =>
          ctx.db.commissionPayout.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.payoutId) }),
      }),
      commission: t.field({
        type: CommissionStatementType,
        description: "The marketer's statement after it.",
        resolve: (p) => ({ marketerId: p.marketerId }),
      }),
    }),
  });

builder.mutationFields((t) => {
  const manage = t.withAuth({ can: 'MANAGE_COMMISSIONS' });
  return {
    setCommissionRate: manage.field({
      type: SetCommissionRatePayload,
      description:
        "Sets a marketer's rate (or the company default) from a date on. CONFLICT when a sale already recorded would get another rate.",
      args: { input: t.arg({ type: SetCommissionRateInput, description: 'The rate.' }) },
      resolve: async (_root, { input }, ctx) => ({
        rateId: await setCommissionRate(ctx, {
          ...input,
          marketerId: input.marketerId == null ? null : localId(input.marketerId, 'Marketer', 'marketerId'),
        }),
      }),
    }),
    recordCommissionPayout: manage.field({
      type: RecordCommissionPayoutPayload,
      description: 'Records commission paid to a marketer; more than their balance is BAD_USER_INPUT.',
      args: { input: t.arg({ type: RecordCommissionPayoutInput, description: 'The payout.' }) },
      resolve: async (_root, { input }, ctx) => {
        const marketerId = localId(input.marketerId, 'Marketer', 'marketerId');
        return { payoutId: await recordCommissionPayout(ctx, { ...input, marketerId }), marketerId };
      },
    }),
  };
});
