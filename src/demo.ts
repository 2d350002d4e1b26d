// Demo data, created through the services (so it obeys every rule real data does): Lamba Property
// Limited (LPL) and Test Company (TST), each with an admin, marketers and clients, estates with
// plots, and a message thread; LPL also has an analyst, a sales ledger and the Africa/Lagos time
// zone. Ada Obi is a client of both companies, with one account.
// `npm start` seeds an empty database when demo data is asked for (SEED_DEMO, by default only
// for the embedded database); by hand: `npx prisma db seed`.
import pg from 'pg';
import type { Runtime } from './runtime/runtime.ts';
import { companyIdForSlug } from './db/cross-company.ts';
import { signIn } from './modules/auth/service.ts';
import { deleteClient, registerClient } from './modules/clients/service.ts';
import { createCompany, updateCompany } from './modules/companies/service.ts';
import { addPlots, addPlotSize, allocatePlot, createEstate, reservePlot } from './modules/estates/service.ts';
import { recordCommissionPayout, setCommissionRate } from './modules/commissions/service.ts';
import { registerMarketer } from './modules/marketers/service.ts';
import { replyToMessage, sendMessage } from './modules/messages/service.ts';
import { recordPayment, reversePayment } from './modules/payments/service.ts';
import { createSale } from './modules/sales/service.ts';
import { addStaffMember } from './modules/staff/service.ts';
import { addDays, today } from './shared/dates.ts';
import { withPublicSession, withSession, type Session } from './runtime/session.ts';
import type { Viewer } from './policy/roles.ts';

/** Every marketer and client of the demo signs in with this password. */
const PEOPLE_PASSWORD = 'demo-password';

export const DEMO_SIGN_INS = [
  { company: 'lamba-property-limited', email: 'admin@lamba.example', password: 'lamba-demo-password', role: 'ADMIN' },
  { company: 'test-company', email: 'admin@test.example', password: 'test-demo-password', role: 'ADMIN' },
  {
    company: 'lamba-property-limited',
    email: 'analyst@lamba.example',
    password: 'lamba-analyst-password',
    role: 'ANALYST',
  },
  { company: 'lamba-property-limited', email: 'akorvikkyy@lamba.example', password: PEOPLE_PASSWORD, role: 'MARKETER' },
  { company: 'lamba-property-limited', email: 'ada.obi@example.com', password: PEOPLE_PASSWORD, role: 'CLIENT' },
] as const;

const DEMO = [
  {
    name: 'Lamba Property Limited',
    admin: { fullName: 'Lamba Admin', ...DEMO_SIGN_INS[0] },
    timeZone: 'Africa/Lagos',
    analysts: [{ fullName: 'Lamba Analyst', ...DEMO_SIGN_INS[2] }],
    marketers: [
      ['akorvikkyy@lamba.example', 'Vikky Akor'],
      ['victor.akor@lamba.example', 'Victor Godwin Akor'],
    ],
    // LPL-CLT002 and 003 are registered, then deleted: their numbers are never handed out again.
    clients: [
      ['ada.obi@example.com', 'Ada Obi'],
      ['gone.one@example.com', 'Deleted One', 'deleted'],
      ['gone.two@example.com', 'Deleted Two', 'deleted'],
      ['tunde.bello@example.com', 'Tunde Bello'],
      ['chioma.eze@example.com', 'Chioma Eze'],
    ],
    estates: [
      {
        name: 'Palm Grove Estate',
        location: 'Lekki, Lagos',
        sizes: [
          ['300 sqm', 300, 450000000n],
          ['600 sqm', 600, 850000000n],
        ],
        plots: 'PG',
        count: 10,
      },
      {
        name: 'Cedar Court',
        location: 'Ibeju-Lekki, Lagos',
        sizes: [['500 sqm', 500, 600000000n]],
        plots: 'CC',
        count: 6,
      },
    ],
    ledger: true,
  },
  {
    name: 'Test Company',
    admin: { fullName: 'Test Admin', ...DEMO_SIGN_INS[1] },
    timeZone: 'UTC',
    analysts: [],
    marketers: [['marketer@test.example', 'Tess Marketer']],
    clients: [
      ['ada.obi@example.com', 'Ada Obi'],
      ['client@test.example', 'Tom Client'],
    ],
    estates: [
      { name: 'Test Meadows', location: 'Abuja', sizes: [['450 sqm', 450, 300000000n]], plots: 'TM', count: 8 },
    ],
    ledger: false,
  },
] as const;

type DemoCompany = (typeof DEMO)[number];

export async function seedDemo(runtime: Runtime): Promise<void> {
  // Seeding is allowed whatever SIGNUP says.
  const seeding: Runtime = { ...runtime, config: { ...runtime.config, signup: 'open' } };
  for (const company of DEMO) {
    const { admin } = company;
    const adminViewer = await withPublicSession(seeding, (s) =>
      createCompany(s, {
        name: company.name,
        admin: { email: admin.email, fullName: admin.fullName, password: admin.password },
      }),
    );
    const as = <T>(fn: (s: Session) => Promise<T>) => withSession(seeding, adminViewer, fn);
    await as((s) => updateCompany(s, { timeZone: company.timeZone }));
    for (const { email, fullName, password } of company.analysts)
      await as((s) => addStaffMember(s, { email, fullName, password, role: 'ANALYST' }));
    const { marketerIds, clientIds } = await registerPeople(as, company);
    await as((s) => buildEstates(s, company, clientIds));
    if (company.ledger) await recordLedger(as, marketerIds, clientIds);
    await startThread(seeding, adminViewer, company);
  }
}

type AsAdmin = <T>(fn: (s: Session) => Promise<T>) => Promise<T>;

/** Marketers, then clients assigned to them in turn; returns the marketers and the clients kept. */
async function registerPeople(
  as: AsAdmin,
  company: DemoCompany,
): Promise<{ marketerIds: string[]; clientIds: string[] }> {
  const marketerIds: string[] = [];
  for (const [email, fullName] of company.marketers) {
    marketerIds.push((await as((s) => registerMarketer(s, { email, fullName, password: PEOPLE_PASSWORD }))).id);
  }
  const clientIds: string[] = [];
  for (const [i, [email, fullName, deleted]] of company.clients.entries()) {
    const { id } = await as((s) =>
      registerClient(s, {
        email,
        fullName,
        password: PEOPLE_PASSWORD,
        marketerId: marketerIds[i % marketerIds.length],
      }),
    );
    if (deleted) await as((s) => deleteClient(s, id));
    else clientIds.push(id);
  }
  return { marketerIds, clientIds };
}

/** Estates with plot sizes and plots; the first client holds one plot and has another reserved. */
async function buildEstates(s: Session, company: DemoCompany, clientIds: string[]): Promise<void> {
  const firstPlots: string[] = [];
  for (const estate of company.estates) {
    const estateId = await createEstate(s, { name: estate.name, location: estate.location });
    for (const [i, [label, areaSqm, priceMinor]] of estate.sizes.entries()) {
      const sizeId = await addPlotSize(s, estateId, { label, areaSqm, priceMinor, currency: 'NGN' });
      const numbers = Array.from(
        { length: estate.count / estate.sizes.length },
        (_, n) => `${estate.plots}-${i * 100 + n + 1}`,
      );
      await addPlots(s, sizeId, numbers);
    }
    if (!firstPlots.length) {
      const plots = await s.db.plot.findMany({
        where: { estateId },
        orderBy: { number: 'asc' },
        take: 2,
        select: { id: true },
      });
      firstPlots.push(...plots.map((p) => p.id));
    }
  }
  await allocatePlot(s, firstPlots[0], clientIds[0]);
  await reservePlot(s, firstPlots[1], clientIds[clientIds.length - 1]);
}

/**
 * LPL's sales ledger, dated from today so the story holds whenever it is seeded: a 5% default
 * commission and Vikky's own 3%, then 4%; Ada's plot paid off in a 50-30-20 plan (Vikky, at 3%);
 * Chioma's 60-20-20 with the second instalment overdue (Vikky, at 4%); Tunde's custom monthly plan
 * (Victor, at the default) with a duplicate transfer reversed; and a payout to Vikky.
 */
async function recordLedger(as: AsAdmin, [vikky]: string[], [ada, tunde, chioma]: string[]): Promise<void> {
  const day = (offset: number) => addDays(today(), offset);
  await as(async (s) => {
    await setCommissionRate(s, { marketerId: null, rateBp: 500, effectiveFrom: day(-365) });
    await setCommissionRate(s, { marketerId: vikky, rateBp: 300, effectiveFrom: day(-365) });
    await setCommissionRate(s, { marketerId: vikky, rateBp: 400, effectiveFrom: day(-100) });
  });
  const plotIds = await as(async (s) => {
    const plots = await s.db.plot.findMany({
      where: { number: { in: ['PG-1', 'PG-101', 'CC-1'] } },
      select: { id: true, number: true },
    });
    return Object.fromEntries(plots.map((p) => [p.number, p.id]));
  });
  const sell = (plot: string, clientId: string, soldOn: number, plan: Parameters<typeof createSale>[1]['plan']) =>
    as((s) => createSale(s, { plotId: plotIds[plot], clientId, soldOn: day(soldOn), plan }));
  const pay = (saleId: string, amountMinor: bigint, on: number, reference: string) =>
    as((s) =>
      recordPayment(s, { saleId, amountMinor, currency: 'NGN', method: 'BANK_TRANSFER', date: day(on), reference }),
    );

  const paidOff = await sell('PG-1', ada, -150, { plan: 'SPLIT_50_30_20', dueDates: [day(-150), day(-90), day(-30)] });
  await pay(paidOff, 225000000n, -149, 'TRF-0001');
  await pay(paidOff, 135000000n, -88, 'TRF-0002');
  await pay(paidOff, 90000000n, -25, 'TRF-0003');

  const overdue = await sell('PG-101', chioma, -60, {
    plan: 'SPLIT_60_20_20',
    dueDates: [day(-60), day(-30), day(30)],
  });
  await pay(overdue, 510000000n, -59, 'TRF-0004');

  const monthly = await sell('CC-1', tunde, -20, {
    plan: 'CUSTOM',
    instalments: [day(-20), day(10), day(40), day(70)].map((dueDate) => ({ dueDate, amountMinor: 150000000n })),
  });
  await pay(monthly, 150000000n, -20, 'TRF-0005');
  const duplicate = await pay(monthly, 150000000n, -19, 'TRF-0005');
  await as((s) => reversePayment(s, { paymentId: duplicate, reason: 'Duplicate of TRF-0005', date: day(-18) }));

  await as((s) =>
    recordCommissionPayout(s, {
      marketerId: vikky,
      amountMinor: 20000000n,
      currency: 'NGN',
      method: 'BANK_TRANSFER',
      paidOn: day(-10),
      reference: 'COMM-0001',
    }),
  );
}

/** The first client's enquiry and the admin's reply. */
async function startThread(runtime: Runtime, admin: Viewer, company: DemoCompany): Promise<void> {
  const { viewer: client } = await withPublicSession(runtime, (s) =>
    signIn(s, { company: company.admin.company, email: company.clients[0][0], password: PEOPLE_PASSWORD }),
  );
  const threadId = await withSession(runtime, client, (s) =>
    sendMessage(s, {
      type: 'ENQUIRY',
      subject: 'Title documents',
      body: 'When will the survey plan for my plot be ready?',
    }),
  );
  await withSession(runtime, admin, (s) =>
    replyToMessage(s, { messageId: threadId, body: 'Within two weeks; we will send it to you.' }),
  );
}

/**
 * The demo sign-ins whose published password works on this database (a production server refuses
 * to start while any does). Read through the services' own lookups, without counting attempts.
 */
export async function usableDemoSignIns(runtime: Runtime): Promise<string[]> {
  const usable: string[] = [];
  for (const demo of DEMO_SIGN_INS) {
    const stored = await withPublicSession(runtime, async (s) => {
      const companyId = await companyIdForSlug(s.db, demo.company);
      if (!companyId) return null;
      await s.switchCompany(companyId, null);
      const user = await s.db.user.findUnique({
        where: { companyId_email: { companyId, email: demo.email } },
        select: { credentials: { select: { passwordHash: true } } },
      });
      return user?.credentials[0]?.passwordHash ?? null;
    });
    if (stored && (await runtime.passwords.verify(demo.password, stored)))
      usable.push(`${demo.email} at ${demo.company}`);
  }
  return usable;
}

/** Seeds when the database has no company yet; true when it did. */
export async function seedDemoIfEmpty(runtime: Runtime, ownerUrl: string): Promise<boolean> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM "Company"');
    if (rows[0].n > 0) return false;
  } finally {
    await owner.end();
  }
  await seedDemo(runtime);
  return true;
}
