// What each list exports as a spreadsheet: the GraphQL field whose arguments it takes (so `filter`
// and `orderBy` mean exactly what they mean there), the permission of that field, and one SQL
// statement of its rows in the list's order, built from the same services: the list's Prisma
// filter (with the viewer's visibility) compiled by db/where-sql.ts, its ordering by
// db/query-sql.ts (or the service's SQL keys). Money is a decimal in major units beside its
// currency; instants are written in the company's time zone.
import { Prisma } from '../generated/prisma/client.ts';
import { aliasCounter, whereSql } from '../db/where-sql.ts';
import { orderBySql } from '../db/query-sql.ts';
import type { Permission } from '../policy/permissions.ts';
import { VISIBLE } from '../policy/visibility.ts';
import { majorUnits } from '../shared/money.ts';
import { isoDate } from '../shared/dates.ts';
import type { Session } from '../runtime/session.ts';
import { decodeIds } from '../schema/ids.ts';
import { CLIENT_FILTER_IDS } from './clients/schema.ts';
import { SALE_FILTER_IDS } from './sales/schema.ts';
import { PAYMENT_FILTER_IDS } from './payments/schema.ts';
import { PLOT_FILTER_IDS } from './estates/schema.ts';
import { clientListWhere, clientOrder, type ClientFilter } from './clients/service.ts';
import { marketerOrder } from './marketers/service.ts';
import { type DirectoryFilter, directoryFilter, type ProfileStatus, resolveCreatedIn } from './people/service.ts';
import { overdueSql, saleFilter, saleOrderSql, type SaleFilter } from './sales/service.ts';
import { saleStatus } from './sales/plan.ts';
import { paymentFilter, paymentOrder, type PaymentFilter } from './payments/service.ts';
import { plotFilter, plotOrder, type PlotFilter } from './estates/service.ts';
import { companyToday } from './companies/service.ts';
import {
  clientReceivableRow,
  clientReceivables,
  commissionBalanceList,
  commissionBalanceRow,
  type Ranked,
} from './insights/rankings.ts';

type Row = Record<string, unknown>;

export interface ExportColumn {
  header: string;
  kind: 'text' | 'number';
  value: (row: Row) => string | null;
}

/** One export's statement of every row in order, the one that counts them, and its columns. */
export interface ExportQuery {
  rows: Prisma.Sql;
  count: Prisma.Sql;
  columns: ExportColumn[];
}

export interface ExportDefinition {
  /** Schema coordinates of the fields whose arguments the export takes (the list's, and its parents'). */
  fields: readonly string[];
  /** The list field's permission; null: any signed-in viewer, as the list. */
  permission: Permission | null;
  /** The sheet's name. */
  title: string;
  query(session: Session, args: Row, zone: string): Promise<ExportQuery>;
}

const sql = Prisma.sql;
const raw = Prisma.raw;
const text = (header: string, key: string): ExportColumn => ({
  header,
  kind: 'text',
  value: (r) => (r[key] == null ? null : String(r[key])),
});
const int = (header: string, key: string): ExportColumn => ({
  header,
  kind: 'number',
  value: (r) => (r[key] == null ? null : String(r[key])),
});
const date = (header: string, key: string): ExportColumn => ({
  header,
  kind: 'text',
  value: (r) => (r[key] instanceof Date ? isoDate(r[key] as Date) : null),
});
/** Minor units in `key`, as a decimal in the row's currency (`currencyKey`). */
const money = (header: string, key: string, currencyKey = 'currency'): ExportColumn => ({
  header,
  kind: 'number',
  value: (r) => (r[key] == null ? null : majorUnits(BigInt(r[key] as bigint), String(r[currencyKey]))),
});
const company = (session: Session) => sql`${session.viewer.companyId}::uuid`;
/** An instant as local date and time in the company's time zone. */
const local = (column: string) =>
  sql`to_char(${raw(column)} AT TIME ZONE (SELECT "timeZone" FROM "Company" WHERE "id" = x."companyId"), 'YYYY-MM-DD HH24:MI:SS')`;
const orderOf = (items: Prisma.Sql[]) => Prisma.join(items);
const where = (model: string, filter: object, alias: string) =>
  whereSql(model, filter as Record<string, unknown>, alias, aliasCounter(`${alias}w`));

/** What a client's and a marketer's rows both begin with (the profile `x`): UID, name, email, phone, status. */
const PROFILE = sql`x."uid", x."fullName", (SELECT u."email" FROM "User" u WHERE u."companyId" = x."companyId" AND u."id" = x."userId") AS email, x."phone", x."status"::text AS status`;
const PROFILE_COLUMNS = [
  text('UID', 'uid'),
  text('Name', 'fullName'),
  text('Email', 'email'),
  text('Phone', 'phone'),
  text('Status', 'status'),
];

const clients: ExportDefinition = {
  fields: ['Query.clients'],
  permission: 'LIST_CLIENTS',
  title: 'Clients',
  async query(session, args, zone) {
    const filter = clientListWhere(
      session.viewer,
      args as { search?: string | null; status: readonly ProfileStatus[] },
      await resolveCreatedIn(session, decodeIds(args.filter as ClientFilter | null, CLIENT_FILTER_IDS)),
    );
    const order = orderBySql('Client', clientOrder(args.orderBy as never), 'x', aliasCounter('xo'));
    const from = sql`FROM "Client" x WHERE x."companyId" = ${company(session)} AND ${where('Client', filter, 'x')}`;
    return {
      count: sql`SELECT count(*)::int AS n ${from}`,
      rows: sql`SELECT ${PROFILE}, m."uid" AS "marketerUid", m."fullName" AS "marketerName",
                  (SELECT count(*) FROM "Sale" s WHERE s."companyId" = x."companyId" AND s."clientId" = x."id")::int AS sales,
                  ${local('x."createdAt"')} AS "registered"
        FROM "Client" x LEFT JOIN "Marketer" m ON m."companyId" = x."companyId" AND m."id" = x."marketerId"
        WHERE x."companyId" = ${company(session)} AND ${where('Client', filter, 'x')}
        ORDER BY ${orderOf(order)}`,
      columns: [
        ...PROFILE_COLUMNS,
        text('Marketer UID', 'marketerUid'),
        text('Marketer', 'marketerName'),
        int('Sales', 'sales'),
        text(`Registered (${zone})`, 'registered'),
      ],
    };
  },
};

const marketers: ExportDefinition = {
  fields: ['Query.marketers'],
  permission: 'LIST_MARKETERS',
  title: 'Marketers',
  async query(session, args, zone) {
    const filter = directoryFilter(
      args as { search?: string | null; status: readonly ProfileStatus[] },
      await resolveCreatedIn(session, args.filter as DirectoryFilter | null),
    );
    const order = orderBySql('Marketer', marketerOrder(args.orderBy as never), 'x', aliasCounter('xo'));
    const scope = sql`x."companyId" = ${company(session)} AND ${where('Marketer', filter, 'x')}`;
    return {
      count: sql`SELECT count(*)::int AS n FROM "Marketer" x WHERE ${scope}`,
      rows: sql`SELECT ${PROFILE},
                  (SELECT count(*) FROM "Client" c WHERE c."companyId" = x."companyId" AND c."marketerId" = x."id")::int AS clients,
                  (SELECT count(*) FROM "Sale" s WHERE s."companyId" = x."companyId" AND s."marketerId" = x."id")::int AS sales,
                  ${local('x."createdAt"')} AS "registered"
        FROM "Marketer" x WHERE ${scope} ORDER BY ${orderOf(order)}`,
      columns: [
        ...PROFILE_COLUMNS,
        int('Clients', 'clients'),
        int('Sales', 'sales'),
        text(`Registered (${zone})`, 'registered'),
      ],
    };
  },
};

const sales: ExportDefinition = {
  fields: ['Query.sales'],
  permission: 'READ_SALES',
  title: 'Sales',
  async query(session, args) {
    const today = await companyToday(session);
    const { filter, orderBy, ...own } = args;
    const conditions = saleFilter(
      session.viewer,
      today,
      decodeIds(own as SaleFilter, SALE_FILTER_IDS, ''),
      decodeIds(filter as SaleFilter | null, SALE_FILTER_IDS),
    );
    const scope = sql`x."companyId" = ${company(session)} AND ${where('Sale', conditions, 'x')}`;
    const seenMarketer = where('Marketer', VISIBLE.Marketer(session.viewer), 'm');
    return {
      count: sql`SELECT count(*)::int AS n FROM "Sale" x WHERE ${scope}`,
      rows: sql`SELECT x."number", x."soldOn", c."uid" AS "clientUid", c."fullName" AS "clientName", e."name" AS estate, p."number" AS plot,
                  CASE WHEN ${seenMarketer} THEN m."uid" END AS "marketerUid", x."plan"::text AS plan, x."currency",
                  x."priceMinor", x."paidMinor", x."priceMinor" - x."paidMinor" AS "balanceMinor", ${overdueSql('x', today)} AS "overdueMinor",
                  x."nextDueDate"
        FROM "Sale" x
        JOIN "Client" c ON c."companyId" = x."companyId" AND c."id" = x."clientId"
        JOIN "Plot" p ON p."companyId" = x."companyId" AND p."id" = x."plotId"
        JOIN "Estate" e ON e."companyId" = p."companyId" AND e."id" = p."estateId"
        LEFT JOIN "Marketer" m ON m."companyId" = x."companyId" AND m."id" = x."marketerId"
        WHERE ${scope} ORDER BY ${orderOf(saleOrderSql(orderBy as never, 'x', today))}`,
      columns: [
        text('Number', 'number'),
        date('Sold on', 'soldOn'),
        text('Client UID', 'clientUid'),
        text('Client', 'clientName'),
        text('Estate', 'estate'),
        text('Plot', 'plot'),
        text('Marketer UID', 'marketerUid'),
        text('Plan', 'plan'),
        text('Currency', 'currency'),
        money('Price', 'priceMinor'),
        money('Paid', 'paidMinor'),
        money('Balance', 'balanceMinor'),
        money(`Overdue (${isoDate(today)})`, 'overdueMinor'),
        date('Next due', 'nextDueDate'),
        {
          header: 'Status',
          kind: 'text',
          value: (r) => saleStatus({ nextDueDate: r.nextDueDate as Date | null }, today),
        },
      ],
    };
  },
};

const payments: ExportDefinition = {
  fields: ['Query.payments'],
  permission: 'READ_SALES',
  title: 'Payments',
  async query(session, args, zone) {
    const today = await companyToday(session);
    const conditions = paymentFilter(
      session.viewer,
      today,
      decodeIds(args.filter as PaymentFilter | null, PAYMENT_FILTER_IDS),
    );
    const order = orderBySql('Payment', paymentOrder(args.orderBy as never), 'x', aliasCounter('xo'));
    const scope = sql`x."companyId" = ${company(session)} AND ${where('Payment', conditions, 'x')}`;
    return {
      count: sql`SELECT count(*)::int AS n FROM "Payment" x WHERE ${scope}`,
      rows: sql`SELECT x."receiptNumber", x."kind"::text AS kind, x."date", s."number" AS sale, c."uid" AS "clientUid", c."fullName" AS "clientName",
                  coalesce(x."method", o."method")::text AS method, x."currency", x."amountMinor",
                  CASE x."kind" WHEN 'REVERSAL' THEN -x."amountMinor" ELSE x."amountMinor" END AS "signedMinor",
                  x."reference", x."reason", ${local('x."createdAt"')} AS recorded
        FROM "Payment" x
        JOIN "Sale" s ON s."companyId" = x."companyId" AND s."id" = x."saleId"
        JOIN "Client" c ON c."companyId" = s."companyId" AND c."id" = s."clientId"
        LEFT JOIN "Payment" o ON o."companyId" = x."companyId" AND o."id" = x."reversesId"
        WHERE ${scope} ORDER BY ${orderOf(order)}`,
      columns: [
        text('Receipt', 'receiptNumber'),
        text('Kind', 'kind'),
        date('Date', 'date'),
        text('Sale', 'sale'),
        text('Client UID', 'clientUid'),
        text('Client', 'clientName'),
        text('Method', 'method'),
        text('Currency', 'currency'),
        money('Amount', 'amountMinor'),
        money('Effect on paid', 'signedMinor'),
        text('Reference', 'reference'),
        text('Reason', 'reason'),
        text(`Recorded (${zone})`, 'recorded'),
      ],
    };
  },
};

const plots: ExportDefinition = {
  fields: ['Query.plots'],
  permission: null,
  title: 'Plots',
  async query(session, args, zone) {
    const conditions = plotFilter(decodeIds(args.filter as PlotFilter | null, PLOT_FILTER_IDS));
    const order = orderBySql('Plot', plotOrder(args.orderBy as never), 'x', aliasCounter('xo'));
    const scope = sql`x."companyId" = ${company(session)} AND ${where('Plot', conditions, 'x')}`;
    const seenClient = where('Client', VISIBLE.Client(session.viewer), 'c');
    return {
      count: sql`SELECT count(*)::int AS n FROM "Plot" x WHERE ${scope}`,
      rows: sql`SELECT e."name" AS estate, x."number", z."label", z."areaSqm", z."currency", z."priceMinor", x."status"::text AS status,
                  EXISTS (SELECT 1 FROM "Sale" s WHERE s."companyId" = x."companyId" AND s."plotId" = x."id") AS sold,
                  CASE WHEN c."id" IS NOT NULL AND ${seenClient} THEN c."uid" END AS "holderUid",
                  ${local('x."heldAt"')} AS "heldAt"
        FROM "Plot" x
        JOIN "Estate" e ON e."companyId" = x."companyId" AND e."id" = x."estateId"
        JOIN "PlotSize" z ON z."companyId" = x."companyId" AND z."id" = x."plotSizeId"
        LEFT JOIN "Client" c ON c."companyId" = x."companyId" AND c."id" = x."clientId"
        WHERE ${scope} ORDER BY ${orderOf(order)}`,
      columns: [
        text('Estate', 'estate'),
        text('Plot', 'number'),
        text('Size', 'label'),
        int('Area (sqm)', 'areaSqm'),
        text('Currency', 'currency'),
        money('Price', 'priceMinor'),
        text('Status', 'status'),
        { header: 'Sold', kind: 'text', value: (r) => (r.sold ? 'yes' : 'no') },
        text('Holder UID', 'holderUid'),
        text(`Held at (${zone})`, 'heldAt'),
      ],
    };
  },
};

const ranked = (r: Ranked): Pick<ExportQuery, 'rows' | 'count'> => ({ rows: r.rows, count: r.count });

const receivablesByClient: ExportDefinition = {
  fields: ['Insights.receivables', 'Receivables.byClient'],
  permission: 'READ_INSIGHTS',
  title: 'Receivables by client',
  async query(session, args) {
    const asOf = (args.asOf as Date | null) ?? (await companyToday(session));
    const statement = clientReceivables(session.viewer, {
      asOf,
      filter: decodeIds(args.filter as { marketerId?: string | null } | null, { marketerId: 'Marketer' }),
      orderBy: args.orderBy as never,
    });
    const band =
      (i: number): ExportColumn['value'] =>
      (r) => {
        const row = clientReceivableRow(r as never);
        return majorUnits(row.ageing[i].amountMinor, row.currency);
      };
    return {
      ...ranked(statement),
      columns: [
        text('Client UID', 'uid'),
        text('Client', 'fullName'),
        text('Currency', 'currency'),
        int('Open sales', 'openSales'),
        money(`Outstanding (${isoDate(asOf)})`, 'outstandingMinor'),
        int('Overdue instalments', 'overdueInstalments'),
        money('Overdue', 'overdueMinor'),
        date('Oldest overdue', 'oldestOverdue'),
        int('Days overdue', 'daysOverdue'),
        { header: '1-30 days', kind: 'number', value: band(0) },
        { header: '31-60 days', kind: 'number', value: band(1) },
        { header: '61-90 days', kind: 'number', value: band(2) },
        { header: 'Over 90 days', kind: 'number', value: band(3) },
      ],
    };
  },
};

const commissionBalances: ExportDefinition = {
  fields: ['Insights.commissionBalances'],
  permission: 'READ_INSIGHTS',
  title: 'Commission balances',
  async query(session, args) {
    const statement = commissionBalanceList(session.viewer, {
      currency: args.currency as string | null,
      filter: args.filter as never,
      orderBy: args.orderBy as never,
    });
    // A column group per currency of the company's commission (or the one asked for).
    const currencies =
      args.currency != null
        ? [String(args.currency).trim().toUpperCase()]
        : (
            await session.db.$queryRaw<{ currency: string }[]>`
              SELECT DISTINCT "currency" FROM "CommissionAccrual" WHERE "companyId" = ${company(session)}
              UNION SELECT DISTINCT "currency" FROM "CommissionPayout" WHERE "companyId" = ${company(session)} ORDER BY 1`
          ).map((c) => c.currency);
    const amount =
      (currency: string, key: 'accruedMinor' | 'paidOutMinor' | 'balanceMinor'): ExportColumn['value'] =>
      (r) => {
        const found = commissionBalanceRow(r as never).balances.find((b) => b.currency === currency);
        return majorUnits(found?.[key] ?? 0n, currency);
      };
    return {
      ...ranked(statement),
      columns: [
        text('Marketer UID', 'uid'),
        text('Marketer', 'fullName'),
        text('Status', 'status'),
        ...currencies.flatMap((c): ExportColumn[] => [
          { header: `Accrued ${c}`, kind: 'number', value: amount(c, 'accruedMinor') },
          { header: `Paid out ${c}`, kind: 'number', value: amount(c, 'paidOutMinor') },
          { header: `Balance ${c}`, kind: 'number', value: amount(c, 'balanceMinor') },
        ]),
      ],
    };
  },
};

/** Every export, by the name in its URL: /exports/<name>.csv or .xlsx. */
export const EXPORTS: Readonly<Record<string, ExportDefinition>> = {
  clients,
  marketers,
  sales,
  payments,
  plots,
  'receivables-by-client': receivablesByClient,
  'commission-balances': commissionBalances,
};
