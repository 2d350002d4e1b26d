// `npm run documents:timing`: how long documents take and how big they are, end to end through the
// server (link asked over GraphQL, then GET /documents/<token>: token check, viewer check, the
// ledger read, rendering), on an embedded PostgreSQL of its own in a temp folder. Goals: a receipt
// under 300 ms at p95 and under 150 KB; a statement of 100 payments under 1 s. Prints p50, p95 and
// max of each, one request at a time, then receipts with 4 in flight. Bounded: a few hundred
// in-process requests; nothing leaves the process but its own database's connections.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createRuntime } from '../src/runtime/runtime.ts';
import { loadConfig } from '../src/config.ts';
import { createServer } from '../src/http/server.ts';
import { registerClient } from '../src/modules/clients/service.ts';
import { createCompany } from '../src/modules/companies/service.ts';
import { addPlots, addPlotSize, createEstate } from '../src/modules/estates/service.ts';
import { recordPayment, reversePayment } from '../src/modules/payments/service.ts';
import { createSale } from '../src/modules/sales/service.ts';
import { type Session, withPublicSession, withSession } from '../src/runtime/session.ts';
import { openDatabase } from './bench/database.ts';

const SECRET = randomBytes(32).toString('hex');
const RECEIPTS = Number(process.env.TIMING_RECEIPTS) || 200;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function main() {
  const db = await openDatabase();
  const runtime = createRuntime({ ...loadConfig({ AUTH_SECRET: SECRET }), logRequests: false }, db.appUrl, SECRET);
  const yoga = createServer(runtime);
  try {
    const admin = await withPublicSession(runtime, (s) =>
      createCompany(s, {
        name: 'Lamba Property Limited',
        admin: { email: 'admin@timing.example', fullName: 'Timing Admin', password: 'timing-password' },
      }),
    );
    const as = <T>(fn: (s: Session) => Promise<T>) => withSession(runtime, admin, fn);
    const { plotIds, clients } = await as(async (s) => {
      const estate = await createEstate(s, { name: 'Palm Grove Estate', location: 'Lekki, Lagos' });
      const size = await addPlotSize(s, estate, {
        label: '500 sqm',
        areaSqm: 500,
        priceMinor: 10n ** 12n,
        currency: 'NGN',
      });
      await addPlots(s, size, ['P-1', 'P-2']);
      const plots = await s.db.plot.findMany({ orderBy: { number: 'asc' }, select: { id: true } });
      const people = [];
      for (const name of ['Adébáyọ̀ Ọládipọ̀ Ṣẹ́gun', 'Chiamaka Okonkwo'])
        people.push(await registerClient(s, { email: `${people.length}@timing.example`, fullName: name }));
      return { plotIds: plots.map((p) => p.id), clients: people };
    });
    // Client 1: 100 receipts (90 payments, 10 reversals); client 2: 1,000 receipts.
    const ledger = async (plotId: string, clientId: string, receipts: number) => {
      const saleId = await as((s) =>
        createSale(s, {
          plotId,
          clientId,
          soldOn: new Date('2026-01-05T00:00:00Z'),
          plan: {
            plan: 'SPLIT_40_30_30',
            dueDates: ['2026-01-05', '2026-06-05', '2030-01-05'].map((d) => new Date(`${d}T00:00:00Z`)),
          },
        }),
      );
      // In batches of 50 receipts a transaction: the same rows, fewer round trips.
      for (let first = 0; first < receipts; first += 50)
        await as(async (s) => {
          for (let i = first; i < Math.min(receipts, first + 50); i++) {
            const paymentId = await recordPayment(s, {
              saleId,
              amountMinor: 123_456_789n + BigInt(i),
              currency: 'NGN',
              method: 'BANK_TRANSFER',
              date: new Date('2026-02-01T00:00:00Z'),
              reference: `TRF-${100000 + i}`,
            });
            // Every tenth receipt is the reversal of the one before (batches hold whole tens).
            if (i % 10 === 8) {
              i++;
              await reversePayment(s, { paymentId, reason: 'Returned by the bank' });
            }
          }
        });
    };
    console.error('building the ledger (1,100 receipts)…');
    await ledger(plotIds[0], clients[0].id, 100);
    await ledger(plotIds[1], clients[1].id, 1000);

    const token = (await runtime.tokens.sign({ ...admin, generation: 0 })).token;
    const ask = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await yoga.fetch('http://timing/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const fetchDocument = async (url: string) => {
      const began = performance.now();
      const response = await yoga.fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (response.status !== 200) throw new Error(`${response.status} ${Buffer.from(bytes).toString()}`);
      return { ms: performance.now() - began, size: bytes.length };
    };
    // This process's CPU time per document (token and viewer checks, the ledger read's client
    // side, rendering): unlike wall time, it holds on a machine other work is loading too.
    let cpu = process.cpuUsage();
    const report = (label: string, runs: { ms: number; size: number }[]) => {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      const ms = runs.map((r) => r.ms).sort((x, y) => x - y);
      const sizes = runs.map((r) => r.size);
      const cpuMs = (used.user + used.system) / 1000 / runs.length;
      console.log(
        `${label.padEnd(36)} n=${String(runs.length).padStart(4)}  p50 ${percentile(ms, 0.5).toFixed(1).padStart(6)} ms  p95 ${percentile(ms, 0.95).toFixed(1).padStart(6)} ms  max ${ms[ms.length - 1].toFixed(1).padStart(6)} ms  CPU ${cpuMs.toFixed(1).padStart(5)} ms each  ${(Math.max(...sizes) / 1024).toFixed(1)} KB max`,
      );
    };

    const urls: string[] = [];
    for (let after: string | null = null; urls.length < RECEIPTS; ) {
      const page: any = (
        await ask(
          'query($after: String) { payments(first: 100, after: $after) { pageInfo { endCursor } edges { node { receiptUrl } } } }',
          { after },
        )
      ).payments;
      urls.push(...page.edges.map((e: any) => e.node.receiptUrl));
      after = page.pageInfo.endCursor;
    }
    const statementUrl = async (clientId: string) =>
      (
        await ask('query($id: ID) { clientStatement(clientId: $id) { pdfUrl } }', {
          id: encodeGlobalID('Client', clientId),
        })
      ).clientStatement.pdfUrl as string;

    const load = os.loadavg().map((l) => l.toFixed(1));
    console.log(
      `\nestate-api documents — Node ${process.version}, ${os.availableParallelism()} cores, load average ${load.join(' ')}; ${db.where}; in-process requests (yoga.fetch)\n`,
    );
    await fetchDocument(urls[0]); // the first render parses the fonts
    cpu = process.cpuUsage();
    const receipts = [];
    for (const url of urls.slice(0, RECEIPTS)) receipts.push(await fetchDocument(url));
    report('receipt, one at a time', receipts);

    const began = performance.now();
    cpu = process.cpuUsage();
    const parallel: { ms: number; size: number }[] = [];
    const queue = [...urls.slice(0, RECEIPTS)];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let url = queue.shift(); url; url = queue.shift()) parallel.push(await fetchDocument(url));
      }),
    );
    report('receipt, 4 in flight', parallel);
    console.log(`${''.padEnd(36)} ${(parallel.length / ((performance.now() - began) / 1000)).toFixed(0)} receipts/s`);

    const hundred = await statementUrl(clients[0].id);
    cpu = process.cpuUsage();
    const statements = [];
    for (let i = 0; i < 30; i++) statements.push(await fetchDocument(hundred));
    report('statement, 1 sale, 100 receipts', statements);
    const thousand = await statementUrl(clients[1].id);
    cpu = process.cpuUsage();
    const big = [];
    for (let i = 0; i < 5; i++) big.push(await fetchDocument(thousand));
    report('statement, 1 sale, 1,000 receipts', big);
  } finally {
    await runtime.close();
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
