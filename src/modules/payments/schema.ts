// Payments: the Payment node (a receipt), recordPayment and reversePayment.
import { signedIn } from '../../schema/context.ts';
import type { ArgBuilder } from '@pothos/core';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Viewer } from '../../policy/roles.ts';
import { planned, visibleRows } from '../../schema/planning.ts';
import { builder, type Types } from '../../schema/builder.ts';
import { decodeIds, findInViewerCompany, localId } from '../../schema/ids.ts';
import { byId } from '../../runtime/session.ts';
import { orderByArg, orderInput } from '../../schema/ordering.ts';
import { RelativePeriodEnum } from '../../schema/scalars.ts';
import { companyToday, knownCompanyToday } from '../companies/service.ts';
import { type PAYMENT_ORDER_FIELDS, paymentFilter, paymentOrder, recordPayment, reversePayment } from './service.ts';

export const PaymentKindEnum = builder.enumType('PaymentKind', {
  description: 'What a receipt records.',
  values: {
    PAYMENT: { description: 'Money received for a sale.' },
    REVERSAL: { description: 'A payment undone in full (it adds back to the balance).' },
  } as const,
});

export const PaymentMethodEnum = builder.enumType('PaymentMethod', {
  description: 'How money was paid.',
  values: {
    BANK_TRANSFER: { description: 'A bank transfer or deposit.' },
    CASH: { description: 'Cash.' },
    CHEQUE: { description: 'A cheque.' },
    POS: { description: 'A point-of-sale card terminal.' },
    CARD: { description: 'A card payment online.' },
    OTHER: { description: 'Any other way (say which in the reference).' },
  } as const,
});

const PaymentFilterInput = builder.inputType('PaymentFilter', {
  description: 'Which payments and reversals to list: every field given must match.',
  fields: (t) => ({
    saleId: t.id({ required: false, description: 'Of this sale (global id of the Sale).' }),
    clientId: t.id({ required: false, description: "Of this client's sales (global id of the Client)." }),
    estateId: t.id({ required: false, description: 'Of sales of plots in this estate (global id of the Estate).' }),
    marketerId: t.id({
      required: false,
      description: 'Of sales credited to this marketer (global id of the Marketer).',
    }),
    kind: t.field({ type: [PaymentKindEnum], required: false, description: 'Payments, reversals, or both.' }),
    method: t.field({
      type: [PaymentMethodEnum],
      required: false,
      description: 'Paid in any of these ways (a reversal: the payment it undoes was).',
    }),
    paidFrom: t.field({ type: 'Date', required: false, description: 'Dated on or after this day.' }),
    paidTo: t.field({ type: 'Date', required: false, description: 'Dated on or before this day.' }),
    paidIn: t.field({
      type: RelativePeriodEnum,
      required: false,
      description: "Dated in this period, reckoned from today in the company's time zone.",
    }),
    currency: t.string({ required: false, description: 'In this currency (ISO 4217 code).' }),
  }),
});

const PaymentOrderInput = orderInput('PaymentOrder', 'payments', {
  RECEIPT_NUMBER: 'The receipt number (the order they were recorded in).',
  DATE: 'The date of the payment or reversal.',
  AMOUNT: 'The amount, in minor units (currencies are not converted).',
  CREATED_AT: 'When it was recorded.',
} satisfies Record<(typeof PAYMENT_ORDER_FIELDS)[number], string>);

/** The global ids a PaymentFilter may hold, by their type. */
export const PAYMENT_FILTER_IDS = {
  saleId: 'Sale',
  clientId: 'Client',
  estateId: 'Estate',
  marketerId: 'Marketer',
} as const;

/** The filter and orderBy arguments of a list of payments. */
export const paymentListArgs = (arg: ArgBuilder<Types>) => ({
  filter: arg({
    type: PaymentFilterInput,
    required: false,
    description: 'Only the payments and reversals that match every field given.',
  }),
  orderBy: orderByArg(arg, PaymentOrderInput, 'newest first'),
});

export const PaymentType = builder.prismaNode('Payment', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'A receipt: a payment for a sale, or the reversal of one. Seen by whoever may see the sale.',
  ...visibleRows('Payment'),
  fields: (t) => ({
    receiptNumber: t.exposeString('receiptNumber', {
      description: 'Company-scoped receipt number, such as LPL-RCP00001 (gapless).',
    }),
    kind: t.expose('kind', { type: PaymentKindEnum, description: 'A payment or a reversal.' }),
    amountMinor: t.expose('amountMinor', {
      type: 'BigInt',
      description: 'The amount in minor units of `currency`, always positive.',
    }),
    signedAmountMinor: t.field({
      type: 'BigInt',
      description: "The amount's effect on what is paid: negative for a reversal.",
      resolve: (p) => (p.kind === 'REVERSAL' ? -p.amountMinor : p.amountMinor),
      extensions: planned({
        kind: 'sql',
        json: ({ row }) =>
          Prisma.raw(
            `(CASE WHEN ${row}."kind" = 'REVERSAL' THEN -${row}."amountMinor" ELSE ${row}."amountMinor" END)::text`,
          ),
      }),
    }),
    currency: t.exposeString('currency', { description: "ISO 4217 code (the sale's)." }),
    method: t.expose('method', {
      type: PaymentMethodEnum,
      nullable: true,
      description: 'How it was paid; null on a reversal.',
    }),
    date: t.expose('date', {
      type: 'Date',
      description: 'When the money was received (a reversal: when it was reversed).',
    }),
    reference: t.exposeString('reference', { nullable: true, description: "The bank's or terminal's reference." }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why a payment was reversed.' }),
    sale: t.relation('sale', { description: 'The sale paid for.' }),
    reverses: t.relation('reverses', { nullable: true, description: 'The payment a reversal undoes.' }),
    reversedBy: t.relation('reversedBy', {
      nullable: true,
      description: 'The reversal that undid this payment, if any.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

const RecordPaymentInput = builder.inputType('RecordPaymentInput', {
  description: 'Money received for a sale.',
  fields: (t) => ({
    saleId: t.id({ description: 'The sale.' }),
    amountMinor: t.field({
      type: 'BigInt',
      description: 'The amount in minor units; at most the outstanding balance.',
    }),
    currency: t.string({ description: "ISO 4217 code: must be the sale's." }),
    method: t.field({ type: PaymentMethodEnum, description: 'How it was paid.' }),
    date: t.field({
      type: 'Date',
      required: false,
      description:
        'When it was received; today in the company time zone when omitted; not in the future or before the sale.',
    }),
    reference: t.string({ required: false, description: "The bank's or terminal's reference (up to 100 characters)." }),
  }),
});

const ReversePaymentInput = builder.inputType('ReversePaymentInput', {
  description: 'A payment to undo in full.',
  fields: (t) => ({
    paymentId: t.id({ description: 'The payment (not a reversal).' }),
    reason: t.string({ description: 'Why (up to 500 characters).' }),
    date: t.field({
      type: 'Date',
      required: false,
      description:
        'When it was reversed; today in the company time zone when omitted; not in the future or before the payment.',
    }),
  }),
});

const RecordPaymentPayload = builder
  .objectRef<{ paymentId: string; saleId: string }>('RecordPaymentPayload')
  .implement({
    description: 'The payment recorded.',
    fields: (t) => ({
      payment: t.prismaField({
        type: 'Payment',
        description: 'The payment, with its receipt number.',
        resolve: (query, p, _a, ctx) =>
          ctx.db.payment.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.paymentId) }),
      }),
      sale: t.prismaField({
        type: 'Sale',
        description: 'The sale, with its new balance.',
        resolve: (query, p, _a, ctx) =>
          ctx.db.sale.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.saleId) }),
      }),
    }),
  });

const ReversePaymentPayload = builder
  .objectRef<{ reversalId: string; paymentId: string; saleId: string }>('ReversePaymentPayload')
  .implement({
    description: 'The reversal recorded.',
    fields: (t) => ({
      reversal: t.prismaField({
        type: 'Payment',
        description: 'The reversal, with its own receipt number.',
        resolve: (query, p, _a, ctx) =>
          ctx.db.payment.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.reversalId) }),
      }),
      payment: t.prismaField({
        type: 'Payment',
        description: 'The payment reversed (unchanged).',
        resolve: (query, p, _a, ctx) =>
          ctx.db.payment.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.paymentId) }),
      }),
      sale: t.prismaField({
        type: 'Sale',
        description: 'The sale, with its balance restored.',
        resolve: (query, p, _a, ctx) =>
          ctx.db.sale.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.saleId) }),
      }),
    }),
  });

type PaymentsArgs = { filter?: Parameters<typeof paymentFilter>[2]; orderBy?: Parameters<typeof paymentOrder>[0] };
/** What `payments` reads (periods as of `today`, the company's). */
const paymentsQuery = (args: PaymentsArgs, viewer: Viewer, today: Date | (() => Date)) => ({
  where: paymentFilter(viewer, today, decodeIds(args.filter, PAYMENT_FILTER_IDS)),
  orderBy: paymentOrder(args.orderBy),
});

builder.queryFields((t) => ({
  payments: t.withAuth({ can: 'READ_SALES' }).prismaConnection({
    type: 'Payment',
    cursor: 'companyId_id',
    description:
      "Payments and reversals, newest first unless orderBy says otherwise. Staff see all, a marketer their clients', a client their own.",
    args: paymentListArgs(t.arg),
    extensions: planned({
      kind: 'rows',
      model: 'Payment',
      query: (args, s) => paymentsQuery(args as never, s.viewer, () => knownCompanyToday(s)),
    }),
    totalCount: async (_root, args, ctx) =>
      ctx.db.payment.count({ where: paymentsQuery(args, ctx.viewer, await companyToday(ctx)).where }),
    resolve: async (query, _root, args, ctx) =>
      ctx.db.payment.findMany({ ...query, ...paymentsQuery(args, ctx.viewer, await companyToday(ctx)) }),
  }),
}));

builder.mutationFields((t) => {
  const record = t.withAuth({ can: 'RECORD_PAYMENTS' });
  return {
    recordPayment: record.field({
      type: RecordPaymentPayload,
      description:
        'Records a payment with the next receipt number. More than the outstanding balance is BAD_USER_INPUT.',
      args: { input: t.arg({ type: RecordPaymentInput, description: 'The payment.' }) },
      resolve: async (_root, { input }, ctx) => {
        const saleId = localId(input.saleId, 'Sale', 'saleId');
        return { paymentId: await recordPayment(ctx, { ...input, saleId }), saleId };
      },
    }),
    reversePayment: record.field({
      type: ReversePaymentPayload,
      description:
        'Undoes a payment in full with a reversal that has its own receipt number; the payment itself is kept as it was.',
      args: { input: t.arg({ type: ReversePaymentInput, description: 'The payment to reverse.' }) },
      resolve: async (_root, { input }, ctx) => {
        const paymentId = localId(input.paymentId, 'Payment', 'paymentId');
        return { ...(await reversePayment(ctx, { ...input, paymentId })), paymentId };
      },
    }),
  };
});
