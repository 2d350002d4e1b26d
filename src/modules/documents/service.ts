// Documents: what a receipt, a statement or an allocation letter shows, read from the ledger in a
// short transaction as the viewer a link was issued to, with the visibility the GraphQL fields
// apply (null when that viewer may not see it now); rendering happens after, with no connection
// held. Also a receipt's essentials for its public verification link.
import { can } from '../../policy/permissions.ts';
import { VISIBLE } from '../../policy/visibility.ts';
import type { DocumentRef } from '../../runtime/document-links.ts';
import type { PublicSession, Session } from '../../runtime/session.ts';
import { isoDate } from '../../shared/dates.ts';
import { paymentOrder } from '../payments/service.ts';
import { saleStatus, standing } from '../sales/plan.ts';
import { clientTotals, saleOrder } from '../sales/service.ts';
import { type AllocationLetterData, renderAllocationLetter } from './allocation-letter.ts';
import { amountInWords, formatMoney } from './money.ts';
import { type ReceiptData, renderReceipt } from './receipt.ts';
import { renderStatement, type StatementData } from './statement.ts';

const plotLabel = (plot: { number: string; estate: { name: string }; plotSize: { label: string } }) =>
  `plot ${plot.number}, ${plot.estate.name} (${plot.plotSize.label})`;
const PLOT = { select: { number: true, estate: { select: { name: true } }, plotSize: { select: { label: true } } } };

const companyName = async ({ db, viewer }: Session) =>
  (await db.company.findUniqueOrThrow({ where: { id: viewer.companyId }, select: { name: true } })).name;

/** A receipt as the viewer may see it, or null. */
export async function receiptData(session: Session, paymentId: string): Promise<ReceiptData | null> {
  const { db, viewer, runtime } = session;
  if (!can(viewer, 'READ_SALES')) return null;
  const p = await db.payment.findFirst({
    where: { AND: [{ id: paymentId }, VISIBLE.Payment(viewer)] },
    include: {
      company: { select: { name: true } },
      reverses: { select: { receiptNumber: true, date: true } },
      sale: {
        select: {
          number: true,
          priceMinor: true,
          client: { select: { fullName: true, uid: true } },
          plot: PLOT,
        },
      },
    },
  });
  if (!p) return null;
  // Entries are numbered in the order they were applied to the sale (each locks it first).
  const upTo = await db.payment.groupBy({
    by: ['kind'],
    where: { saleId: p.saleId, seq: { lte: p.seq } },
    _sum: { amountMinor: true },
  });
  const sum = (kind: string) => upTo.find((g) => g.kind === kind)?._sum.amountMinor ?? 0n;
  return {
    companyName: p.company.name,
    receiptNumber: p.receiptNumber,
    kind: p.kind,
    amountMinor: p.amountMinor,
    currency: p.currency,
    date: p.date,
    method: p.method,
    reference: p.reference,
    reason: p.reason,
    reverses: p.reverses,
    client: p.sale.client,
    sale: { number: p.sale.number, priceMinor: p.sale.priceMinor, plot: plotLabel(p.sale.plot) },
    paidToDateMinor: sum('PAYMENT') - sum('REVERSAL'),
    recordedAt: p.createdAt,
    verificationUrl: runtime.documents.verificationUrl(viewer.companyId, p.id),
  };
}

/** The client's statement reckoned for `asOf`, as `clientStatement` answers it, or null. */
export async function statementData(session: Session, clientId: string, asOf: Date): Promise<StatementData | null> {
  const { db, viewer } = session;
  if (!can(viewer, 'READ_SALES')) return null;
  const client = await db.client.findFirst({
    where: { AND: [{ id: clientId }, VISIBLE.Client(viewer)] },
    select: { id: true, fullName: true, uid: true },
  });
  if (!client) return null;
  const sales = await db.sale.findMany({
    where: { clientId },
    orderBy: saleOrder(null)!, // newest first, as the sales list
    include: { instalments: true, plot: PLOT },
  });
  const payments = await db.payment.findMany({
    where: { sale: { clientId } },
    orderBy: paymentOrder(null),
    include: { sale: { select: { number: true } } },
  });
  return {
    companyName: await companyName(session),
    client,
    asOf,
    totals: await clientTotals(session, clientId, asOf),
    sales: sales.map((s) => {
      const schedule = standing(s.instalments, s.paidMinor, asOf);
      return {
        number: s.number,
        soldOn: s.soldOn,
        plot: plotLabel(s.plot),
        plan: s.plan,
        currency: s.currency,
        priceMinor: s.priceMinor,
        paidMinor: s.paidMinor,
        overdueMinor: schedule.reduce((sum, i) => sum + (i.state === 'OVERDUE' ? i.outstandingMinor : 0n), 0n),
        status: saleStatus(s, asOf),
        schedule,
      };
    }),
    payments: payments.map((p) => ({
      receiptNumber: p.receiptNumber,
      date: p.date,
      saleNumber: p.sale.number,
      kind: p.kind,
      method: p.method,
      reference: p.reference,
      signedAmountMinor: p.kind === 'REVERSAL' ? -p.amountMinor : p.amountMinor,
      currency: p.currency,
    })),
  };
}

/** The letter for a plot allocated to a client the viewer may see, or null. */
export async function allocationLetterData(session: Session, plotId: string): Promise<AllocationLetterData | null> {
  const { db, viewer } = session;
  if (!can(viewer, 'READ_SALES')) return null;
  const plot = await db.plot.findFirst({
    where: { AND: [{ id: plotId, status: 'ALLOCATED' }, { client: { is: VISIBLE.Client(viewer) } }] },
    include: {
      estate: { select: { name: true, location: true } },
      plotSize: { select: { label: true, areaSqm: true } },
      client: { select: { fullName: true, uid: true } },
      sale: { select: { number: true, soldOn: true, priceMinor: true, currency: true, plan: true } },
    },
  });
  if (!plot?.client || !plot.heldAt) return null;
  const [{ day }] = await db.$queryRaw<{ day: Date }[]>`
    SELECT (${plot.heldAt}::timestamptz AT TIME ZONE "timeZone")::date AS day FROM "Company" WHERE "id" = ${viewer.companyId}::uuid`;
  return {
    companyName: await companyName(session),
    client: plot.client,
    allocatedAt: plot.heldAt,
    allocatedOn: day,
    plot: {
      number: plot.number,
      estate: plot.estate.name,
      location: plot.estate.location,
      sizeLabel: plot.plotSize.label,
      areaSqm: plot.plotSize.areaSqm,
    },
    sale: plot.sale,
  };
}

/** A rendered document: its bytes and the name to save it under. */
export interface RenderedDocument {
  filename: string;
  bytes: Buffer;
}

/**
 * Reads what `ref` names as the session's viewer (one short transaction, through `read`) and then
 * renders it, outside the transaction; null when the viewer may not see it.
 */
export async function renderDocument(
  ref: DocumentRef,
  read: <T>(load: (session: Session) => Promise<T>) => Promise<T>,
): Promise<RenderedDocument | null> {
  switch (ref.kind) {
    case 'receipt': {
      const data = await read((s) => receiptData(s, ref.id));
      return data && { filename: `${data.receiptNumber}.pdf`, bytes: await renderReceipt(data) };
    }
    case 'statement': {
      const asOf = new Date(`${ref.asOf}T00:00:00Z`);
      const data = await read((s) => statementData(s, ref.id, asOf));
      return data && { filename: `${data.client.uid}-statement-${ref.asOf}.pdf`, bytes: await renderStatement(data) };
    }
    case 'allocation-letter': {
      const data = await read((s) => allocationLetterData(s, ref.id));
      return data && { filename: `allocation-${data.plot.number}.pdf`, bytes: await renderAllocationLetter(data) };
    }
  }
}

/** What a receipt's verification link shows anyone who holds it: the receipt's essentials, nothing else. */
export interface ReceiptEssentials {
  issuer: string;
  receiptNumber: string;
  kind: 'PAYMENT' | 'REVERSAL';
  date: string;
  amountMinor: string;
  currency: string;
  amount: string;
  amountInWords: string;
  saleNumber: string;
  receivedFrom: string;
  /** A reversal: the receipt it undoes. */
  reverses: string | null;
  /** A payment undone since: the reversal's receipt number and date. */
  reversedBy: { receiptNumber: string; date: string } | null;
}

/** The essentials of receipt `paymentId` of company `companyId` (from a verified token), or null. */
export async function receiptEssentials(
  session: PublicSession,
  companyId: string,
  paymentId: string,
): Promise<ReceiptEssentials | null> {
  await session.switchCompany(companyId, null);
  const p = await session.db.payment.findUnique({
    where: { companyId_id: { companyId, id: paymentId } },
    include: {
      company: { select: { name: true } },
      sale: { select: { number: true, client: { select: { fullName: true } } } },
      reverses: { select: { receiptNumber: true } },
      reversedBy: { select: { receiptNumber: true, date: true } },
    },
  });
  if (!p) return null;
  return {
    issuer: p.company.name,
    receiptNumber: p.receiptNumber,
    kind: p.kind,
    date: isoDate(p.date),
    amountMinor: p.amountMinor.toString(),
    currency: p.currency,
    amount: formatMoney(p.amountMinor, p.currency),
    amountInWords: amountInWords(p.amountMinor, p.currency),
    saleNumber: p.sale.number,
    receivedFrom: p.sale.client.fullName,
    reverses: p.reverses?.receiptNumber ?? null,
    reversedBy: p.reversedBy && { receiptNumber: p.reversedBy.receiptNumber, date: isoDate(p.reversedBy.date) },
  };
}
