// Documents: receipts, statements and allocation letters as PDFs (read back with pdftotext), the
// same bytes on every render; their signed, short-lived links (tampered, expired, another
// company's, another person's); and a receipt's public verification link. Company B's roles aiming
// the new fields at A's records are in the isolation matrix (test/isolation.test.ts).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer } from '../src/http/server.ts';
import { setClientStatus, registerClient } from '../src/modules/clients/service.ts';
import { assignClient } from '../src/modules/assignments/service.ts';
import { addPlots, allocatePlot } from '../src/modules/estates/service.ts';
import { registerMarketer } from '../src/modules/marketers/service.ts';
import { recordPayment, reversePayment } from '../src/modules/payments/service.ts';
import { createSale } from '../src/modules/sales/service.ts';
import type { Viewer } from '../src/policy/roles.ts';
import { DocumentLinks } from '../src/runtime/document-links.ts';
import { withSession } from '../src/runtime/session.ts';
import { graphql } from './gql/index.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { adminViewer, type CompanyFixture, company, data, PASSWORD } from './support/fixtures.ts';
import { localId } from './support/ids.ts';
import { flat, pdfText } from './support/pdf.ts';

const PUBLIC_URL = 'https://estate.example';
const UNICODE_NAME = 'Adébáyọ̀ Ọládipọ̀ Ṣẹ́gun';

let app: TestApp;
let a: CompanyFixture;
let b: CompanyFixture;
/** A's second client (a name with Yoruba letters): two sales, in NGN and USD, payments and a reversal. */
const second = {} as {
  id: string;
  token: string;
  viewer: Viewer;
  saleIds: string[];
  paymentIds: string[];
  reversalId: string;
};
/** A's third client, holding an allocated plot (no sale). */
const third = {} as { id: string; token: string; plotId: string };
/** A second marketer of A, with a token. */
let otherMarketerId: string;

const token = async (viewer: Viewer) => (await app.runtime.tokens.sign({ ...viewer, generation: 0 })).token;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  app = await createTestApp({ publicUrl: PUBLIC_URL });
  a = await company(app, 'Lamba Property Limited').withLedger();
  b = await company(app, 'Test Company').withLedger();
  const companyId = localId(a.id);
  await withSession(app.runtime, adminViewer(a), async (s) => {
    await addPlots(s, localId(a.plotSizeId), ['P-3', 'P-4', 'P-5']);
    const plotId = async (number: string) =>
      (await s.db.plot.findFirstOrThrow({ where: { number, estateId: localId(a.estate.id) } })).id;
    const client = await registerClient(s, {
      email: `second-${Date.now()}@example.com`,
      fullName: UNICODE_NAME,
      password: PASSWORD,
      marketerId: localId(a.marketer.id),
    });
    second.id = client.id;
    second.viewer = { companyId, userId: client.userId, role: 'CLIENT', profileId: client.id };
    const naira = await createSale(s, {
      plotId: await plotId('P-2'),
      clientId: client.id,
      soldOn: day('2026-02-01'),
      plan: { plan: 'SPLIT_60_20_20', dueDates: [day('2026-02-01'), day('2026-03-01'), day('2099-01-01')] },
    });
    const dollars = await createSale(s, {
      plotId: await plotId('P-3'),
      clientId: client.id,
      priceMinor: 1_234_567n,
      currency: 'USD',
      soldOn: day('2026-02-10'),
      plan: {
        plan: 'CUSTOM',
        instalments: [
          { dueDate: day('2026-02-10'), percentBp: 2500 },
          { dueDate: day('2099-06-01'), percentBp: 7500 },
        ],
      },
    });
    second.saleIds = [naira, dollars];
    const pay = (saleId: string, amountMinor: bigint, currency: string, date: string, reference: string | null) =>
      recordPayment(s, { saleId, amountMinor, currency, method: 'BANK_TRANSFER', date: day(date), reference });
    second.paymentIds = [
      await pay(naira, 100_000_000n, 'NGN', '2026-02-01', 'TRF-001'),
      await pay(naira, 200_000_050n, 'NGN', '2026-02-02', null),
      await pay(dollars, 300_000n, 'USD', '2026-02-11', 'W-77'),
      await pay(naira, 1_005n, 'NGN', '2026-02-03', 'TRF-003'),
    ];
    second.reversalId = (
      await reversePayment(s, {
        paymentId: second.paymentIds[1],
        reason: 'Cheque returned unpaid',
        date: day('2026-02-04'),
      })
    ).reversalId;

    const holder = await registerClient(s, {
      email: `third-${Date.now()}@example.com`,
      fullName: 'Third Client of A',
      password: PASSWORD,
      marketerId: localId(a.marketer.id),
    });
    third.id = holder.id;
    third.plotId = await plotId('P-4');
    await allocatePlot(s, third.plotId, holder.id);
    third.token = await token({ companyId, userId: holder.userId, role: 'CLIENT', profileId: holder.id });

    const marketer = await registerMarketer(s, {
      email: `other-marketer-${Date.now()}@example.com`,
      fullName: 'Other Marketer of A',
      password: PASSWORD,
    });
    otherMarketerId = marketer.id;
  });
  second.token = await token(second.viewer);
});
afterAll(async () => {
  await app?.close();
});

const Payment = graphql(`
  query DocumentsPayment($id: ID!) {
    node(id: $id) { ... on Payment { receiptNumber kind receiptUrl verificationUrl sale { number } } }
  }
`);
const Statement = graphql(`
  query DocumentsStatement($id: ID) {
    clientStatement(clientId: $id) {
      asOf
      pdfUrl
      client { uid fullName }
      totals { currency sales priceMinor paidMinor balanceMinor overdueMinor }
      sales(first: 100) {
        totalCount
        edges { node { number soldOn currency priceMinor paidMinor balanceMinor overdueMinor status plan
          plot { number estate { name } plotSize { label } }
          schedule { seq dueDate amountMinor paidMinor outstandingMinor state } } }
      }
      payments(first: 100) {
        totalCount
        edges { node { receiptNumber date kind method reference signedAmountMinor currency sale { number } } }
      }
    }
  }
`);
const Plots = graphql(`
  query DocumentsPlots {
    plots(first: 100) { edges { node { id number status allocationLetterUrl } } }
  }
`);

const get = (url: string, headers: Record<string, string> = {}) => app.yoga.fetch(url, { headers });

async function receipt(paymentId: string, bearer = a.admin.token) {
  const node = data(await app.gql(Payment, { id: encodeGlobalID('Payment', paymentId) }, bearer)).node;
  if (!node || !('receiptUrl' in node)) throw new Error('no payment');
  return node;
}

async function pdf(url: string) {
  const response = await get(url);
  expect(response.status, await response.clone().text()).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

/** Figures as the documents print them, computed here on their own (2-digit currencies only). */
const money = (minor: string | bigint, currency: string) => {
  const value = BigInt(minor);
  const abs = value < 0n ? -value : value;
  return `${currency} ${value < 0n ? '-' : ''}${(abs / 100n).toLocaleString('en-US')}.${String(abs % 100n).padStart(2, '0')}`;
};

/** The JSON error a refused link answers with. */
async function refusal(response: Response) {
  expect(response.headers.get('cache-control')).toContain('no-store');
  const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
  return { status: response.status, code: body.errors[0].extensions.code, body: JSON.stringify(body) };
}

describe('receipts', () => {
  it('show the company, the receipt number, the sale, the amount in figures and words, and the verification link; private, under 150 KB, the same bytes every time', async () => {
    const r = await receipt(localId(a.ledger!.paymentId));
    expect(r.receiptUrl.startsWith(`${PUBLIC_URL}/documents/`)).toBe(true);
    const response = await get(r.receiptUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toMatch(/private.*no-store/);
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="${a.ledger!.receiptNumber}.pdf"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.length).toBeLessThan(150 * 1024);
    const text = flat(pdfText(bytes));
    for (const expected of [
      'Lamba Property Limited',
      `Receipt ${a.ledger!.receiptNumber}`,
      `Sale ${a.ledger!.saleNumber}: plot P-1, Estate of Lamba Property Limited (500 sqm)`,
      `Received from Client of Lamba Property Limited (${a.client.uid})`,
      'Amount NGN 2,500,000.00',
      'In words Two million five hundred thousand naira only',
      '15 January 2026 (2026-01-15)',
      'Method Bank transfer',
      `Reference TRF-${a.prefix}`,
      'Sale price NGN 5,000,000.00',
      'Balance NGN 2,500,000.00',
      r.verificationUrl,
    ])
      expect(text).toContain(expected);
    // Dated by the ledger, not by the render: the file's creation date is the payment's.
    const { rows } = await app.owner.query('SELECT "createdAt" FROM "Payment" WHERE id = $1', [
      localId(a.ledger!.paymentId),
    ]);
    const recorded = (rows[0].createdAt as Date).toISOString().replace(/\D/g, '').slice(0, 14);
    expect(Buffer.from(bytes).toString('latin1')).toContain(`(D:${recorded}Z)`);
    // Asked again (a new link, as a client would), and rendered again: the same bytes.
    const again = await receipt(localId(a.ledger!.paymentId), a.client.token);
    expect(Buffer.from(await pdf(again.receiptUrl)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('of a reversal name the receipt it undoes and why; the payment reversed keeps its bytes', async () => {
    const [, reversed, , later] = second.paymentIds;
    const payment = await receipt(reversed);
    const reversal = await receipt(second.reversalId);
    expect(reversal.kind).toBe('REVERSAL');
    const text = flat(pdfText(await pdf(reversal.receiptUrl)));
    for (const expected of [
      `Reversal receipt ${reversal.receiptNumber}`,
      `Reverses Receipt ${payment.receiptNumber} of 2 February 2026`,
      'Reason Cheque returned unpaid',
      'Amount reversed NGN 2,000,000.50',
      'In words Two million naira and fifty kobo only',
      `Client ${UNICODE_NAME}`,
      // The sale's three payments (1,000,000.00 + 2,000,000.50 + 10.05) less the one reversed.
      'Paid to date NGN 1,000,010.05 (with this receipt)',
    ])
      expect(text).toContain(expected);
    const laterText = flat(pdfText(await pdf((await receipt(later)).receiptUrl)));
    expect(laterText).toContain('In words Ten naira and five kobo only');
    expect(laterText).toContain('Paid to date NGN 3,000,010.55 (with this receipt)');
    // The payment's own receipt says nothing of what came after it.
    const paymentText = flat(pdfText(await pdf(payment.receiptUrl)));
    expect(paymentText).toContain('Paid to date NGN 3,000,000.50 (with this receipt)');
    expect(paymentText).not.toContain(reversal.receiptNumber);
  });
});

describe('verification links', () => {
  it("show anyone holding one the receipt's essentials, and whether it was reversed since", async () => {
    const payment = await receipt(second.paymentIds[1]);
    const reversal = await receipt(second.reversalId);
    const printed = flat(pdfText(await pdf(payment.receiptUrl)));
    expect(printed).toContain(payment.verificationUrl);
    const response = await get(payment.verificationUrl, { accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(await response.json()).toEqual({
      receipt: {
        issuer: 'Lamba Property Limited',
        receiptNumber: payment.receiptNumber,
        kind: 'PAYMENT',
        date: '2026-02-02',
        amountMinor: '200000050',
        currency: 'NGN',
        amount: 'NGN 2,000,000.50',
        amountInWords: 'Two million naira and fifty kobo only',
        saleNumber: payment.sale.number,
        receivedFrom: UNICODE_NAME,
        reverses: null,
        reversedBy: { receiptNumber: reversal.receiptNumber, date: '2026-02-04' },
      },
    });
    const html = await get(reversal.verificationUrl, { accept: 'text/html' });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await html.text();
    expect(page).toContain(`Reversal receipt ${reversal.receiptNumber} is genuine`);
    expect(page).toContain(`It undoes receipt ${payment.receiptNumber}.`);
  });

  it('show nothing for a forged or tampered token', async () => {
    const genuine = (await receipt(localId(a.ledger!.paymentId))).verificationUrl;
    const tokenOf = genuine.slice(genuine.lastIndexOf('/') + 1);
    const bytes = Buffer.from(tokenOf, 'base64url');
    const flipped = Buffer.from(bytes);
    flipped[20] ^= 1; // another payment id, the same signature
    const forgedMac = Buffer.from(bytes);
    forgedMac[bytes.length - 1] ^= 1;
    const otherSecret = new DocumentLinks('another-secret-that-is-32-characters-long', PUBLIC_URL, 60);
    for (const bad of [
      flipped.toString('base64url'),
      forgedMac.toString('base64url'),
      otherSecret.verificationToken(localId(a.id), localId(a.ledger!.paymentId)),
      `${tokenOf.slice(0, -1)}${tokenOf.endsWith('A') ? 'B' : 'A'}`,
      'x'.repeat(66),
      tokenOf.slice(0, 40),
    ]) {
      for (const accept of ['application/json', 'text/html']) {
        const response = await get(`${PUBLIC_URL}/verify/${bad}`, { accept });
        expect(response.status).toBe(404);
        const body = await response.text();
        for (const secret of [a.name, a.ledger!.receiptNumber, a.ledger!.saleNumber, 'Client of'])
          expect(body).not.toContain(secret);
      }
    }
    // The genuine one still works: the refusals above are not everything refused.
    expect((await get(genuine)).status).toBe(200);
  });
});

describe('document links', () => {
  it('refuse a tampered link (403), an expired one (410) and anything but GET', async () => {
    const url = (await receipt(localId(a.ledger!.paymentId))).receiptUrl;
    const jwt = url.slice(url.lastIndexOf('/') + 1);
    const [header, payload, signature] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const otherPayment = Buffer.from(JSON.stringify({ ...claims, id: second.paymentIds[0] })).toString('base64url');
    const otherSecret = new DocumentLinks('another-secret-that-is-32-characters-long', PUBLIC_URL, 60);
    const viewer = { ...adminViewer(a), generation: 0 };
    for (const bad of [
      `${header}.${otherPayment}.${signature}`,
      `${header}.${payload}.${signature.slice(0, -2)}AA`,
      `${header}.${payload}`,
      'not-a-link',
      (await otherSecret.download({ kind: 'receipt', id: localId(a.ledger!.paymentId) }, viewer)).split('/').pop()!,
      // A sign-in token is not a document link, nor the other way round.
      a.admin.token,
    ]) {
      const { status, code, body } = await refusal(await get(`${PUBLIC_URL}/documents/${bad}`));
      expect([status, code]).toEqual([403, 'FORBIDDEN']);
      expect(body).not.toContain(a.ledger!.receiptNumber);
    }
    const signInWithLink = await app.raw('{ me { role } }', {}, jwt);
    expect(signInWithLink.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const old = await app.runtime.documents.download(
      { kind: 'receipt', id: localId(a.ledger!.paymentId) },
      viewer,
      Date.now() - 3_600_000,
    );
    expect(await refusal(await get(old))).toMatchObject({ status: 410, code: 'LINK_EXPIRED' });

    const post = await app.yoga.fetch(url, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await app.yoga.fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/pdf');
  });

  it('are logged, with LOG_REQUESTS, as one line each that never holds the link', async () => {
    const logging = createServer({ ...app.runtime, config: { ...app.runtime.config, logRequests: true } });
    const url = (await receipt(localId(a.ledger!.paymentId))).receiptUrl;
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      expect((await logging.fetch(url)).status).toBe(200);
      expect((await logging.fetch(`${url}x`)).status).toBe(403);
    } finally {
      spy.mockRestore();
    }
    const entries = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'document');
    expect(entries).toMatchObject([
      { document: 'receipt', companyId: localId(a.id), status: 200 },
      { document: 'unknown', companyId: null, status: 403 },
    ]);
    expect(typeof entries[0].durationMs).toBe('number');
    expect(lines.join('\n')).not.toContain(url.slice(url.lastIndexOf('/') + 1));
  });

  it("give another company's people nothing, and tell them nothing", async () => {
    const aPayment = localId(a.ledger!.paymentId);
    // B's admin may not reach A's payment at all...
    const asB = await app.gql(Payment, { id: a.ledger!.paymentId }, b.admin.token);
    expect(asB.data?.node).toBeNull();
    // ...and a genuine link issued to B's admin that names A's payment reads B's company: nothing.
    const bAdmin = {
      companyId: localId(b.id),
      userId: localId(b.admin.userId),
      role: 'ADMIN' as const,
      profileId: localId(b.admin.memberId),
      generation: 0,
    };
    for (const ref of [
      { kind: 'receipt' as const, id: aPayment },
      { kind: 'statement' as const, id: localId(a.client.id), asOf: '2026-03-01' },
      { kind: 'allocation-letter' as const, id: localId(a.plotIds[0]) },
    ]) {
      const { status, code, body } = await refusal(await get(await app.runtime.documents.download(ref, bAdmin)));
      expect([status, code]).toEqual([404, 'NOT_FOUND']);
      for (const secret of [a.name, a.ledger!.receiptNumber, a.client.uid, 'Client of'])
        expect(body).not.toContain(secret);
    }
    // A's genuine link, sent with a sign-in of B: nothing; with A's own admin: the receipt.
    const url = (await receipt(aPayment)).receiptUrl;
    expect(await refusal(await get(url, { authorization: `Bearer ${b.admin.token}` }))).toMatchObject({ status: 404 });
    expect((await get(url, { authorization: `Bearer ${a.admin.token}` })).status).toBe(200);
  });

  it('go only to those who may see the record, a client only their own, and only while they still may', async () => {
    const other = encodeGlobalID('Payment', second.paymentIds[0]);
    // A's first client sees their own receipts and none of the second client's.
    const own = await app.raw(
      '{ payments(first: 100) { edges { node { receiptNumber receiptUrl } } } }',
      {},
      a.client.token,
    );
    expect(own.data.payments.edges.map((e: any) => e.node.receiptNumber)).toEqual([a.ledger!.receiptNumber]);
    expect((await app.gql(Payment, { id: other }, a.client.token)).data?.node).toBeNull();
    const statement = await app.gql(Statement, { id: encodeGlobalID('Client', second.id) }, a.client.token);
    expect(statement.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A genuine link for the first client naming the second's payment: nothing.
    const firstClient = {
      companyId: localId(a.id),
      userId: localId(a.client.userId),
      role: 'CLIENT' as const,
      profileId: localId(a.client.id),
      generation: 0,
    };
    const forged = await app.runtime.documents.download({ kind: 'receipt', id: second.paymentIds[0] }, firstClient);
    expect(await refusal(await get(forged))).toMatchObject({ status: 404, code: 'NOT_FOUND' });

    // The marketer's link works until the client is given to another marketer.
    const viaMarketer = (await receipt(second.paymentIds[0], a.marketer.token)).receiptUrl;
    expect((await get(viaMarketer)).status).toBe(200);
    await withSession(app.runtime, adminViewer(a), (s) => assignClient(s, second.id, otherMarketerId));
    try {
      expect(await refusal(await get(viaMarketer))).toMatchObject({ status: 404 });
      expect((await app.gql(Payment, { id: other }, a.marketer.token)).data?.node).toBeNull();
    } finally {
      await withSession(app.runtime, adminViewer(a), (s) => assignClient(s, second.id, localId(a.marketer.id)));
    }
    expect((await get(viaMarketer)).status).toBe(200);
  });
});

describe('statements', () => {
  it('hold the same lines and totals as clientStatement, in the same order, the same bytes each time', async () => {
    const s = data(await app.gql(Statement, {}, second.token)).clientStatement;
    const asAdmin = data(await app.gql(Statement, { id: encodeGlobalID('Client', second.id) }, a.admin.token));
    expect(asAdmin.clientStatement.totals).toEqual(s.totals);
    const bytes = await pdf(s.pdfUrl);
    const lines = pdfText(bytes).split('\n');
    const text = flat(lines.join('\n'));
    expect(text).toContain(`Statement of account ${UNICODE_NAME} (${s.client.uid})`);
    expect(text).toContain(`as of`);
    expect(s.totals.map((t) => t.currency)).toEqual(['NGN', 'USD']);
    for (const t of s.totals)
      expect(lines).toContain(
        [
          t.currency,
          t.sales,
          ...[t.priceMinor, t.paidMinor, t.balanceMinor, t.overdueMinor].map((m) => money(m, t.currency)),
        ].join(' '),
      );
    expect(s.sales.totalCount).toBe(2);
    for (const { node: sale } of s.sales.edges) {
      const m = (minor: string) => money(minor, sale.currency);
      const plot = `plot ${sale.plot.number}, ${sale.plot.estate.name} (${sale.plot.plotSize.label})`;
      const plans: Record<string, string> = {
        SPLIT_60_20_20: 'three instalments (60%, 20%, 20%)',
        CUSTOM: 'instalments as agreed',
      };
      expect(text).toContain(
        `Sale ${sale.number} · sold ${sale.soldOn} · ${plot} · ${plans[sale.plan]} · ${sale.status}`,
      );
      expect(text).toContain(
        `Price ${m(sale.priceMinor)} · paid ${m(sale.paidMinor)} · balance ${m(sale.balanceMinor)} · overdue ${m(sale.overdueMinor)}`,
      );
      for (const i of sale.schedule)
        expect(lines).toContain(
          [i.seq, i.dueDate, m(i.amountMinor), m(i.paidMinor), m(i.outstandingMinor), i.state].join(' '),
        );
    }
    const methods: Record<string, string> = { BANK_TRANSFER: 'Bank transfer' };
    const expectedReceipts = s.payments.edges.map(({ node: p }) =>
      [
        p.receiptNumber,
        p.date,
        p.sale.number,
        p.kind,
        p.method ? methods[p.method] : '',
        p.reference ?? '',
        money(p.signedAmountMinor, p.currency),
      ]
        .filter(Boolean)
        .join(' '),
    );
    const printedReceipts = lines.filter((line) => /^LPL-RCP\d+ /.test(line));
    expect(printedReceipts).toEqual(expectedReceipts);
    expect(printedReceipts).toHaveLength(s.payments.totalCount);
    // The same statement again, through a new link: the same bytes.
    const again = data(
      await app.gql(Statement, { id: encodeGlobalID('Client', second.id) }, a.admin.token),
    ).clientStatement;
    expect(Buffer.from(await pdf(again.pdfUrl)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('allocation letters', () => {
  it('name the plot, its holder, the day and the sale, for staff, the holder and their marketer only', async () => {
    const letterOf = async (bearer: string, number: string) => {
      const plots = data(await app.gql(Plots, {}, bearer)).plots.edges.map((e) => e.node);
      return plots.find((p) => p.number === number)!.allocationLetterUrl;
    };
    const url = await letterOf(a.admin.token, 'P-1');
    expect(url).toBeTruthy();
    const text = flat(pdfText(await pdf(url!)));
    for (const expected of [
      'Lamba Property Limited',
      'Letter of allocation',
      `To: Client of Lamba Property Limited (${a.client.uid})`,
      'plot P-1 of Estate of Lamba Property Limited, Road of Lamba Property Limited, measuring 500 square metres (500 sqm)',
      `Sale ${a.ledger!.saleNumber}`,
      'Price NGN 5,000,000.00',
      'In words Five million naira only',
      'Payment plan three instalments (50%, 30%, 20%)',
    ])
      expect(text).toContain(expected);
    expect(await letterOf(a.client.token, 'P-1')).toBeTruthy();
    expect(await letterOf(a.marketer.token, 'P-1')).toBeTruthy();
    // Another client of the same company sees the plot, not who holds it, and gets no letter.
    expect(await letterOf(second.token, 'P-1')).toBeNull();
    // A plot nobody holds has none.
    expect(await letterOf(a.admin.token, 'P-5')).toBeNull();
    const letter = await letterOf(third.token, 'P-4');
    const unsold = flat(pdfText(await pdf(letter!)));
    expect(unsold).toContain('No sale has been recorded for this plot yet.');
    // A holder whose sign-in is withdrawn (archived) after the link was made: nothing.
    await withSession(app.runtime, adminViewer(a), (s) => setClientStatus(s, third.id, 'ARCHIVED'));
    expect(await refusal(await get(letter!))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});
