// Sending webhook deliveries. Deliveries of one endpoint with one order key (a sale's, else the
// event's own) go out one at a time in event order: only the first pending one is ever attempted,
// under a lease taken in a short transaction, and the HTTP request runs with no connection held.
// A failure is retried after the configured delays (the last repeats) until the retry window
// (72 hours by default) has passed; then the delivery is FAILED and the next one goes.
import http from 'node:http';
import https from 'node:https';
import type { Runtime } from '../../runtime/runtime.ts';
import { asCompany, byId } from '../../runtime/session.ts';
import { addJob } from '../../db/jobs.ts';
import { deliveryJobKey } from '../events/service.ts';
import { guardedLookup } from './url.ts';
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, sign, TIMESTAMP_HEADER } from './signature.ts';

export interface Queue {
  companyId: string;
  endpointId: string;
  orderKey: string;
}

interface Claimed {
  id: string;
  url: string;
  secret: string;
  attempt: number;
  body: string;
  eventId: string;
  type: string;
}

type Claim = { kind: 'none' } | { kind: 'later'; at: Date } | { kind: 'send'; delivery: Claimed };

/** Takes the first pending delivery of the queue if it may be attempted now. */
async function claimHead(runtime: Runtime, q: Queue): Promise<Claim> {
  const leaseSeconds = runtime.config.webhookTimeoutSeconds + 30;
  return asCompany(runtime, q.companyId, async (session) => {
    const { db } = session;
    const [head] = await db.$queryRaw<
      { id: string; nextAttemptAt: Date; leaseUntil: Date | null; attempts: number; now: Date }[]
    >`SELECT "id", "nextAttemptAt", "leaseUntil", "attempts", now() AS now FROM "WebhookDelivery"
      WHERE "companyId" = ${q.companyId}::uuid AND "endpointId" = ${q.endpointId}::uuid AND "orderKey" = ${q.orderKey}::uuid
        AND "status" = 'PENDING'
      ORDER BY "position", "createdAt" LIMIT 1 FOR UPDATE`;
    if (!head) return { kind: 'none' };
    if (head.leaseUntil && head.leaseUntil > head.now) return { kind: 'later', at: head.leaseUntil };
    if (head.nextAttemptAt > head.now) return { kind: 'later', at: head.nextAttemptAt };
    const d = await db.webhookDelivery.update({
      where: byId(session, head.id),
      data: {
        attempts: { increment: 1 },
        lastAttemptAt: head.now,
        leaseUntil: new Date(head.now.getTime() + leaseSeconds * 1000),
      },
      select: { id: true, attempts: true, endpoint: true, event: true },
    });
    if (!d.endpoint.active) {
      await db.webhookDelivery.update({
        where: byId(session, d.id),
        data: { status: 'FAILED', lastError: 'The endpoint was deactivated.', leaseUntil: null },
        select: { id: true },
      });
      return claimHead(runtime, q);
    }
    const body = JSON.stringify({
      id: d.event.id,
      type: d.event.type,
      occurredAt: d.event.occurredAt.toISOString(),
      data: d.event.data,
    });
    return {
      kind: 'send',
      delivery: {
        id: d.id,
        url: d.endpoint.url,
        secret: d.endpoint.secret,
        attempt: d.attempts,
        body,
        eventId: d.event.id,
        type: d.event.type,
      },
    };
  });
}

/** POSTs the delivery; its HTTP status, or the error that kept it from getting one. */
function post(runtime: Runtime, d: Claimed): Promise<{ status: number | null; error: string | null }> {
  const timestamp = Math.floor(Date.now() / 1000);
  const url = new URL(d.url);
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        lookup: guardedLookup(runtime.config.webhookAllowPrivate),
        timeout: runtime.config.webhookTimeoutSeconds * 1000,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(d.body),
          'user-agent': 'estate-api-webhooks',
          [EVENT_ID_HEADER]: d.eventId,
          [EVENT_TYPE_HEADER]: d.type,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: sign(d.secret, timestamp, d.body),
          'x-estate-delivery-attempt': String(d.attempt),
        },
      },
      (res) => {
        res.resume(); // the answer's body is not kept
        res.on('end', () => resolve({ status: res.statusCode ?? null, error: null }));
        res.on('error', () => resolve({ status: res.statusCode ?? null, error: null }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) => resolve({ status: null, error: error.message.slice(0, 300) }));
    req.end(d.body);
  });
}

/** The delay before attempt `attempts + 1`, in ms. */
export const retryDelayMs = (delays: readonly number[], attempts: number) =>
  delays[Math.min(attempts - 1, delays.length - 1)] * 1000;

/** Records the attempt's outcome; when it must be tried again, when. */
async function record(
  runtime: Runtime,
  q: Queue,
  d: Claimed,
  outcome: { status: number | null; error: string | null },
): Promise<Date | null> {
  const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  return asCompany(runtime, q.companyId, async (session) => {
    const row = await session.db.webhookDelivery.findUniqueOrThrow({ where: byId(session, d.id) });
    const now = new Date();
    const next = new Date(now.getTime() + retryDelayMs(runtime.config.webhookRetryDelays, row.attempts));
    const expired = next.getTime() - row.createdAt.getTime() > runtime.config.webhookRetryWindowSeconds * 1000;
    await session.db.webhookDelivery.update({
      where: byId(session, d.id),
      data: {
        status: ok ? 'DELIVERED' : expired ? 'FAILED' : 'PENDING',
        deliveredAt: ok ? now : null,
        nextAttemptAt: ok || expired ? row.nextAttemptAt : next,
        leaseUntil: null,
        lastResponseCode: outcome.status,
        lastError: ok ? null : (outcome.error ?? `HTTP ${outcome.status}`),
      },
      select: { id: true },
    });
    return ok || expired ? null : next;
  });
}

/** Works through one queue: sends what is due in order, and schedules its own next run. */
export async function deliverQueue(runtime: Runtime, q: Queue): Promise<void> {
  for (let sent = 0; sent < 100; sent++) {
    const claim = await claimHead(runtime, q);
    if (claim.kind === 'none') return;
    if (claim.kind === 'later') return schedule(runtime, q, claim.at);
    const retryAt = await record(runtime, q, claim.delivery, await post(runtime, claim.delivery));
    if (retryAt) return schedule(runtime, q, retryAt);
  }
  return schedule(runtime, q, new Date());
}

const schedule = (runtime: Runtime, q: Queue, at: Date) =>
  asCompany(runtime, q.companyId, (s) =>
    addJob(s.db, 'webhook:deliver', q, { key: deliveryJobKey(q.endpointId, q.orderKey), runAt: at }),
  );
