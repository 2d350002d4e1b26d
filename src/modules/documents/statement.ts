// A client's statement as a PDF: the same lines and totals as the `clientStatement` field, in the
// same order (totals per currency, sales newest first with their schedules, receipts newest first),
// reckoned for the same day.
import type { PaymentKind, PaymentMethod, PaymentPlan } from '../../generated/prisma/client.ts';
import { isoDate, longDate } from '../../shared/dates.ts';
import type { InstalmentStanding, SaleStatus } from '../sales/plan.ts';
import type { LedgerTotals } from '../sales/service.ts';
import { METHOD_LABELS, PLAN_LABELS } from './labels.ts';
import { formatMoney } from './money.ts';
import { CONTENT_WIDTH, Pdf } from './pdf.ts';

export interface StatementData {
  companyName: string;
  client: { fullName: string; uid: string };
  asOf: Date;
  totals: LedgerTotals[];
  sales: {
    number: string;
    soldOn: Date;
    plot: string;
    plan: PaymentPlan;
    currency: string;
    priceMinor: bigint;
    paidMinor: bigint;
    overdueMinor: bigint;
    status: SaleStatus;
    schedule: InstalmentStanding[];
  }[];
  payments: {
    receiptNumber: string;
    date: Date;
    saleNumber: string;
    kind: PaymentKind;
    method: PaymentMethod | null;
    reference: string | null;
    /** Negative for a reversal. */
    signedAmountMinor: bigint;
    currency: string;
  }[];
}

const widths = (...shares: number[]) => shares.map((s) => (s * CONTENT_WIDTH) / shares.reduce((a, b) => a + b));

export async function renderStatement(s: StatementData): Promise<Buffer> {
  const title = `Statement for ${s.client.uid} as of ${isoDate(s.asOf)}`;
  const pdf = new Pdf({ title, author: s.companyName, subject: s.client.fullName, created: s.asOf });
  pdf.heading(
    s.companyName,
    'Statement of account',
    `${s.client.fullName} (${s.client.uid}) · as of ${longDate(s.asOf)}`,
  );

  pdf.paragraph('Totals', { bold: true, size: 11 });
  const t = widths(1, 1, 2, 2, 2, 2);
  await pdf.table(
    [
      { header: 'Currency', width: t[0] },
      { header: 'Sales', width: t[1], align: 'right' },
      { header: 'Price', width: t[2], align: 'right' },
      { header: 'Paid', width: t[3], align: 'right' },
      { header: 'Balance', width: t[4], align: 'right' },
      { header: 'Overdue', width: t[5], align: 'right' },
    ],
    s.totals.map((x) => [
      x.currency,
      String(x.sales),
      formatMoney(x.priceMinor, x.currency),
      formatMoney(x.paidMinor, x.currency),
      formatMoney(x.balanceMinor, x.currency),
      formatMoney(x.overdueMinor, x.currency),
    ]),
  );

  pdf.paragraph(`Sales (${s.sales.length})`, { bold: true, size: 11 });
  const w = widths(1, 3, 3, 3, 3, 2);
  for (const sale of s.sales) {
    const money = (minor: bigint) => formatMoney(minor, sale.currency);
    pdf.ensureSpace(90);
    pdf.paragraph(
      `Sale ${sale.number} · sold ${isoDate(sale.soldOn)} · ${sale.plot} · ${PLAN_LABELS[sale.plan]} · ${sale.status}`,
      {
        bold: true,
        size: 9,
      },
    );
    pdf.paragraph(
      `Price ${money(sale.priceMinor)} · paid ${money(sale.paidMinor)} · balance ${money(sale.priceMinor - sale.paidMinor)} · overdue ${money(sale.overdueMinor)}`,
      { size: 8 },
    );
    await pdf.table(
      [
        { header: 'No.', width: w[0] },
        { header: 'Due', width: w[1] },
        { header: 'Amount', width: w[2], align: 'right' },
        { header: 'Paid', width: w[3], align: 'right' },
        { header: 'Outstanding', width: w[4], align: 'right' },
        { header: 'State', width: w[5] },
      ],
      sale.schedule.map((i) => [
        String(i.seq),
        isoDate(i.dueDate),
        money(i.amountMinor),
        money(i.paidMinor),
        money(i.outstandingMinor),
        i.state,
      ]),
    );
  }

  pdf.paragraph(`Receipts (${s.payments.length})`, { bold: true, size: 11 });
  const r = widths(3, 2.4, 2.4, 2, 2.4, 3, 3.4);
  await pdf.table(
    [
      { header: 'Receipt', width: r[0] },
      { header: 'Date', width: r[1] },
      { header: 'Sale', width: r[2] },
      { header: 'Kind', width: r[3] },
      { header: 'Method', width: r[4] },
      { header: 'Reference', width: r[5] },
      { header: 'Amount', width: r[6], align: 'right' },
    ],
    s.payments.map((p) => [
      p.receiptNumber,
      isoDate(p.date),
      p.saleNumber,
      p.kind,
      p.method ? METHOD_LABELS[p.method] : '',
      p.reference ?? '',
      formatMoney(p.signedAmountMinor, p.currency),
    ]),
  );
  return pdf.finish();
}
