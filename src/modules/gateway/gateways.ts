// Payment gateways behind one interface. Paystack first, as its documentation describes it:
// POST /transaction/initialize (Bearer secret key) answers the checkout URL, GET
// /transaction/verify/:reference confirms a charge, and each webhook carries
// `x-paystack-signature`, the HMAC-SHA512 of the raw body with the secret key. Flutterwave
// (verif-hash header, /v3/payments, /v3/transactions/:id/verify) fits the same interface.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Gateway } from '../../generated/prisma/client.ts';

export interface Checkout {
  email: string;
  amountMinor: bigint;
  currency: string;
  reference: string;
  callbackUrl?: string;
}

/** A charge the gateway reports (by webhook) or confirms (by verification). */
export interface Charge {
  kind: string;
  /** The gateway's id of the transaction: one per charge, however often it is reported. */
  externalId: string;
  reference: string;
  amountMinor: bigint;
  currency: string;
  succeeded: boolean;
}

export interface PaymentGateway {
  readonly name: Gateway;
  /** Starts a checkout; the URL to send the payer to. */
  initialize(secretKey: string, checkout: Checkout): Promise<string>;
  /** Whether the webhook's body was signed with the secret key. */
  verifySignature(secretKey: string, rawBody: string, headers: Headers): boolean;
  /** The charge a webhook reports, or null for an event that is not about one. */
  parseWebhook(body: unknown): Charge | null;
  /** The gateway's own account of a transaction, asked again rather than trusted from the webhook. */
  verify(secretKey: string, reference: string): Promise<Charge>;
}

export class GatewayError extends Error {}

async function call(url: string, secretKey: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new GatewayError(`The gateway did not answer (${(error as Error).message}).`);
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok || !body || body.status !== true)
    throw new GatewayError(`The gateway refused: ${String(body?.message ?? response.status).slice(0, 200)}`);
  return body;
}

const chargeOf = (kind: string, data: Record<string, unknown>): Charge | null => {
  if (data.id == null || typeof data.reference !== 'string' || data.amount == null || typeof data.currency !== 'string')
    return null;
  let amountMinor: bigint;
  try {
    amountMinor = BigInt(data.amount as string | number);
  } catch {
    return null;
  }
  return {
    kind,
    externalId: String(data.id),
    reference: data.reference,
    amountMinor,
    currency: data.currency.toUpperCase(),
    succeeded: data.status === 'success',
  };
};

export function paystack(baseUrl: string): PaymentGateway {
  return {
    name: 'PAYSTACK',
    async initialize(secretKey, c) {
      const body = await call(`${baseUrl}/transaction/initialize`, secretKey, {
        method: 'POST',
        body: JSON.stringify({
          email: c.email,
          amount: c.amountMinor.toString(),
          currency: c.currency,
          reference: c.reference,
          ...(c.callbackUrl ? { callback_url: c.callbackUrl } : {}),
        }),
      });
      const url = (body.data as Record<string, unknown> | undefined)?.authorization_url;
      if (typeof url !== 'string') throw new GatewayError('The gateway gave no checkout URL.');
      return url;
    },
    verifySignature(secretKey, rawBody, headers) {
      const given = headers.get('x-paystack-signature') ?? '';
      const expected = createHmac('sha512', secretKey).update(rawBody).digest('hex');
      return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    },
    parseWebhook(body) {
      const b = body as { event?: unknown; data?: Record<string, unknown> } | null;
      if (!b || typeof b.event !== 'string' || !b.data || typeof b.data !== 'object') return null;
      return b.event === 'charge.success' ? chargeOf(b.event, b.data) : null;
    },
    async verify(secretKey, reference) {
      const body = await call(`${baseUrl}/transaction/verify/${encodeURIComponent(reference)}`, secretKey);
      const charge = chargeOf('verify', (body.data ?? {}) as Record<string, unknown>);
      if (!charge) throw new GatewayError('The gateway answered a verification it did not describe.');
      return charge;
    },
  };
}
