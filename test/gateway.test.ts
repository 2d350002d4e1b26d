// Online payments against a local fake of Paystack's documented API and webhook: a checkout URL
// for an instalment, ten deliveries of one charge making one payment with a receipt number from
// the allocator, and charges that do not match (amount, currency, unknown reference) held for
// review without a receipt. Unsigned webhooks are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../src/http/listen.ts';
import { startWorker, type Worker } from '../src/jobs/worker.ts';
import { createTestApp, expectWithin, type TestApp } from './support/app.ts';
import { company, type CompanyFixture } from './support/fixtures.ts';
import { startFakePaystack } from './support/fake-paystack.ts';

const SECRET = 'sk_test_0123456789abcdef0123456789abcdef';
let app: TestApp;
let a: CompanyFixture;
let server: Listening;
let worker: Worker;
let paystack: Awaited<ReturnType<typeof startFakePaystack>>;
let hook: string;

beforeAll(async () => {
  paystack = await startFakePaystack(SECRET);
  app = await createTestApp({ paystackBaseUrl: paystack.url, jobsSweepSeconds: 1 });
  a = await company(app, 'Lamba Property Limited').withLedger();
  server = await listen(app.runtime, 0, '127.0.0.1');
  hook = `http://127.0.0.1:${server.port}/gateways/paystack/${a.slug}`;
  worker = await startWorker(app.runtime);
  const set = await app.raw(
    `mutation($k: String!) { updateCollectionSettings(input: { gatewaySecretKey: $k }) { settings { gateway gatewayKeyHint } } }`,
    { k: SECRET },
    a.admin.token,
  );
  expect(set.data.updateCollectionSettings.settings).toEqual({ gateway: 'PAYSTACK', gatewayKeyHint: '…cdef' });
});
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await app?.close();
  await paystack?.close();
});

const START = `mutation($i: StartOnlinePaymentInput!) { startOnlinePayment(input: $i) { checkoutUrl reference amountMinor currency sale { number } } }`;

async function start(token = a.client.token, input: Record<string, unknown> = {}) {
  const result = await app.raw(START, { i: { saleId: a.ledger!.saleId, ...input } }, token);
  expect(result.errors).toBeUndefined();
  return result.data.startOnlinePayment as {
    checkoutUrl: string;
    reference: string;
    amountMinor: string;
    currency: string;
  };
}

const gatewayPayments = async (reference: string) =>
  (await app.owner.query(`SELECT * FROM "Payment" WHERE reference = $1`, [`PAYSTACK:${reference}`])).rows;

describe('online payments', () => {
  it('start with a checkout URL for the next instalment, and ten deliveries of the charge make one payment', async () => {
    const started = await start();
    expect(started.checkoutUrl).toMatch(/^https:\/\/checkout\.paystack\.com\//);
    // The 50-30-20 sale has its first instalment paid: the second (30% of 500,000,000) is next.
    expect(started).toMatchObject({ amountMinor: '150000000', currency: 'NGN' });
    expect(paystack.transactions.get(started.reference)?.amount).toBe(150000000);
    paystack.pay(started.reference);
    const statuses = await paystack.deliver(hook, started.reference, 10);
    expect(statuses).toEqual(Array(10).fill(200));
    await expectWithin(30_000, async () => expect(await gatewayPayments(started.reference)).toHaveLength(1));
    const [payment] = await gatewayPayments(started.reference);
    expect(payment.receiptNumber).toMatch(new RegExp(`^${a.prefix}-RCP\\d{5}$`));
    expect(payment.method).toBe('CARD');
    expect(BigInt(payment.amountMinor)).toBe(150000000n);
    const events = (await app.owner.query(`SELECT * FROM "GatewayEvent" WHERE reference = $1`, [started.reference]))
      .rows;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 'RECORDED', deliveries: 10, paymentId: payment.id });
    // More deliveries later change nothing.
    await paystack.deliver(hook, started.reference, 3);
    await new Promise((r) => setTimeout(r, 500));
    expect(await gatewayPayments(started.reference)).toHaveLength(1);
    // The payment.recorded event was written with it.
    const recorded = await app.owner.query(
      `SELECT count(*)::int AS n FROM "Event" WHERE type = 'payment.recorded' AND "subjectId" = $1`,
      [payment.id],
    );
    expect(recorded.rows[0].n).toBe(1);
  });

  it('holds a wrong amount, a wrong currency and an unknown reference for review, with no receipt', async () => {
    const short = await start(a.admin.token, { amountMinor: '5000' });
    paystack.pay(short.reference, { amount: 4000 });
    const euros = await start(a.admin.token, { amountMinor: '6000' });
    paystack.pay(euros.reference, { currency: 'EUR' });
    paystack.stranger('EST-nobody-started-this', 7000);
    for (const reference of [short.reference, euros.reference, 'EST-nobody-started-this'])
      expect(await paystack.deliver(hook, reference, 2)).toEqual([200, 200]);
    const held = async () =>
      (
        await app.raw(
          '{ unmatchedGatewayPayments { totalCount edges { node { reference amountMinor currency reason deliveries payment { id } } } } }',
          {},
          a.admin.token,
        )
      ).data.unmatchedGatewayPayments;
    await expectWithin(30_000, async () => expect((await held()).totalCount).toBe(3));
    const byRef = Object.fromEntries(
      (await held()).edges.map((e: { node: { reference: string } }) => [e.node.reference, e.node]),
    );
    expect(byRef[short.reference].reason).toMatch(/Paid 4000 minor units, but the payment was started for 5000/);
    expect(byRef[euros.reference].reason).toMatch(/EUR/);
    expect(byRef['EST-nobody-started-this'].reason).toMatch(/Unknown reference/);
    expect(Object.values(byRef).every((n) => (n as { payment: null; deliveries: number }).payment === null)).toBe(true);
    for (const reference of [short.reference, euros.reference]) expect(await gatewayPayments(reference)).toEqual([]);
  });

  it('refuses a webhook not signed with the company key, and a client paying into a sale not theirs', async () => {
    const started = await start();
    paystack.pay(started.reference);
    expect(await paystack.deliver(hook, started.reference, 1, 'sk_test_wrong')).toEqual([401]);
    expect(
      await paystack.deliver(`http://127.0.0.1:${server.port}/gateways/paystack/no-such-company`, started.reference),
    ).toEqual([401]);
    const stored = await app.owner.query(`SELECT count(*)::int AS n FROM "GatewayEvent" WHERE reference = $1`, [
      started.reference,
    ]);
    expect(stored.rows[0].n).toBe(0);
    const other = await company(app, 'Other Company').withLedger();
    const refused = await app.raw(START, { i: { saleId: other.ledger!.saleId } }, a.client.token);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const marketer = await app.raw(START, { i: { saleId: a.ledger!.saleId } }, a.marketer.token);
    expect(marketer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
