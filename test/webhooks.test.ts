// Webhooks through the real API and a real worker: signed deliveries of the outbox's events to a
// local receiver, in order per sale, retried after failures until the receiver recovers, visible
// in webhookDeliveries, and replayed on request. URLs pointing inward are refused by default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type Worker } from '../src/jobs/worker.ts';
import { createTestApp, expectWithin, type TestApp } from './support/app.ts';
import { company, type CompanyFixture } from './support/fixtures.ts';
import { startReceiver } from './support/receiver.ts';
import { checkWebhookUrl, guardedLookup, isInternalAddress } from '../src/modules/webhooks/url.ts';

let app: TestApp;
let a: CompanyFixture;
let worker: Worker;

beforeAll(async () => {
  app = await createTestApp({ webhookAllowPrivate: true, webhookRetryDelays: [0.2, 0.4], jobsSweepSeconds: 1 });
  a = await company(app, 'Lamba Property Limited').withLedger();
  worker = await startWorker(app.runtime);
});
afterAll(async () => {
  await worker?.stop();
  await app?.close();
});

const REGISTER = `mutation($i: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $i) { secret endpoint { id url events active } } }`;
const PAY = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { payment { id receiptNumber } } }`;

async function register(url: string, events: string[]) {
  const result = await app.raw(REGISTER, { i: { url, events } }, a.admin.token);
  expect(result.errors).toBeUndefined();
  return result.data.registerWebhookEndpoint as { secret: string; endpoint: { id: string } };
}

describe('webhooks', () => {
  it('delivers signed events in order per sale, retrying a receiver that fails until it recovers', async () => {
    let secret = '';
    // The first three attempts fail (500), then the receiver recovers.
    const receiver = await startReceiver(
      () => secret,
      (n) => (n < 3 ? 500 : 200),
    );
    const endpoint = await register(receiver.url, ['PAYMENT_RECORDED', 'PAYMENT_REVERSED']);
    secret = endpoint.secret;
    expect(secret).toMatch(/^whsec_/);
    const receipts: string[] = [];
    for (let i = 0; i < 5; i++) {
      const paid = await app.raw(
        PAY,
        { i: { saleId: a.ledger!.saleId, amountMinor: String(1000 + i), currency: 'NGN', method: 'CASH' } },
        a.admin.token,
      );
      expect(paid.errors).toBeUndefined();
      receipts.push(paid.data.recordPayment.payment.receiptNumber);
    }
    await expectWithin(40_000, async () => expect(receiver.accepted().length).toBe(5));
    expect(receiver.received.every((r) => r.signed)).toBe(true);
    // In order: no later receipt was accepted before an earlier one, despite the failures.
    expect(receiver.accepted().map((r) => r.data.receiptNumber)).toEqual(receipts);
    expect(receiver.received.slice(0, 3).map((r) => r.status)).toEqual([500, 500, 500]);
    expect(receiver.received[0].data.receiptNumber).toBe(receipts[0]);
    expect(receiver.received[3].attempt).toBe(4);

    // The receiver answered; the worker records each answer just after.
    await expectWithin(30_000, async () => {
      const deliveries = await app.raw(
        `query($e: ID) { webhookDeliveries(filter: { endpointId: $e }) { totalCount edges { node { status attempts lastResponseCode event { type } } } } }`,
        { e: endpoint.endpoint.id },
        a.admin.token,
      );
      const nodes = deliveries.data.webhookDeliveries.edges.map(
        (e: { node: { status: string; lastResponseCode: number; attempts: number } }) => e.node,
      );
      expect(nodes).toHaveLength(5);
      for (const n of nodes) expect(n).toMatchObject({ status: 'DELIVERED', lastResponseCode: 200 });
      expect(Math.max(...nodes.map((n: { attempts: number }) => n.attempts))).toBe(4);
    });

    // Replay from the third event: three more deliveries, in order.
    const events = await app.raw(
      `{ events(type: PAYMENT_RECORDED, first: 5) { edges { node { id data } } } }`,
      {},
      a.admin.token,
    );
    const third = events.data.events.edges[2].node.id; // newest first: the third newest is receipts[2]
    const replay = await app.raw(
      `mutation($i: ReplayWebhookEventsInput!) { replayWebhookEvents(input: $i) { queued } }`,
      { i: { endpointId: endpoint.endpoint.id, fromEventId: third } },
      a.admin.token,
    );
    expect(replay.data.replayWebhookEvents.queued).toBe(3);
    await expectWithin(30_000, async () => expect(receiver.accepted().length).toBe(8));
    expect(
      receiver
        .accepted()
        .slice(5)
        .map((r) => r.data.receiptNumber),
    ).toEqual(receipts.slice(2));
    await receiver.close();
  });

  it('refuses URLs that are not http(s) or that point at internal addresses', async () => {
    // Through the API (this app allows private addresses, as tests must): not http(s), no URL.
    for (const url of ['ftp://example.com/x', 'not a url', 'http://user:pw@example.com/x']) {
      const result = await app.raw(REGISTER, { i: { url, events: ['SALE_CREATED'] } }, a.admin.token);
      expect(result.errors?.[0].extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    // The rule a deployment applies (WEBHOOK_ALLOW_PRIVATE unset).
    const internal = [
      'http://127.0.0.1:9/x',
      'http://[::1]/x',
      'http://169.254.169.254/latest',
      'http://10.1.2.3/x',
      'http://192.168.1.1/',
      'http://[fd00::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://localhost/x',
    ];
    for (const url of internal) expect(() => checkWebhookUrl('url', url, false), url).toThrow(/not allowed/);
    expect(checkWebhookUrl('url', 'https://hooks.example.com/estate', false).host).toBe('hooks.example.com');
    expect(isInternalAddress('8.8.8.8')).toBe(false);
    // And at connection time, whatever the name: a name resolving to loopback is refused.
    const refused = await new Promise<Error | null>((resolve) =>
      guardedLookup(false)('localhost', {}, (error) => resolve(error)),
    );
    expect(refused?.message).toMatch(/internal address/);
  });
});
