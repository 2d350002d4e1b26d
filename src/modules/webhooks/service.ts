// Webhook endpoints (an admin's), their deliveries, and replay: sending again every event from a
// given one on (of the types the endpoint takes), in order, as new deliveries.
import { randomUUID } from 'node:crypto';
import type { WebhookDeliveryStatus } from '../../generated/prisma/client.ts';
import { badInput, notFound } from '../../shared/errors.ts';
import * as valid from '../../shared/validation.ts';
import { byId, type Session } from '../../runtime/session.ts';
import { addJob } from '../../db/jobs.ts';
import { deliveryJobKey, EVENT_TYPES } from '../events/service.ts';
import { checkWebhookUrl } from './url.ts';
import { newSecret } from './signature.ts';

function checkEvents(events: readonly string[]): string[] {
  const unique = [...new Set(events)];
  if (!unique.length) throw badInput('events', 'Name at least one event.');
  const unknown = unique.find((e) => !(EVENT_TYPES as readonly string[]).includes(e));
  if (unknown) throw badInput('events', `Unknown event "${unknown.slice(0, 50)}": one of ${EVENT_TYPES.join(', ')}.`);
  return unique;
}

export interface EndpointInput {
  url: string;
  events: readonly string[];
  description?: string | null;
}

/** Registers an endpoint with a new secret (returned here, never again). */
export async function registerEndpoint(
  session: Session,
  input: EndpointInput,
): Promise<{ id: string; secret: string }> {
  const url = checkWebhookUrl('url', input.url, session.runtime.config.webhookAllowPrivate).toString();
  const events = checkEvents(input.events);
  const description = valid.optionalText('description', input.description, 500);
  const id = randomUUID();
  const secret = newSecret();
  await session.db.webhookEndpoint.create({
    data: { id, companyId: session.viewer.companyId, url, events, description, secret },
  });
  return { id, secret };
}

export interface EndpointChange {
  id: string;
  url?: string | null;
  events?: readonly string[] | null;
  active?: boolean | null;
  description?: string | null;
}

export async function updateEndpoint(session: Session, input: EndpointChange): Promise<string> {
  const found = await session.db.webhookEndpoint.findUnique({ where: byId(session, input.id) });
  if (!found) throw notFound('WebhookEndpoint', 'id');
  const url = input.url != null ? checkWebhookUrl('url', input.url, session.runtime.config.webhookAllowPrivate) : null;
  await session.db.webhookEndpoint.update({
    where: byId(session, found.id),
    data: {
      ...(url ? { url: url.toString() } : {}),
      ...(input.events ? { events: checkEvents(input.events) } : {}),
      ...(input.active != null ? { active: input.active } : {}),
      ...(input.description !== undefined
        ? { description: valid.optionalText('description', input.description, 500) }
        : {}),
    },
  });
  return found.id;
}

/**
 * Sends again, to one endpoint, every event from `fromEventId` on that it takes, as new deliveries
 * queued behind what is pending; how many.
 */
export async function replayEvents(session: Session, endpointId: string, fromEventId: string): Promise<number> {
  const { db, viewer } = session;
  const endpoint = await db.webhookEndpoint.findUnique({ where: byId(session, endpointId) });
  if (!endpoint) throw notFound('WebhookEndpoint', 'endpointId');
  const from = await db.event.findUnique({ where: byId(session, fromEventId) });
  if (!from) throw notFound('Event', 'fromEventId');
  const queued = await db.$queryRaw<{ n: number }[]>`
    WITH deliveries AS (
      INSERT INTO "WebhookDelivery" ("companyId", "endpointId", "eventId", "orderKey", "position", "replay")
      SELECT e."companyId", ${endpoint.id}::uuid, e."id", coalesce(e."saleId", e."id"), e."position", true
      FROM "Event" e
      WHERE e."companyId" = ${viewer.companyId}::uuid AND e."position" >= ${from.position} AND e."type" = ANY (${endpoint.events}::text[])
      RETURNING "orderKey"
    ), queues AS (SELECT DISTINCT "orderKey" FROM deliveries),
    jobs AS (
      SELECT graphile_worker.add_job('webhook:deliver',
        json_build_object('companyId', ${viewer.companyId}::text, 'endpointId', ${endpoint.id}::text, 'orderKey', q."orderKey"),
        job_key => 'webhook:' || ${endpoint.id}::text || ':' || q."orderKey", max_attempts => 10)
      FROM queues q
    )
    SELECT (SELECT count(*) FROM deliveries)::int AS n, (SELECT count(*) FROM jobs)::int AS jobs`;
  return queued[0].n;
}

export interface DeliveryFilter {
  endpointId?: string | null;
  eventId?: string | null;
  status?: readonly WebhookDeliveryStatus[] | null;
}

export const deliveryConditions = (f: DeliveryFilter | null | undefined) => ({
  AND: [
    f?.endpointId ? { endpointId: f.endpointId } : {},
    f?.eventId ? { eventId: f.eventId } : {},
    f?.status ? { status: { in: [...f.status] } } : {},
  ],
});

/**
 * Adds a job for each delivery queue of the company with a delivery due and no one sending it.
 * The queues are read first, then their jobs added: in one statement, Citus sent the job queue's
 * function to the worker holding the company's deliveries, where the queue does not exist.
 */
export async function dueQueues(session: Session): Promise<void> {
  const queues = await session.db.$queryRaw<{ endpointId: string; orderKey: string }[]>`
    SELECT DISTINCT "endpointId", "orderKey" FROM "WebhookDelivery"
    WHERE "companyId" = ${session.viewer.companyId}::uuid AND "status" = 'PENDING' AND "nextAttemptAt" <= now()
      AND ("leaseUntil" IS NULL OR "leaseUntil" < now())`;
  for (const { endpointId, orderKey } of queues)
    await addJob(
      session.db,
      'webhook:deliver',
      { companyId: session.viewer.companyId, endpointId, orderKey },
      { key: deliveryJobKey(endpointId, orderKey) },
    );
}
