// The benchmark's data, built through the services: one company with 20 estates of 50 plots, 20
// marketers and 500 clients (each assigned to one), 300 plots allocated and sold on a 50-30-20 plan
// with two payments each, 60 message threads of four messages; and 16 empty companies for
// registrations. Returns bearer tokens for their admins.
import type { Runtime } from '../../src/runtime/runtime.ts';
import { registerClient } from '../../src/modules/clients/service.ts';
import { createCompany } from '../../src/modules/companies/service.ts';
import { addPlots, addPlotSize, allocatePlot, createEstate } from '../../src/modules/estates/service.ts';
import { registerMarketer } from '../../src/modules/marketers/service.ts';
import { replyToMessage, sendMessage } from '../../src/modules/messages/service.ts';
import { recordPayment } from '../../src/modules/payments/service.ts';
import { createSale } from '../../src/modules/sales/service.ts';
import { withPublicSession, withSession } from '../../src/runtime/session.ts';
import type { Viewer } from '../../src/policy/roles.ts';

export interface Dataset {
  /** The company with data, and its admin's token. */
  main: { viewer: Viewer; token: string };
  /** The companies registrations go to. */
  empty: { viewer: Viewer; token: string; prefix: string }[];
}

const ESTATES = 20;
const PLOTS_PER_ESTATE = 50;
const MARKETERS = 20;
const CLIENTS = 500;
const ALLOCATED_PER_ESTATE = 15;
export const REGISTRATION_COMPANIES = 16;
const THREADS = 60;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function company(runtime: Runtime, name: string, prefix: string) {
  const viewer = await withPublicSession(runtime, (s) =>
    createCompany(s, {
      name,
      prefix,
      admin: {
        email: `admin@${prefix.toLowerCase()}.bench.example`,
        fullName: `Admin ${prefix}`,
        password: 'bench-password',
      },
    }),
  );
  // A new profile is at token generation 0.
  return { viewer, token: (await runtime.tokens.sign({ ...viewer, generation: 0 })).token, prefix };
}

export async function buildDataset(runtime: Runtime): Promise<Dataset> {
  const main = await company(runtime, 'Bench Estates', 'BEN');
  const as = <T>(fn: Parameters<typeof withSession<T>>[2]) => withSession(runtime, main.viewer, fn);
  const marketers: string[] = [];
  for (let m = 0; m < MARKETERS; m++)
    marketers.push(
      (await as((s) => registerMarketer(s, { email: `marketer-${m}@ben.bench.example`, fullName: `Marketer ${m}` })))
        .id,
    );
  const clients: string[] = [];
  const clientUsers: string[] = [];
  for (let c = 0; c < CLIENTS; c++) {
    const client = await as((s) =>
      registerClient(s, {
        email: `client-${c}@ben.bench.example`,
        fullName: `Client ${c}`,
        marketerId: marketers[c % MARKETERS],
      }),
    );
    clients.push(client.id);
    clientUsers.push(client.userId);
  }
  for (let e = 0; e < ESTATES; e++) {
    await as(async (s) => {
      const estateId = await createEstate(s, { name: `Estate ${String(e).padStart(2, '0')}`, location: `Road ${e}` });
      const sizeId = await addPlotSize(s, estateId, {
        label: '500 sqm',
        areaSqm: 500,
        priceMinor: 500_000_000n,
        currency: 'NGN',
      });
      await addPlots(
        s,
        sizeId,
        Array.from({ length: PLOTS_PER_ESTATE }, (_, p) => `E${e}-${String(p).padStart(2, '0')}`),
      );
      const plots = await s.db.plot.findMany({
        where: { estateId },
        orderBy: { number: 'asc' },
        take: ALLOCATED_PER_ESTATE,
        select: { id: true },
      });
      for (const [p, plot] of plots.entries()) {
        const clientId = clients[(e * ALLOCATED_PER_ESTATE + p) % CLIENTS];
        await allocatePlot(s, plot.id, clientId);
        const saleId = await createSale(s, {
          plotId: plot.id,
          clientId,
          soldOn: day('2026-01-15'),
          plan: { plan: 'SPLIT_50_30_20', dueDates: [day('2026-01-15'), day('2026-04-15'), day('2027-01-15')] },
        });
        for (const date of ['2026-01-15', '2026-02-15'])
          await recordPayment(s, {
            saleId,
            amountMinor: 100_000_000n,
            currency: 'NGN',
            method: 'BANK_TRANSFER',
            date: day(date),
          });
      }
    });
  }
  for (let t = 0; t < THREADS; t++) {
    const viewer: Viewer = { ...main.viewer, role: 'CLIENT', profileId: clients[t], userId: clientUsers[t] };
    const thread = await withSession(runtime, viewer, (s) =>
      sendMessage(s, { type: 'ENQUIRY', subject: `Question ${t}`, body: 'About my plot' }),
    );
    await as((s) => replyToMessage(s, { messageId: thread, body: 'An answer' }));
    await withSession(runtime, viewer, (s) => replyToMessage(s, { messageId: thread, body: 'Thanks' }));
    await as((s) => replyToMessage(s, { messageId: thread, body: 'You are welcome' }));
  }
  const empty = [];
  for (let i = 0; i < REGISTRATION_COMPANIES; i++)
    empty.push(
      await company(runtime, `Bench Company B${String.fromCharCode(65 + i)}`, `B${String.fromCharCode(65 + i)}`),
    );
  return { main, empty };
}
