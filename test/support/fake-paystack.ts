// A local stand-in for Paystack speaking its documented shapes: POST /transaction/initialize and
// GET /transaction/verify/:reference (Bearer secret key; { status, message, data }), and webhooks
// ({ event: "charge.success", data: { id, reference, amount, currency, status, ... } }) signed with
// x-paystack-signature, the HMAC-SHA512 of the body with the secret key.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Transaction {
  id: number;
  reference: string;
  email: string;
  amount: number;
  currency: string;
  status: 'abandoned' | 'success';
  paidAmount?: number;
  paidCurrency?: string;
}

export async function startFakePaystack(secretKey: string) {
  const transactions = new Map<string, Transaction>();
  let nextId = 4_099_260_516;
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const send = (status: number, json: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.headers.authorization !== `Bearer ${secretKey}`)
      return send(401, { status: false, message: 'Invalid key' });
    if (req.method === 'POST' && req.url === '/transaction/initialize') {
      const input = JSON.parse(body) as { email: string; amount: string; currency: string; reference: string };
      if (!input.email || !input.amount || !input.reference)
        return send(400, { status: false, message: 'Invalid input' });
      const access = Math.random().toString(36).slice(2, 12);
      transactions.set(input.reference, {
        id: nextId++,
        reference: input.reference,
        email: input.email,
        amount: Number(input.amount),
        currency: input.currency ?? 'NGN',
        status: 'abandoned',
      });
      return send(200, {
        status: true,
        message: 'Authorization URL created',
        data: {
          authorization_url: `https://checkout.paystack.com/${access}`,
          access_code: access,
          reference: input.reference,
        },
      });
    }
    const verify = /^\/transaction\/verify\/(.+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && verify) {
      const t = transactions.get(decodeURIComponent(verify[1]));
      if (!t) return send(400, { status: false, message: 'Transaction reference not found' });
      return send(200, { status: true, message: 'Verification successful', data: chargeData(t) });
    }
    send(404, { status: false, message: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const chargeData = (t: Transaction) => ({
    id: t.id,
    domain: 'test',
    status: t.status,
    reference: t.reference,
    amount: t.paidAmount ?? t.amount,
    currency: t.paidCurrency ?? t.currency,
    paid_at: new Date().toISOString(),
    channel: 'card',
    customer: { email: t.email },
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    transactions,
    /** The payer pays at checkout (what they paid may differ from what was asked). */
    pay(reference: string, paid: { amount?: number; currency?: string } = {}) {
      const t = transactions.get(reference);
      if (!t) throw new Error(`no transaction ${reference}`);
      Object.assign(t, { status: 'success', paidAmount: paid.amount, paidCurrency: paid.currency });
      return t;
    },
    /** A charge for a reference nobody started. */
    stranger(reference: string, amount: number) {
      const t: Transaction = {
        id: nextId++,
        reference,
        email: 'x@example.com',
        amount,
        currency: 'NGN',
        status: 'success',
      };
      transactions.set(reference, t);
      return t;
    },
    /** POSTs the charge.success webhook for `reference` to `url`, `times` times at once; the statuses. */
    async deliver(url: string, reference: string, times = 1, key = secretKey): Promise<number[]> {
      const body = JSON.stringify({ event: 'charge.success', data: chargeData(transactions.get(reference)!) });
      const signature = createHmac('sha512', key).update(body).digest('hex');
      return Promise.all(
        Array.from({ length: times }, () =>
          fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-paystack-signature': signature },
            body,
          }).then((r) => r.status),
        ),
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
