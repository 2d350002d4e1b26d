// Insights: `insights { … }`, figures computed in PostgreSQL for staff (ADMIN, ANALYST) and, over
// their own clients, marketers. Each field below is one SQL statement (./service.ts).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { signedIn } from '../../schema/context.ts';
import type { ArgBuilder } from '@pothos/core';
import { periodDates, today } from '../../shared/dates.ts';
import { builder, type Types } from '../../schema/builder.ts';
import { localId } from '../../schema/ids.ts';
import { MAX_ORDERINGS, SortDirectionEnum } from '../../schema/ordering.ts';
import { RelativePeriodEnum } from '../../schema/scalars.ts';
import { majorUnits } from '../../shared/money.ts';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { Session } from '../../runtime/session.ts';
import {
  type CLIENT_RECEIVABLE_FIELDS,
  type COMMISSION_BALANCE_FIELDS,
  type ClientReceivableRow,
  type CommissionBalanceRow,
  clientReceivableRow,
  clientReceivables,
  commissionBalanceList,
  commissionBalanceRow,
  type Ranked,
  rankedCount,
  rankedPage,
} from './rankings.ts';
import { EstateStatusEnum } from '../estates/schema.ts';
import { ProfileStatusEnum } from '../people/schema.ts';
import {
  AGEING,
  DEFAULT_LEADERBOARD_ORDER,
  leaderboard,
  bucketCount,
  MAX_BUCKETS,
  MAX_LEADERBOARD,
  payments,
  plotStock,
  receivables,
  registrations,
  sales,
  sellThrough,
  type Group,
  type LeaderboardEntry,
  type Money,
  type PlotStock,
  type RangeAsked,
  type Receivables,
  type ReceivablesTotal,
  type RegistrationsBucket,
  type SellThroughBucket,
  type SeriesBucket,
  type SeriesGroup,
} from './service.ts';

/**
 * A list of buckets costs its selection once per bucket of the range (at most MAX_BUCKETS); a
 * relative period is priced for today in UTC, at most a day from the company's.
 */
const pricedPerBucket = ({ range }: { range: RangeAsked }) => {
  const span = range.relative ? periodDates(range.relative, today()) : range.from && range.to ? range : null;
  const buckets = span ? bucketCount({ from: span.from!, to: span.to!, bucket: range.bucket }) : 1;
  return { field: 1, multiplier: Math.min(Math.max(buckets, 1), MAX_BUCKETS) };
};

const TimeBucketEnum = builder.enumType('TimeBucket', {
  description:
    "A span of time figures are counted in, in the company's time zone (Company.timeZone) for instants such as registrations.",
  values: {
    DAY: { description: 'A calendar day.' },
    WEEK: { description: 'An ISO week, Monday to Sunday.' },
    MONTH: { description: 'A calendar month.' },
    QUARTER: { description: 'January–March, April–June, July–September or October–December.' },
    YEAR: { description: 'A calendar year.' },
  } as const,
});

const InsightGroupingEnum = builder.enumType('InsightGrouping', {
  description: 'What to break a figure down by, within each bucket.',
  values: {
    ESTATE: { description: 'The estate of the plot sold.' },
    MARKETER: { description: 'The marketer credited with the sale (who earns its commission).' },
    PLOT_SIZE: { description: 'The plot size sold (named with its estate).' },
    METHOD: {
      description:
        'How the money was paid (payments only; a reversal counts against the method of the payment it undoes).',
    },
  } as const,
});

const AgeingBandEnum = builder.enumType('AgeingBand', {
  description: 'How long an instalment has been past due.',
  values: {
    DAYS_1_30: { description: '1 to 30 days past its due date.' },
    DAYS_31_60: { description: '31 to 60 days past its due date.' },
    DAYS_61_90: { description: '61 to 90 days past its due date.' },
    OVER_90: { description: 'More than 90 days past its due date.' },
  } as const satisfies Record<(typeof AGEING)[number], unknown>,
});

const LeaderboardFieldEnum = builder.enumType('LeaderboardField', {
  description: 'What the marketer leaderboard can be ranked by.',
  values: {
    NAME: { description: "The marketer's name." },
    UID: { description: "The marketer's UID (registration order)." },
    CLIENTS: { description: 'Clients assigned to them.' },
    SALES: { description: 'Sales credited to them.' },
    SALES_VALUE: { description: 'The price of those sales, in `currency`.' },
    COLLECTED: { description: 'Money collected on those sales, in `currency`.' },
    COMMISSION: { description: 'Commission accrued, in `currency`.' },
  } as const,
});

const InsightRange = builder.inputType('InsightRange', {
  description: `Calendar dates from and to (both included), or a period relative to the company's today, in buckets; at most ${MAX_BUCKETS} buckets.`,
  fields: (t) => ({
    from: t.field({ type: 'Date', required: false, description: 'The first day counted (with `to`).' }),
    to: t.field({ type: 'Date', required: false, description: 'The last day counted; on or after `from`.' }),
    relative: t.field({
      type: RelativePeriodEnum,
      required: false,
      description: "Instead of from and to: a period from today in the company's time zone, such as THIS_QUARTER.",
    }),
    bucket: t.field({
      type: TimeBucketEnum,
      required: false,
      description: 'The span of each bucket; without one, the whole range is one bucket starting on `from`.',
    }),
  }),
});

const InsightPeriod = builder.inputType('InsightPeriod', {
  description: "Calendar dates from and to, both included, or a period relative to the company's today.",
  fields: (t) => ({
    from: t.field({ type: 'Date', required: false, description: 'The first day counted (with `to`).' }),
    to: t.field({ type: 'Date', required: false, description: 'The last day counted; on or after `from`.' }),
    relative: t.field({
      type: RelativePeriodEnum,
      required: false,
      description: "Instead of from and to: a period from today in the company's time zone, such as LAST_MONTH.",
    }),
  }),
});

const LeaderboardOrder = builder.inputType('LeaderboardOrder', {
  description:
    'One ranking key of the leaderboard: up to five apply in turn, and the marketer breaks any tie that remains.',
  fields: (t) => ({
    field: t.field({ type: LeaderboardFieldEnum, description: 'What to rank by.' }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', description: 'Ascending unless DESC.' }),
  }),
});

const MoneyType = builder.objectRef<Money>('Money').implement({
  description: 'An amount in one currency (amounts in different currencies are never added up).',
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'ISO 4217 code, such as NGN.' }),
    amountMinor: t.expose('amountMinor', { type: 'BigInt', description: 'Minor units of `currency` (kobo, cents).' }),
    amount: t.string({
      description:
        'The same amount in major units as an exact decimal with the ISO 4217 number of digits of `currency` ("1234.50" NGN, "1234" JPY, "1.234" KWD).',
      resolve: (m) => majorUnits(m.amountMinor, m.currency),
    }),
  }),
});

const money = (currency: string, amountMinor: bigint): Money => ({ currency, amountMinor });

const InsightGroupType = builder.objectRef<Group>('InsightGroup').implement({
  description: 'What a figure is about: an estate, a marketer, a plot size, a client, or a payment method.',
  fields: (t) => ({
    id: t.id({
      nullable: true,
      description:
        'Global id of the Estate, Marketer, PlotSize or Client (for node(id:) and list filters); null for a payment method, or no marketer.',
      resolve: (g) => (g.typename && g.id ? encodeGlobalID(g.typename, g.id) : null),
    }),
    name: t.exposeString('name', {
      description:
        'The estate\'s name, the marketer\'s or client\'s full name, "<estate> · <label>" for a plot size, or the payment method. "No marketer" or "Another marketer" (one you may not see) when grouped by marketer.',
    }),
    uid: t.exposeString('uid', {
      nullable: true,
      description: "The marketer's or client's UID, such as LPL-MKT003; null for anything else.",
    }),
  }),
});

const RegistrationsBucketType = builder.objectRef<RegistrationsBucket>('RegistrationsBucket').implement({
  description: "People registered in one bucket, counted by when they were registered in the company's time zone.",
  fields: (t) => ({
    start: t.expose('start', {
      type: 'Date',
      description: 'The first day of the bucket (it may start before the range).',
    }),
    clients: t.exposeInt('clients', {
      description: 'Clients registered (a marketer: their own), archived ones included; deleted ones are gone.',
    }),
    marketers: t.exposeInt('marketers', { description: 'Marketers registered (a marketer: themself).' }),
  }),
});

/** A bucket of a series (sales, payments) and its breakdown, with the words for what is counted. */
function seriesTypes(name: string, words: { bucket: string; count: string; amounts: string }) {
  const GroupType = builder.objectRef<SeriesGroup>(`${name}Group`).implement({
    description: `One group's share of a ${name.toLowerCase()} bucket.`,
    fields: (t) => ({
      group: t.field({ type: InsightGroupType, description: 'What this share belongs to.', resolve: (g) => g.group }),
      count: t.exposeInt('count', { description: words.count }),
      amounts: t.field({ type: [MoneyType], description: words.amounts, resolve: (g) => g.amounts }),
    }),
  });
  return builder.objectRef<SeriesBucket>(`${name}Bucket`).implement({
    description: words.bucket,
    fields: (t) => ({
      start: t.expose('start', {
        type: 'Date',
        description: 'The first day of the bucket (it may start before the range).',
      }),
      count: t.exposeInt('count', { description: words.count }),
      amounts: t.field({ type: [MoneyType], description: words.amounts, resolve: (b) => b.amounts }),
      groups: t.field({
        type: [GroupType],
        description:
          'The breakdown asked for with `by`, largest count first; groups with nothing in this bucket are left out. Empty without `by`.',
        resolve: (b) => b.groups,
      }),
    }),
  });
}

const SalesBucketType = seriesTypes('Sales', {
  bucket: 'Sales in one bucket of their sale date.',
  count: 'How many sales.',
  amounts: 'Their prices added up, per currency.',
});

const PaymentsBucketType = seriesTypes('Payments', {
  bucket:
    'Money received in one bucket of the payment date: payments less reversals (each reversal in the bucket of its own date).',
  count: 'How many payments (reversals are not counted; their amounts are taken off).',
  amounts: 'Payments less reversals, per currency.',
});

const AgeingType = builder.objectRef<ReceivablesTotal['ageing'][number]>('AgeingBucket').implement({
  description: 'Overdue instalments of one age band.',
  fields: (t) => ({
    band: t.field({ type: AgeingBandEnum, description: 'How long past due.', resolve: (a) => a.band }),
    instalments: t.exposeInt('instalments', { description: 'How many instalments.' }),
    amountMinor: t.expose('amountMinor', {
      type: 'BigInt',
      description: 'What is unpaid of them, in minor units of the currency.',
    }),
  }),
});

const ReceivablesTotalType = builder.objectRef<ReceivablesTotal>('ReceivablesTotal').implement({
  description: 'What is owed in one currency.',
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'ISO 4217 code.' }),
    openSales: t.exposeInt('openSales', { description: 'Sales not paid in full.' }),
    outstandingMinor: t.expose('outstandingMinor', {
      type: 'BigInt',
      description: 'Prices less payments (plus reversals): everything still to pay, due or not, in minor units.',
    }),
    overdueInstalments: t.exposeInt('overdueInstalments', {
      description: 'Instalments past their due date and not paid in full.',
    }),
    overdueMinor: t.expose('overdueMinor', { type: 'BigInt', description: 'What is unpaid of them, in minor units.' }),
    ageing: t.field({
      type: [AgeingType],
      description: 'The overdue instalments by days past due: always the four bands, in order.',
      resolve: (r) => r.ageing,
    }),
  }),
});

/** A ranked list's connection arguments: paged by offset, with the count of all rows. */
async function rankedConnection<R, T>(
  session: Session,
  ranked: Ranked,
  args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null },
  parse: (row: R) => T,
) {
  const connection = await resolveOffsetConnection({ args }, async ({ offset, limit }) =>
    (await rankedPage<R>(session, ranked, { offset, limit })).map(parse),
  );
  return { ...connection, totalCount: () => rankedCount(session, ranked) };
}

const ClientReceivableType = builder.objectRef<ClientReceivableRow>('ClientReceivable').implement({
  description: 'What one client owes in one currency on the day reckoned for.',
  fields: (t) => ({
    client: t.field({
      type: InsightGroupType,
      description: 'The client (global id, name and UID).',
      resolve: (r) => ({ typename: 'Client' as const, id: r.clientId, name: r.fullName, uid: r.uid }),
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code.' }),
    openSales: t.exposeInt('openSales', { description: 'Their sales not paid in full.' }),
    outstanding: t.field({
      type: MoneyType,
      description: 'Prices less payments (plus reversals): everything still to pay, due or not.',
      resolve: (r) => money(r.currency, r.outstandingMinor),
    }),
    overdueInstalments: t.exposeInt('overdueInstalments', {
      description: 'Instalments past their due date and not paid in full.',
    }),
    overdue: t.field({
      type: MoneyType,
      description: 'What is unpaid of those instalments.',
      resolve: (r) => money(r.currency, r.overdueMinor),
    }),
    oldestOverdue: t.expose('oldestOverdue', {
      type: 'Date',
      nullable: true,
      description: 'Due date of the oldest overdue instalment; null when nothing is overdue.',
    }),
    daysOverdue: t.exposeInt('daysOverdue', {
      nullable: true,
      description: 'Days the oldest overdue instalment is past due; null when nothing is overdue.',
    }),
    ageing: t.field({
      type: [AgeingType],
      description: 'The overdue instalments by days past due: always the four bands, in order.',
      resolve: (r) => AGEING.map((band, i) => ({ band, ...r.ageing[i] })),
    }),
  }),
});

const ClientReceivableFieldEnum = builder.enumType('ClientReceivableField', {
  description: 'What receivables by client can be ranked by (within each currency).',
  values: {
    OUTSTANDING: { description: 'Everything still to pay.' },
    OVERDUE: { description: 'What is past due and unpaid.' },
    DAYS_OVERDUE: { description: 'Days the oldest overdue instalment is past due (none overdue: last).' },
    NAME: { description: "The client's name." },
    UID: { description: "The client's UID (registration order)." },
  } as const satisfies Record<(typeof CLIENT_RECEIVABLE_FIELDS)[number], unknown>,
});

const ClientReceivableOrder = builder.inputType('ClientReceivableOrder', {
  description: 'One ranking key of receivables by client: up to five apply in turn, and the client breaks any tie.',
  fields: (t) => ({
    field: t.field({ type: ClientReceivableFieldEnum, description: 'What to rank by.' }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', description: 'Ascending unless DESC.' }),
  }),
});

const ClientReceivableFilter = builder.inputType('ClientReceivableFilter', {
  description: 'Which clients to list: every field given must match.',
  fields: (t) => ({
    currency: t.string({ required: false, description: 'Balances in this currency (ISO 4217 code).' }),
    marketerId: t.id({ required: false, description: 'Clients of this marketer now (global id of the Marketer).' }),
    overdue: t.boolean({
      required: false,
      description: 'true: clients with something overdue; false: clients with nothing overdue.',
    }),
  }),
});

/** The arguments of receivables by client, shared by the field and its export. */
export const clientReceivableArgs = (arg: ArgBuilder<Types>) => ({
  filter: arg({
    type: ClientReceivableFilter,
    required: false,
    description: 'Only the rows that match every field given.',
  }),
  orderBy: arg({
    type: [ClientReceivableOrder],
    required: false,
    description: `Ranking keys applied in turn within each currency (at most ${MAX_ORDERINGS}); most outstanding first when omitted.`,
    extensions: { maxItems: MAX_ORDERINGS },
  }),
});

const MarketerCommissionBalanceType = builder
  .objectRef<CommissionBalanceRow['balances'][number]>('MarketerCommissionBalance')
  .implement({
    description: "A marketer's commission in one currency.",
    fields: (t) => ({
      currency: t.exposeString('currency', { description: 'ISO 4217 code.' }),
      accrued: t.field({
        type: MoneyType,
        description: 'Earned by payments, less what reversals took back.',
        resolve: (b) => money(b.currency, b.accruedMinor),
      }),
      paidOut: t.field({
        type: MoneyType,
        description: 'Paid out.',
        resolve: (b) => money(b.currency, b.paidOutMinor),
      }),
      balance: t.field({
        type: MoneyType,
        description: 'Accrued less paid out: what is owed (negative after a reversal that followed a payout).',
        resolve: (b) => money(b.currency, b.balanceMinor),
      }),
    }),
  });

const MarketerCommissionType = builder.objectRef<CommissionBalanceRow>('MarketerCommission').implement({
  description: "One marketer's commission balances, archived marketers included and marked.",
  fields: (t) => ({
    marketer: t.field({
      type: InsightGroupType,
      description: 'The marketer (global id, name and UID).',
      resolve: (r) => ({ typename: 'Marketer' as const, id: r.marketerId, name: r.fullName, uid: r.uid }),
    }),
    status: t.field({ type: ProfileStatusEnum, description: 'Active or archived.', resolve: (r) => r.status }),
    archived: t.boolean({ description: 'Whether the marketer is archived.', resolve: (r) => r.status === 'ARCHIVED' }),
    balances: t.field({
      type: [MarketerCommissionBalanceType],
      description: 'Per currency, in code order; empty when they never earned or were paid commission.',
      resolve: (r) => r.balances,
    }),
  }),
});

const CommissionBalanceFieldEnum = builder.enumType('CommissionBalanceField', {
  description: 'What commission balances can be ranked by.',
  values: {
    BALANCE: { description: 'What is owed, in `currency`.' },
    ACCRUED: { description: 'Commission accrued, in `currency`.' },
    PAID_OUT: { description: 'Commission paid out, in `currency`.' },
    NAME: { description: "The marketer's name." },
    UID: { description: "The marketer's UID (registration order)." },
  } as const satisfies Record<(typeof COMMISSION_BALANCE_FIELDS)[number], unknown>,
});

const CommissionBalanceOrder = builder.inputType('CommissionBalanceOrder', {
  description: 'One ranking key of commission balances: up to five apply in turn, and the marketer breaks any tie.',
  fields: (t) => ({
    field: t.field({ type: CommissionBalanceFieldEnum, description: 'What to rank by.' }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', description: 'Ascending unless DESC.' }),
  }),
});

const CommissionBalanceFilter = builder.inputType('CommissionBalanceFilter', {
  description: 'Which marketers to list: every field given must match.',
  fields: (t) => ({
    status: t.field({
      type: [ProfileStatusEnum],
      required: false,
      description: 'Marketers in any of these states; active and archived when omitted.',
    }),
    owed: t.boolean({
      required: false,
      description: 'true: marketers owed something (in `currency` when given, else in any); false: the others.',
    }),
  }),
});

/** The arguments of commission balances, shared by the field and its export. */
export const commissionBalanceArgs = (arg: ArgBuilder<Types>) => ({
  currency: arg.string({
    required: false,
    description: 'ISO 4217 code that BALANCE, ACCRUED and PAID_OUT rank by; required with them.',
  }),
  filter: arg({ type: CommissionBalanceFilter, required: false, description: 'Only the marketers that match.' }),
  orderBy: arg({
    type: [CommissionBalanceOrder],
    required: false,
    description: `Ranking keys applied in turn (at most ${MAX_ORDERINGS}); by UID when omitted.`,
    extensions: { maxItems: MAX_ORDERINGS },
  }),
});

const ReceivablesType = builder.objectRef<Receivables>('Receivables').implement({
  description: 'What clients owe on one day, per currency.',
  fields: (t) => ({
    asOf: t.expose('asOf', {
      type: 'Date',
      description:
        'The day reckoned for: sales sold and payments dated by its end; instalments due before it are overdue.',
    }),
    totals: t.field({
      type: [ReceivablesTotalType],
      description: 'Per currency, in code order; empty when nothing was sold.',
      resolve: (r) => r.totals,
    }),
    byClient: t.connection(
      {
        type: ClientReceivableType,
        description:
          'What each client owes on the same day, per currency (clients who owe nothing left out): grouped by currency in code order, ranked within it as asked.',
        args: clientReceivableArgs(t.arg),
        resolve: (r, args, ctx) => {
          const session = signedIn(ctx);
          const filter = args.filter && {
            ...args.filter,
            marketerId:
              args.filter.marketerId == null ? null : localId(args.filter.marketerId, 'Marketer', 'filter.marketerId'),
          };
          const ranked = clientReceivables(session.viewer, { asOf: r.asOf, filter, orderBy: args.orderBy });
          return rankedConnection(session, ranked, args, clientReceivableRow);
        },
      },
      {
        name: 'ClientReceivableConnection',
        fields: (c) => ({
          totalCount: c.int({
            description: 'Rows in all pages (client and currency pairs).',
            resolve: (conn) => (conn as unknown as { totalCount: () => Promise<number> }).totalCount(),
          }),
        }),
      },
    ),
  }),
});

const PlotStockType = builder.objectRef<PlotStock>('PlotStock').implement({
  description: "One estate's plots by state.",
  fields: (t) => ({
    estate: t.field({ type: InsightGroupType, description: 'The estate.', resolve: (p) => p.estate }),
    available: t.exposeInt('available', { description: 'Plots free to reserve or sell.' }),
    reserved: t.exposeInt('reserved', { description: 'Plots held for a client.' }),
    allocated: t.exposeInt('allocated', { description: 'Plots allocated to a client and not sold.' }),
    sold: t.exposeInt('sold', { description: 'Plots with a sale.' }),
    total: t.exposeInt('total', { description: 'Every plot of the estate.' }),
    sellThrough: t.float({
      description: 'sold ÷ total, from 0 to 1 (0 without plots).',
      resolve: (p) => (p.total ? p.sold / p.total : 0),
    }),
  }),
});

const SellThroughBucketType = builder.objectRef<SellThroughBucket>('SellThroughBucket').implement({
  description: 'Plots sold in one bucket of the sale date, and how much of the stock is sold by its end.',
  fields: (t) => ({
    start: t.expose('start', {
      type: 'Date',
      description: 'The first day of the bucket (it may start before the range).',
    }),
    sold: t.exposeInt('sold', { description: 'Plots sold in the bucket (a marketer: to their own clients).' }),
    soldToDate: t.exposeInt('soldToDate', {
      description: 'Plots sold by the end of the bucket, sales before the range included.',
    }),
    plots: t.exposeInt('plots', { description: 'Plots there are now (plots carry no creation date).' }),
    rate: t.float({
      description: 'soldToDate ÷ plots, from 0 to 1 (0 without plots).',
      resolve: (b) => (b.plots ? b.soldToDate / b.plots : 0),
    }),
  }),
});

const LeaderboardTotalsType = builder.objectRef<LeaderboardEntry['totals'][number]>('LeaderboardTotals').implement({
  description: "A marketer's money figures in one currency.",
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'ISO 4217 code.' }),
    salesValueMinor: t.expose('salesValueMinor', {
      type: 'BigInt',
      description: 'Prices of the sales credited to them, in minor units.',
    }),
    collectedMinor: t.expose('collectedMinor', {
      type: 'BigInt',
      description: 'Payments less reversals on those sales, in minor units.',
    }),
    commissionMinor: t.expose('commissionMinor', {
      type: 'BigInt',
      description: 'Commission accrued (less what reversals took back), in minor units.',
    }),
  }),
});

const LeaderboardEntryType = builder.objectRef<LeaderboardEntry>('LeaderboardEntry').implement({
  description: "One marketer's figures.",
  fields: (t) => ({
    marketer: t.field({
      type: InsightGroupType,
      description: 'The marketer (id, name and UID).',
      resolve: (e) => e.marketer,
    }),
    status: t.field({
      type: ProfileStatusEnum,
      description: 'Whether the marketer is active or archived.',
      resolve: (e) => e.status,
    }),
    clients: t.exposeInt('clients', {
      description: 'Clients assigned to them now (registered in the period, when one is given).',
    }),
    sales: t.exposeInt('sales', { description: 'Sales credited to them (sold in the period).' }),
    totals: t.field({
      type: [LeaderboardTotalsType],
      description: 'Money figures per currency, in code order (dated in the period).',
      resolve: (e) => e.totals,
    }),
  }),
});

const RANGE = 'The days to count, and the bucket to count them in.';

const InsightsType = builder.objectRef<object>('Insights').implement({
  description:
    "Figures computed over the company's data, each by one SQL statement: staff see the whole company; a marketer the same figures over their own clients. Money is per currency.",
  fields: (t) => ({
    registrations: t.field({
      type: [RegistrationsBucketType],
      description:
        "Clients and marketers registered per bucket (in the company's time zone), every bucket of the range listed.",
      args: { range: t.arg({ type: InsightRange, description: RANGE }) },
      complexity: pricedPerBucket,
      resolve: (_root, { range }, ctx) => registrations(signedIn(ctx), range),
    }),
    sales: t.field({
      type: [SalesBucketType],
      description:
        'Sales per bucket of the sale date: count and value per currency, every bucket listed; `by` breaks each bucket down by estate, marketer or plot size.',
      args: {
        range: t.arg({ type: InsightRange, description: RANGE }),
        by: t.arg({
          type: InsightGroupingEnum,
          required: false,
          description: 'A breakdown of each bucket: ESTATE, MARKETER or PLOT_SIZE.',
        }),
      },
      complexity: pricedPerBucket,
      resolve: (_root, { range, by }, ctx) => sales(signedIn(ctx), range, by),
    }),
    payments: t.field({
      type: [PaymentsBucketType],
      description:
        'Money received per bucket of the payment date, net of reversals, per currency, every bucket listed; `by: METHOD` breaks it down by how it was paid.',
      args: {
        range: t.arg({ type: InsightRange, description: RANGE }),
        by: t.arg({
          type: InsightGroupingEnum,
          required: false,
          description: 'A breakdown of each bucket: METHOD, ESTATE, MARKETER or PLOT_SIZE.',
        }),
      },
      complexity: pricedPerBucket,
      resolve: (_root, { range, by }, ctx) => payments(signedIn(ctx), range, by),
    }),
    receivables: t.field({
      type: ReceivablesType,
      description: 'Outstanding balances and overdue instalments (count, value and ageing) on a day, per currency.',
      args: {
        asOf: t.arg({
          type: 'Date',
          required: false,
          description: "The day to reckon for; today in the company's time zone when omitted.",
        }),
      },
      resolve: (_root, { asOf }, ctx) => receivables(signedIn(ctx), asOf),
    }),
    plotStock: t.field({
      type: [PlotStockType],
      description:
        "Each estate's plots: available, reserved, allocated, sold and in all, by estate name. The whole company's, as Estate.availability shows everyone.",
      args: {
        status: t.arg({
          type: [EstateStatusEnum],
          defaultValue: ['ACTIVE'],
          description: 'Estates in any of these states (active only unless asked).',
        }),
      },
      resolve: (_root, { status }, ctx) => plotStock(signedIn(ctx), status),
    }),
    sellThrough: t.field({
      type: [SellThroughBucketType],
      description:
        'Plots sold per bucket of the sale date and the share of all plots sold by the end of each, every bucket listed.',
      args: {
        range: t.arg({ type: InsightRange, description: RANGE }),
        estateId: t.arg.id({
          required: false,
          description: 'Only this estate (global id of the Estate); all estates when omitted.',
        }),
      },
      complexity: pricedPerBucket,
      resolve: (_root, { range, estateId }, ctx) =>
        sellThrough(signedIn(ctx), range, estateId == null ? null : localId(estateId, 'Estate', 'estateId')),
    }),
    commissionBalances: t.connection(
      {
        type: MarketerCommissionType,
        description:
          "Every marketer's commission balances per currency, archived marketers included and marked, ranked as asked (money keys in `currency`). A marketer sees their own.",
        args: commissionBalanceArgs(t.arg),
        resolve: (_root, args, ctx) => {
          const session = signedIn(ctx);
          const ranked = commissionBalanceList(session.viewer, {
            currency: args.currency,
            filter: args.filter,
            orderBy: args.orderBy,
          });
          return rankedConnection(session, ranked, args, commissionBalanceRow);
        },
      },
      {
        name: 'MarketerCommissionConnection',
        fields: (c) => ({
          totalCount: c.int({
            description: 'Marketers in all pages.',
            resolve: (conn) => (conn as unknown as { totalCount: () => Promise<number> }).totalCount(),
          }),
        }),
      },
    ),
    marketerLeaderboard: t.field({
      type: [LeaderboardEntryType],
      description:
        'Marketers with their clients, sales, money collected and commission accrued, ranked as asked. Sales and what was collected on them count for the marketer credited when sold (who earns the commission), wherever the client is now. A marketer sees their own entry only.',
      args: {
        period: t.arg({
          type: InsightPeriod,
          required: false,
          description: 'Count only what happened in these days; all time when omitted.',
        }),
        orderBy: t.arg({
          type: [LeaderboardOrder],
          defaultValue: [...DEFAULT_LEADERBOARD_ORDER],
          description: `Ranking keys applied in turn (at most ${MAX_ORDERINGS}); most sales first when omitted.`,
          extensions: { maxItems: MAX_ORDERINGS },
        }),
        currency: t.arg.string({
          required: false,
          description: 'ISO 4217 code that SALES_VALUE, COLLECTED and COMMISSION rank by; required with them.',
        }),
        limit: t.arg.int({
          defaultValue: 20,
          description: `How many entries, 1 to ${MAX_LEADERBOARD} (more is BAD_USER_INPUT naming limit).`,
        }),
      },
      resolve: (_root, args, ctx) =>
        leaderboard(signedIn(ctx), {
          period: args.period,
          orderBy: args.orderBy,
          currency: args.currency,
          limit: args.limit,
        }),
    }),
  }),
});

builder.queryFields((t) => ({
  insights: t.withAuth({ can: 'READ_INSIGHTS' }).field({
    type: InsightsType,
    description:
      'Figures for analysts, computed in PostgreSQL: staff (ADMIN, ANALYST) see the company; a marketer the same over their own clients.',
    resolve: () => ({}),
  }),
}));
