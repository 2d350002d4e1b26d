// A letter of allocation: the company confirms that a plot is allocated to a client. It says what
// does not change while the allocation stands (the plot, the holder, the day it was allocated, and
// the sale's number, price and plan once sold), so it renders to the same bytes each time.
import type { PaymentPlan } from '../../generated/prisma/client.ts';
import { isoDate, longDate } from '../../shared/dates.ts';
import { PLAN_LABELS } from './labels.ts';
import { amountInWords, formatMoney } from './money.ts';
import { Pdf } from './pdf.ts';

export interface AllocationLetterData {
  companyName: string;
  client: { fullName: string; uid: string };
  /** When the plot was allocated: the instant, and its calendar date in the company's time zone. */
  allocatedAt: Date;
  allocatedOn: Date;
  plot: { number: string; estate: string; location: string; sizeLabel: string; areaSqm: number };
  sale: { number: string; soldOn: Date; priceMinor: bigint; currency: string; plan: PaymentPlan } | null;
}

export function renderAllocationLetter(l: AllocationLetterData): Promise<Buffer> {
  const title = `Letter of allocation: plot ${l.plot.number}, ${l.plot.estate}`;
  const pdf = new Pdf({ title, author: l.companyName, subject: l.client.fullName, created: l.allocatedAt });
  pdf.heading(l.companyName, 'Letter of allocation', `${longDate(l.allocatedOn)} (${isoDate(l.allocatedOn)})`);
  pdf.paragraph(`To: ${l.client.fullName} (${l.client.uid})`, { size: 11 });
  pdf.paragraph(`Dear ${l.client.fullName},`, { size: 11 });
  pdf.doc.moveDown(0.3);
  pdf.paragraph(
    `We confirm that plot ${l.plot.number} of ${l.plot.estate}, ${l.plot.location}, measuring ${l.plot.areaSqm} square metres (${l.plot.sizeLabel}), was allocated to you on ${longDate(l.allocatedOn)}.`,
    { size: 11 },
  );
  pdf.doc.moveDown(0.5);
  pdf.fields([
    ['Estate', `${l.plot.estate}, ${l.plot.location}`],
    ['Plot', l.plot.number],
    ['Size', `${l.plot.sizeLabel} (${l.plot.areaSqm} m²)`],
    ['Allocated to', `${l.client.fullName} (${l.client.uid})`],
    ['Allocated on', isoDate(l.allocatedOn)],
  ]);
  if (l.sale) {
    pdf.rule();
    pdf.fields([
      ['Sale', l.sale.number],
      ['Sold on', isoDate(l.sale.soldOn)],
      ['Price', formatMoney(l.sale.priceMinor, l.sale.currency)],
      ['In words', amountInWords(l.sale.priceMinor, l.sale.currency)],
      ['Payment plan', PLAN_LABELS[l.sale.plan]],
    ]);
    pdf.paragraph(
      'The allocation stands on the terms of this sale; receipts for payments made towards it are issued separately.',
      { size: 9, color: '#444444' },
    );
  } else {
    pdf.paragraph('No sale has been recorded for this plot yet.', { size: 9, color: '#444444' });
  }
  pdf.rule();
  pdf.paragraph(`For ${l.companyName}`, { size: 11 });
  return pdf.finish();
}
