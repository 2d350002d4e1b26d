// A company with data of every kind and state, built through the services, for tests that compare
// two ways of answering every read: estates (one archived), plots available, reserved, held and
// sold, clients assigned, unassigned, moved between marketers and archived, an archived marketer,
// sales on several plans with payments and a reversal, commission rates and a payout, message
// threads with replies (read and unread), and stored text with quotes, backslashes, wildcards,
// accents, emoji and line breaks.
import { assignClient } from '../../src/modules/assignments/service.ts';
import { registerClient, setClientStatus } from '../../src/modules/clients/service.ts';
import { recordCommissionPayout, setCommissionRate } from '../../src/modules/commissions/service.ts';
import {
  addPlots,
  addPlotSize,
  allocatePlot,
  createEstate,
  reservePlot,
  setEstateStatus,
} from '../../src/modules/estates/service.ts';
import { registerMarketer, setMarketerStatus } from '../../src/modules/marketers/service.ts';
import { markRead, replyToMessage, sendMessage } from '../../src/modules/messages/service.ts';
import { recordPayment, reversePayment } from '../../src/modules/payments/service.ts';
import { createSale } from '../../src/modules/sales/service.ts';
import type { Viewer } from '../../src/policy/roles.ts';
import { type Session, withSession } from '../../src/runtime/session.ts';
import type { TestApp } from './app.ts';
import { adminViewer, type CompanyFixture } from './fixtures.ts';

/** Viewers of the company beyond the fixture's: a second marketer and their client, a client alone. */
export interface RichViewers {
  marketer2: Viewer;
  client2: Viewer;
  loneClient: Viewer;
}

const ODD = ['O\'Brien "Quoted" \\ back', '100% _wild_ %', 'Ẹ̀kọ́ Àtlàntic 🌴', 'two\nlines\ttab', ''];
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function enrich(app: TestApp, c: CompanyFixture, tag: string): Promise<RichViewers> {
  const admin = adminViewer(c);
  const { companyId } = admin;
  const as = <T>(viewer: Viewer, fn: (s: Session) => Promise<T>) => withSession(app.runtime, viewer, fn);
  const email = (who: string) => `${who}-${tag}-${Date.now().toString(36)}@rich.example`;
  return as(admin, async (s) => {
    const m2 = await registerMarketer(s, { email: email('m2'), fullName: ODD[0], phone: '+2348030000000' });
    const gone = await registerMarketer(s, { email: email('gone'), fullName: 'Archived Marketer' });
    const c2 = await registerClient(s, { email: email('c2'), fullName: ODD[1], marketerId: m2.id });
    const lone = await registerClient(s, { email: email('lone'), fullName: ODD[2] });
    const moved = await registerClient(s, { email: email('moved'), fullName: 'Moved Client', marketerId: gone.id });
    await assignClient(s, moved.id, m2.id);
    const archived = await registerClient(s, { email: email('arch'), fullName: 'Archived Client', marketerId: m2.id });
    await setClientStatus(s, archived.id, 'ARCHIVED');
    await setMarketerStatus(s, gone.id, 'ARCHIVED');

    const estate = await createEstate(s, { name: ODD[2], location: ODD[0], description: ODD[3] });
    const big = await addPlotSize(s, estate, {
      label: '600 sqm',
      areaSqm: 600,
      priceMinor: 1200000000n,
      currency: 'NGN',
    });
    const small = await addPlotSize(s, estate, { label: ODD[1], areaSqm: 300, priceMinor: 500000n, currency: 'USD' });
    await addPlots(s, big, ['A-1', 'A-2', 'A-10', 'A-3']);
    await addPlots(s, small, ['B-1', 'B-2']);
    const plots = await s.db.plot.findMany({ where: { estateId: estate }, orderBy: { number: 'asc' } });
    const plot = (n: string) => plots.find((p) => p.number === n)!.id;
    await reservePlot(s, plot('A-2'), c2.id);
    await allocatePlot(s, plot('B-2'), lone.id);
    const old = await createEstate(s, { name: ODD[1], location: 'Yaba' });
    await setEstateStatus(s, old, 'ARCHIVED');

    await setCommissionRate(s, { marketerId: m2.id, rateBp: 750, effectiveFrom: day('2026-01-01') });
    const split = await createSale(s, {
      plotId: plot('A-1'),
      clientId: c2.id,
      soldOn: day('2026-01-10'),
      plan: { plan: 'SPLIT_50_30_20', dueDates: [day('2026-01-10'), day('2026-03-10'), day('2027-03-10')] },
    });
    const paid = await recordPayment(s, {
      saleId: split,
      amountMinor: 700000000n,
      currency: 'NGN',
      method: 'BANK_TRANSFER',
      date: day('2026-01-11'),
      reference: ODD[0],
    });
    const wrong = await recordPayment(s, {
      saleId: split,
      amountMinor: 1000n,
      currency: 'NGN',
      method: 'CASH',
      date: day('2026-02-01'),
    });
    await reversePayment(s, { paymentId: wrong, reason: ODD[3], date: day('2026-02-02') });
    const full = await createSale(s, {
      plotId: plot('A-10'),
      clientId: lone.id,
      soldOn: day('2026-02-20'),
      plan: { plan: 'FULL' },
    });
    await recordPayment(s, {
      saleId: full,
      amountMinor: 1200000000n,
      currency: 'NGN',
      method: 'POS',
      date: day('2026-02-21'),
    });
    await createSale(s, {
      plotId: plot('B-1'),
      clientId: moved.id,
      soldOn: day('2026-03-01'),
      plan: {
        plan: 'CUSTOM',
        instalments: [
          { amountMinor: 200000n, dueDate: day('2026-03-01') },
          { amountMinor: 300000n, dueDate: day('2026-09-01') },
        ],
      },
    });
    await recordCommissionPayout(s, {
      marketerId: m2.id,
      amountMinor: 1000000n,
      currency: 'NGN',
      method: 'BANK_TRANSFER',
      paidOn: day('2026-02-01'),
      reference: paid.slice(0, 8),
    });

    const viewerOf = (p: { id: string; userId: string }, role: 'MARKETER' | 'CLIENT'): Viewer => ({
      companyId,
      userId: p.userId,
      role,
      profileId: p.id,
    });
    return {
      marketer2: viewerOf(m2, 'MARKETER'),
      client2: viewerOf(c2, 'CLIENT'),
      loneClient: viewerOf(lone, 'CLIENT'),
    };
  }).then(async (rich) => {
    // Threads: one from a client (answered, then read), one from a marketer (unanswered).
    const thread = await as(rich.client2, (s) => sendMessage(s, { type: 'COMPLAINT', subject: ODD[1], body: ODD[3] }));
    await as(admin, (s) => replyToMessage(s, { messageId: thread, body: ODD[2] }));
    await as(rich.client2, (s) => markRead(s, thread));
    await as(rich.marketer2, (s) => sendMessage(s, { type: 'GENERAL', subject: ODD[0], body: '-' }));
    return rich;
  });
}
