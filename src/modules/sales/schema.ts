// Sales: the Sale node with its schedule, sale(number), sales, clientStatement, Client.sales,
// Plot.sale, and createSale.
import { Prisma, type Sale } from '../../generated/prisma/client.ts';
import type { Viewer } from '../../policy/roles.ts';
import { VISIBLE } from '../../policy/visibility.ts';
import { seenBy, signedIn, type SignedInContext } from '../../schema/context.ts';
import type { ArgBuilder } from '@pothos/core';
import { planned, visibleRows } from '../../schema/planning.ts';
import { builder, type Types } from '../../schema/builder.ts';
import { decodeIds, findInViewerCompany, localId } from '../../schema/ids.ts';
import { companyToday, knownCompanyToday } from '../companies/service.ts';
import { badInput } from '../../shared/errors.ts';
import { RelativePeriodEnum } from '../../schema/scalars.ts';
import { MarketerType } from '../marketers/schema.ts';
import { PAYMENT_FILTER_IDS, paymentListArgs } from '../payments/schema.ts';
import { paymentConditions, paymentOrder } from '../payments/service.ts';
import { byId } from '../../runtime/session.ts';
import {
  type InstalmentStanding,
  overdueSql,
  SCHEDULE_FIELDS,
  saleStatus,
  saleStatusSql,
  scheduleRowsSql,
  standing,
} from './plan.ts';
import { orderByArg, orderInput } from '../../schema/ordering.ts';
import {
  clientTotals,
  createSale,
  orderedSaleIds,
  type SALE_ORDER_FIELDS,
  saleConditions,
  saleFilter,
  saleOrder,
  type SaleFilter,
  statementClientId,
  type LedgerTotals,
} from './service.ts';

export const PaymentPlanEnum = builder.enumType('PaymentPlan', {
  description: 'How the price is paid.',
  values: {
    FULL: { description: 'At once: one instalment (due on the sale date unless given).' },
    SPLIT_50_30_20: { description: 'Three instalments: 50%, 30% and 20%.' },
    SPLIT_60_20_20: { description: 'Three instalments: 60%, 20% and 20%.' },
    SPLIT_40_30_30: { description: 'Three instalments: 40%, 30% and 30%.' },
    CUSTOM: { description: 'Instalments given one by one, by amount or by percentage.' },
  } as const,
});

export const SaleStatusEnum = builder.enumType('SaleStatus', {
  description: "A sale's standing today.",
  values: {
    OPEN: { description: 'Not paid in full; nothing past due.' },
    OVERDUE: { description: 'An instalment is past due and not paid in full.' },
    PAID: { description: 'Paid in full.' },
  } as const,
});

const InstalmentStateEnum = builder.enumType('InstalmentState', {
  description: "An instalment's standing today; payments are applied to instalments in due order.",
  values: {
    PAID: { description: 'Paid in full.' },
    PARTIAL: { description: 'Partly paid; not yet past due.' },
    DUE: { description: 'Nothing paid yet; not yet past due.' },
    OVERDUE: { description: 'Past its due date and not paid in full.' },
  } as const,
});

const InstalmentType = builder.objectRef<InstalmentStanding>('Instalment').implement({
  description: 'One instalment of a payment plan, with what is paid of it today.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: '1, 2, ... in due order.' }),
    dueDate: t.expose('dueDate', { type: 'Date', description: 'When it falls due.' }),
    amountMinor: t.expose('amountMinor', {
      type: 'BigInt',
      description: 'What it asks for, in minor units of the sale currency.',
    }),
    percentBp: t.exposeInt('percentBp', {
      nullable: true,
      description: 'Its share of the price in basis points, when the plan was given in percentages.',
    }),
    paidMinor: t.expose('paidMinor', { type: 'BigInt', description: 'How much of it is paid.' }),
    outstandingMinor: t.expose('outstandingMinor', { type: 'BigInt', description: 'How much of it is still to pay.' }),
    state: t.field({
      type: InstalmentStateEnum,
      description: 'Paid, partly paid, due or overdue, as of today.',
      resolve: (i) => i.state,
    }),
  }),
});

const SaleFilterInput = builder.inputType('SaleFilter', {
  description: 'Which sales to list: every field given must match.',
  fields: (t) => ({
    estateId: t.id({ required: false, description: 'Sales of plots in this estate (global id of the Estate).' }),
    marketerId: t.id({ required: false, description: 'Sales credited to this marketer (global id of the Marketer).' }),
    clientId: t.id({ required: false, description: 'Sales to this client (global id of the Client).' }),
    status: t.field({ type: [SaleStatusEnum], required: false, description: 'Sales in any of these states today.' }),
    soldFrom: t.field({ type: 'Date', required: false, description: 'Sold on or after this date.' }),
    soldTo: t.field({ type: 'Date', required: false, description: 'Sold on or before this date.' }),
    soldIn: t.field({
      type: RelativePeriodEnum,
      required: false,
      description: "Sold in this period, reckoned from today in the company's time zone.",
    }),
    plan: t.field({ type: [PaymentPlanEnum], required: false, description: 'Sales on any of these plans.' }),
    currency: t.string({ required: false, description: 'Sales in this currency (ISO 4217 code).' }),
  }),
});

const SaleOrderInput = orderInput('SaleOrder', 'sales', {
  NUMBER: 'The sale number (the order they were recorded in).',
  SOLD_ON: 'The sale date.',
  PRICE: 'The agreed price, in minor units (currencies are not converted).',
  PAID: 'What is paid, in minor units.',
  CREATED_AT: 'When it was recorded.',
  NEXT_DUE_DATE: 'The due date of the first instalment not paid in full (paid sales last, either way).',
  BALANCE: 'What is still to pay (price less payments plus reversals), in minor units (currencies are not converted).',
  OVERDUE:
    "What is past due and unpaid today (the company's today), in minor units (currencies are not converted). Not on Client.sales.",
} satisfies Record<(typeof SALE_ORDER_FIELDS)[number], string>);

type SaleOrderArg =
  | readonly { field: (typeof SALE_ORDER_FIELDS)[number]; direction: 'ASC' | 'DESC' }[]
  | null
  | undefined;
type PageQuery = { take?: number; skip?: number; cursor?: { companyId_id: { id: string } } };

/**
 * One page of sales matching `where` in the order asked: Prisma's own paging for keys it can
 * express, else the ids of the page in SQL (orderedSaleIds) and the rows by Prisma.
 */
async function salesPage(
  ctx: SignedInContext,
  query: object,
  where: Prisma.SaleWhereInput,
  asked: SaleOrderArg,
): Promise<Sale[]> {
  const orderBy = saleOrder(asked);
  if (orderBy) return ctx.db.sale.findMany({ ...(query as Prisma.SaleFindManyArgs), where, orderBy });
  const { take, skip, cursor, ...selection } = query as Prisma.SaleFindManyArgs & PageQuery;
  const ids = await orderedSaleIds(ctx, where, asked, await companyToday(ctx), {
    cursorId: cursor?.companyId_id.id,
    skip,
    take,
  });
  const rows: Sale[] = await ctx.db.sale.findMany({ ...selection, where: { id: { in: ids } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)!);
}

/** The global ids a SaleFilter (and the sales list's own arguments) may hold, by their type. */
export const SALE_FILTER_IDS = { estateId: 'Estate', marketerId: 'Marketer', clientId: 'Client' } as const;

/** The filter and orderBy arguments of a list of sales. */
const saleListArgs = (arg: ArgBuilder<Types>) => ({
  filter: arg({ type: SaleFilterInput, required: false, description: 'Only the sales that match every field given.' }),
  orderBy: orderByArg(arg, SaleOrderInput, 'newest first'),
});

export const SaleType = builder.prismaNode('Sale', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: "A plot sold to a client. Staff see every sale; a marketer their clients' sales; a client their own.",
  ...visibleRows('Sale'),
  fields: (t) => ({
    number: t.exposeString('number', { description: 'Company-scoped sale number, such as LPL-SAL001.' }),
    soldOn: t.expose('soldOn', { type: 'Date', description: 'The date of the sale.' }),
    priceMinor: t.expose('priceMinor', {
      type: 'BigInt',
      description: 'The agreed price in minor units of `currency`.',
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, such as NGN.' }),
    plan: t.expose('plan', { type: PaymentPlanEnum, description: 'How the price is paid.' }),
    paidMinor: t.expose('paidMinor', { type: 'BigInt', description: 'Payments minus reversals.' }),
    balanceMinor: t.field({
      type: 'BigInt',
      description: 'Price minus payments plus reversals: what is still to pay.',
      resolve: (s) => s.priceMinor - s.paidMinor,
      extensions: planned({
        kind: 'sql',
        json: ({ row }) => Prisma.raw(`(${row}."priceMinor" - ${row}."paidMinor")::text`),
      }),
    }),
    nextDueDate: t.expose('nextDueDate', {
      type: 'Date',
      nullable: true,
      description: 'Due date of the first instalment not paid in full; null once paid.',
    }),
    status: t.field({
      type: SaleStatusEnum,
      description: 'Open, overdue or paid, as of today.',
      resolve: async (s, _a, ctx) => saleStatus(s, await companyToday(signedIn(ctx))),
      extensions: planned({ kind: 'sql', json: ({ row, aliases }) => saleStatusSql(row, aliases.company) }),
    }),
    schedule: t.field({
      type: [InstalmentType],
      description: 'The instalments in due order, each with what is paid of it and its state today.',
      select: { paidMinor: true, instalments: true },
      resolve: async (s, _a, ctx) => standing(s.instalments, s.paidMinor, await companyToday(signedIn(ctx))),
      extensions: planned({
        kind: 'computed-rows',
        fields: SCHEDULE_FIELDS,
        rows: ({ row, aliases }) => scheduleRowsSql(row, aliases.company),
      }),
    }),
    overdueMinor: t.field({
      type: 'BigInt',
      description: 'What is past due and unpaid today.',
      select: { paidMinor: true, instalments: true },
      resolve: async (s, _a, ctx) =>
        standing(s.instalments, s.paidMinor, await companyToday(signedIn(ctx))).reduce(
          (sum, i) => sum + (i.state === 'OVERDUE' ? i.outstandingMinor : 0n),
          0n,
        ),
      extensions: planned({ kind: 'sql', json: ({ row, aliases }) => overdueSql(row, aliases.company) }),
    }),
    commissionRateBp: t.exposeInt('commissionRateBp', {
      description: "The marketer's commission rate on this sale in basis points: the one in effect on the sale date.",
      authScopes: { can: 'READ_COMMISSIONS' },
    }),
    client: t.relation('client', { description: 'Who bought the plot.' }),
    plot: t.relation('plot', { description: 'The plot sold.' }),
    marketer: t.field({
      type: MarketerType,
      nullable: true,
      description: "The client's marketer when sold, who earns the commission; null if none, or not one you may see.",
      select: (_args, _ctx, nestedSelection) => ({ marketer: nestedSelection(true) }),
      resolve: async (s, _args, ctx) => (s.marketer && (await seenBy(ctx, 'Marketer', s.marketer)) ? s.marketer : null),
      extensions: planned({ kind: 'visible-relation', relation: 'marketer', model: 'Marketer' }),
    }),
    payments: t.relatedConnection('payments', {
      cursor: 'companyId_id',
      totalCount: true,
      description: 'Payments and reversals of this sale, newest first unless orderBy says otherwise.',
      args: paymentListArgs(t.arg),
      query: (args, ctx) => ({
        where: paymentConditions(decodeIds(args.filter, PAYMENT_FILTER_IDS), () => knownCompanyToday(signedIn(ctx))),
        orderBy: paymentOrder(args.orderBy),
      }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

const LedgerTotalsType = builder.objectRef<LedgerTotals>('LedgerTotals').implement({
  description: 'Totals of sales in one currency.',
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'ISO 4217 code.' }),
    sales: t.exposeInt('sales', { description: 'How many sales.' }),
    priceMinor: t.expose('priceMinor', { type: 'BigInt', description: 'Their prices added up.' }),
    paidMinor: t.expose('paidMinor', { type: 'BigInt', description: 'Payments minus reversals.' }),
    balanceMinor: t.expose('balanceMinor', { type: 'BigInt', description: 'What is still to pay.' }),
    overdueMinor: t.expose('overdueMinor', { type: 'BigInt', description: 'What is past due and unpaid today.' }),
  }),
});

export const ClientStatementType = builder.objectRef<{ clientId: string }>('ClientStatement').implement({
  description: "A client's account: every sale with its schedule, every receipt, and the totals.",
  fields: (t) => ({
    client: t.prismaField({
      type: 'Client',
      description: 'Whose statement this is.',
      resolve: (query, s, _a, ctx) =>
        ctx.db.client.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), s.clientId) }),
    }),
    asOf: t.field({
      type: 'Date',
      description: "The day states and overdue amounts are reckoned for: today in the company's time zone.",
      resolve: (_s, _a, ctx) => companyToday(signedIn(ctx)),
    }),
    totals: t.field({
      type: [LedgerTotalsType],
      description: 'Per currency.',
      resolve: (s, _a, ctx) => clientTotals(signedIn(ctx), s.clientId),
    }),
    sales: t.prismaConnection({
      type: 'Sale',
      cursor: 'companyId_id',
      description: 'The sales, newest first unless orderBy says otherwise.',
      args: saleListArgs(t.arg),
      totalCount: async (s, args, ctx) =>
        ctx.db.sale.count({
          where: await clientSales(signedIn(ctx), s.clientId, decodeIds(args.filter, SALE_FILTER_IDS)),
        }),
      resolve: async (query, s, args, ctx) =>
        salesPage(
          signedIn(ctx),
          query,
          await clientSales(signedIn(ctx), s.clientId, decodeIds(args.filter, SALE_FILTER_IDS)),
          args.orderBy,
        ),
    }),
    payments: t.prismaConnection({
      type: 'Payment',
      cursor: 'companyId_id',
      description: 'Receipts of every sale (payments and reversals), newest first unless orderBy says otherwise.',
      args: paymentListArgs(t.arg),
      totalCount: async (s, args, ctx) =>
        ctx.db.payment.count({
          where: await salePayments(signedIn(ctx), { sale: { clientId: s.clientId } }, args.filter),
        }),
      resolve: async (query, s, args, ctx) =>
        ctx.db.payment.findMany({
          ...query,
          where: await salePayments(signedIn(ctx), { sale: { clientId: s.clientId } }, args.filter),
          orderBy: paymentOrder(args.orderBy),
        }),
    }),
  }),
});

/** Payments of `scope` (a sale's, a client's) matching a list's filter, as of the company's today. */
const salePayments = async (
  ctx: SignedInContext,
  scope: Prisma.PaymentWhereInput,
  filter: Parameters<typeof decodeIds>[0],
): Promise<Prisma.PaymentWhereInput> => ({
  AND: [scope, paymentConditions(decodeIds(filter, PAYMENT_FILTER_IDS), await companyToday(ctx))],
});

/** A client's sales matching a list's filter, as of the company's today. */
const clientSales = async (ctx: SignedInContext, clientId: string, filter: SaleFilter | null | undefined) => ({
  AND: [{ clientId }, saleConditions(filter, await companyToday(ctx))],
});

builder.prismaObjectField('Client', 'sales', (t) =>
  t.relatedConnection('sales', {
    cursor: 'companyId_id',
    totalCount: true,
    description:
      "The client's sales, newest first unless orderBy says otherwise (BALANCE and OVERDUE order the sales list and clientStatement.sales).",
    args: saleListArgs(t.arg),
    query: (args, ctx) => ({
      where: saleConditions(decodeIds(args.filter, SALE_FILTER_IDS), () => knownCompanyToday(signedIn(ctx))),
      orderBy:
        saleOrder(args.orderBy) ??
        (() => {
          throw badInput('orderBy', 'BALANCE and OVERDUE order the sales list and clientStatement.sales.');
        })(),
    }),
  }),
);

builder.prismaObjectField('Plot', 'sale', (t) =>
  t.field({
    type: SaleType,
    nullable: true,
    description: 'The sale of this plot: shown to staff, the buyer and their marketer; null otherwise.',
    select: (_args, _ctx, nestedSelection) => ({ sale: nestedSelection(true) }),
    resolve: async (plot, _args, ctx) => (plot.sale && (await seenBy(ctx, 'Sale', plot.sale)) ? plot.sale : null),
    extensions: planned({ kind: 'visible-relation', relation: 'sale', model: 'Sale' }),
  }),
);

const optionalId = (id: string | number | null | undefined, typename: string, field: string) =>
  id == null ? null : localId(id, typename, field);

type SalesArgs = Parameters<typeof saleConditions>[0] & {
  filter?: Parameters<typeof saleConditions>[0];
  orderBy?: Parameters<typeof saleOrder>[0];
};
/** The sales `sales` reads: those the viewer may see that match its arguments and filter (as of `today`). */
const salesWhere = (args: SalesArgs, viewer: Viewer, today: Date | (() => Date)) =>
  saleFilter(viewer, today, decodeIds(args, SALE_FILTER_IDS, ''), decodeIds(args.filter, SALE_FILTER_IDS));
/** What `sale(number:)` reads. */
const saleByNumber = ({ number }: { number: string }, viewer: Viewer) => ({
  where: { AND: [{ number: number.trim().toUpperCase() }, VISIBLE.Sale(viewer)] },
});

builder.queryFields((t) => ({
  sale: t.withAuth({ can: 'READ_SALES' }).prismaField({
    type: 'Sale',
    nullable: true,
    description: 'A sale by number (LPL-SAL001); null when there is none you may see.',
    args: { number: t.arg.string({ description: 'The sale number.' }) },
    extensions: planned({ kind: 'rows', model: 'Sale', query: (args, s) => saleByNumber(args as never, s.viewer) }),
    resolve: (query, _root, args, ctx) => ctx.db.sale.findFirst({ ...query, ...saleByNumber(args, ctx.viewer) }),
  }),
  sales: t.withAuth({ can: 'READ_SALES' }).prismaConnection({
    type: 'Sale',
    cursor: 'companyId_id',
    description:
      "Newest first unless orderBy says otherwise. Staff see every sale, a marketer their clients', a client their own. Every filter given (arguments and `filter`) must match.",
    args: {
      estateId: t.arg.id({ required: false, description: 'Sales of plots in this estate.' }),
      marketerId: t.arg.id({ required: false, description: 'Sales credited to this marketer.' }),
      clientId: t.arg.id({ required: false, description: 'Sales to this client.' }),
      status: t.arg({ type: [SaleStatusEnum], required: false, description: 'Sales in any of these states today.' }),
      soldFrom: t.arg({ type: 'Date', required: false, description: 'Sold on or after this date.' }),
      soldTo: t.arg({ type: 'Date', required: false, description: 'Sold on or before this date.' }),
      ...saleListArgs(t.arg),
    },
    // Planned when the order is one Prisma can express and the company's today, if the filter needs
    // it, was read before (src/http/company-today.ts); the resolvers answer the rest.
    extensions: planned({
      kind: 'rows',
      model: 'Sale',
      query: (args, s) => {
        const orderBy = saleOrder((args as SalesArgs).orderBy);
        return orderBy && { where: salesWhere(args as never, s.viewer, () => knownCompanyToday(s)), orderBy };
      },
    }),
    totalCount: async (_root, args, ctx) =>
      ctx.db.sale.count({ where: salesWhere(args, ctx.viewer, await companyToday(ctx)) }),
    resolve: async (query, _root, args, ctx) =>
      salesPage(ctx, query, salesWhere(args, ctx.viewer, await companyToday(ctx)), args.orderBy),
  }),
  clientStatement: t.withAuth({ can: 'READ_SALES' }).field({
    type: ClientStatementType,
    description: "A client's statement: a client gets their own; staff name any client, a marketer one of theirs.",
    args: { clientId: t.arg.id({ required: false, description: 'The client (a client may omit it).' }) },
    resolve: async (_root, { clientId }, ctx) => ({
      clientId: await statementClientId(ctx, optionalId(clientId, 'Client', 'clientId')),
    }),
  }),
}));

const InstalmentInput = builder.inputType('InstalmentInput', {
  description: 'One instalment of a CUSTOM plan: an amount or a percentage, not both.',
  fields: (t) => ({
    dueDate: t.field({ type: 'Date', description: 'When it falls due (after the one before).' }),
    amountMinor: t.field({ type: 'BigInt', required: false, description: 'What it asks for, in minor units.' }),
    percentBp: t.int({ required: false, description: 'Its share of the price in basis points (5000 = 50%).' }),
  }),
});

const PaymentPlanInput = builder.inputType('PaymentPlanInput', {
  description:
    'A payment plan: a preset split with its due dates, or CUSTOM instalments (amounts summing to the price, or percentages to 10000).',
  fields: (t) => ({
    plan: t.field({ type: PaymentPlanEnum, description: 'Which plan.' }),
    dueDates: t.field({
      type: ['Date'],
      required: false,
      description: "A preset's due dates in order, one per instalment (FULL: the sale date when omitted).",
    }),
    instalments: t.field({
      type: [InstalmentInput],
      required: false,
      description: "A CUSTOM plan's instalments in due order.",
    }),
  }),
});

const CreateSaleInput = builder.inputType('CreateSaleInput', {
  description: 'A plot sold to a client.',
  fields: (t) => ({
    plotId: t.id({ description: 'The plot: available, reserved for this client, or allocated to them.' }),
    clientId: t.id({ description: 'The buyer, an active client.' }),
    priceMinor: t.field({
      type: 'BigInt',
      required: false,
      description: "The agreed price in minor units; the plot size's price when omitted.",
    }),
    currency: t.string({ required: false, description: "ISO 4217 code; the plot size's currency when omitted." }),
    soldOn: t.field({
      type: 'Date',
      required: false,
      description: 'The date of the sale; today in the company time zone when omitted; never in the future.',
    }),
    plan: t.field({ type: PaymentPlanInput, description: 'How the price is paid.' }),
  }),
});

const CreateSalePayload = builder.objectRef<{ saleId: string }>('CreateSalePayload').implement({
  description: 'The sale recorded.',
  fields: (t) => ({
    sale: t.prismaField({
      type: 'Sale',
      description: 'The new sale.',
      resolve: (query, p, _a, ctx) => ctx.db.sale.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.saleId) }),
    }),
    plot: t.prismaField({
      type: 'Plot',
      description: 'The plot, now allocated to the buyer.',
      resolve: async (query, p, _a, ctx) => {
        const { plotId } = await ctx.db.sale.findUniqueOrThrow({
          where: byId(signedIn(ctx), p.saleId),
          select: { plotId: true },
        });
        return ctx.db.plot.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), plotId) });
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  createSale: t.withAuth({ can: 'MANAGE_SALES' }).field({
    type: CreateSalePayload,
    description:
      "Sells a plot: allocates it to the client (of two racing sales one gets CONFLICT), fixes the marketer's commission rate, and numbers the sale.",
    args: { input: t.arg({ type: CreateSaleInput, description: 'The sale.' }) },
    resolve: async (_root, { input }, ctx) => ({
      saleId: await createSale(ctx, {
        ...input,
        plotId: localId(input.plotId, 'Plot', 'plotId'),
        clientId: localId(input.clientId, 'Client', 'clientId'),
      }),
    }),
  }),
}));
