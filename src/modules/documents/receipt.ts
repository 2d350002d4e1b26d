// A receipt (a payment, or the reversal of one) as a one-page PDF. Everything on it comes from its
// ledger entry and the entries of its sale up to it, so the same receipt is the same bytes
// whenever it is rendered: later payments or a later reversal do not change it (the verification
// link tells whether it has been reversed since).
import type { PaymentKind, PaymentMethod } from '../../generated/prisma/client.ts';
import { isoDate, longDate } from '../../shared/dates.ts';
import { METHOD_LABELS } from './labels.ts';
import { amountInWords, formatMoney } from './money.ts';
import { Pdf } from './pdf.ts';

export interface ReceiptData {
  companyName: string;
  receiptNumber: string;
  kind: PaymentKind;
  amountMinor: bigint;
  currency: string;
  date: Date;
  method: PaymentMethod | null;
  reference: string | null;
  reason: string | null;
  /** The payment a reversal undoes. */
  reverses: { receiptNumber: string; date: Date } | null;
  client: { fullName: string; uid: string };
  sale: { number: string; priceMinor: bigint; plot: string };
  /** The sale's payments minus reversals up to and including this entry. */
  paidToDateMinor: bigint;
  recordedAt: Date;
  verificationUrl: string;
}

export function renderReceipt(r: ReceiptData): Promise<Buffer> {
  const reversal = r.kind === 'REVERSAL';
  const pdf = new Pdf({
    title: `${reversal ? 'Reversal receipt' : 'Receipt'} ${r.receiptNumber}`,
    author: r.companyName,
    subject: `Sale ${r.sale.number}`,
    created: r.recordedAt,
  });
  pdf.heading(
    r.companyName,
    reversal ? `Reversal receipt ${r.receiptNumber}` : `Receipt ${r.receiptNumber}`,
    reversal ? 'This receipt records a payment undone in full.' : 'Official receipt for money received.',
  );
  const money = (minor: bigint) => formatMoney(minor, r.currency);
  pdf.fields([
    ['Receipt number', r.receiptNumber],
    ['Date', `${longDate(r.date)} (${isoDate(r.date)})`],
    [reversal ? 'Client' : 'Received from', `${r.client.fullName} (${r.client.uid})`],
    ['For', `Sale ${r.sale.number}: ${r.sale.plot}`],
    ...(r.reverses
      ? [['Reverses', `Receipt ${r.reverses.receiptNumber} of ${longDate(r.reverses.date)}`] as const]
      : []),
    ...(r.method ? [['Method', METHOD_LABELS[r.method]] as const] : []),
    ...(r.reference ? [['Reference', r.reference] as const] : []),
    ...(r.reason ? [['Reason', r.reason] as const] : []),
  ]);
  pdf.rule();
  pdf.fields([[reversal ? 'Amount reversed' : 'Amount', money(r.amountMinor)]], { size: 14, labelWidth: 170 });
  pdf.fields([['In words', amountInWords(r.amountMinor, r.currency)]]);
  pdf.rule();
  pdf.fields(
    [
      ['Sale price', money(r.sale.priceMinor)],
      ['Paid to date', `${money(r.paidToDateMinor)} (with this receipt)`],
      ['Balance', money(r.sale.priceMinor - r.paidToDateMinor)],
    ],
    { size: 9 },
  );
  pdf.rule();
  pdf.paragraph('Anyone holding this receipt can check it at:', { size: 8, color: '#444444' });
  pdf.paragraph(r.verificationUrl, { size: 8, link: r.verificationUrl });
  pdf.paragraph(`Recorded ${r.recordedAt.toISOString()}.`, { size: 7, color: '#666666' });
  return pdf.finish();
}
