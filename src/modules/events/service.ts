// The outbox. Each change that other systems care about writes its event in its own transaction
// (so an event exists if and only if the change committed), and, in the same transaction, one
// webhook delivery per active endpoint that asked for that type, with the job that sends it.
import { randomUUID } from 'node:crypto';
import { addJob } from '../../db/jobs.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Session } from '../../runtime/session.ts';

export const EVENT_TYPES = [
  'sale.created',
  'payment.recorded',
  'payment.reversed',
  'instalment.due',
  'instalment.overdue',
  'client.registered',
  'commission.paid',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventInput {
  /** Deliveries of one sale's events go out in order. */
  saleId?: string | null;
  /** The row the event is about. */
  subjectId: string;
  data: Record<string, unknown>;
}

/** JSON for an event's data: bigints as decimal strings, dates as they print. */
const toJson = (data: Record<string, unknown>) =>
  JSON.stringify(data, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));

/** Delivery jobs are keyed by endpoint and order key: one waits per queue, whatever the burst. */
export const deliveryJobKey = (endpointId: string, orderKey: string) => `webhook:${endpointId}:${orderKey}`;

/**
 * Writes `type` to the outbox in the session's transaction, with its webhook deliveries and their
 * jobs. The event is written by a statement that also reads which active endpoints take its type;
 * only when one does are its deliveries written, by a second statement, and their jobs added. On Citus
 * the first stays on the company's shard (a statement that inserts through a common table
 * expression into another distributed table is planned on the coordinator, which sent its
 * intermediate results to every worker and made every payment, sale and registration a two-phase
 * commit across both); the jobs, in the queue on the coordinator, make it two-phase in any case.
 */
export async function emit(session: Session, type: EventType, input: EventInput): Promise<void> {
  const { db, viewer } = session;
  const company = viewer.companyId;
  const rows = await db.$queryRaw<{ id: string; position: bigint; orderKey: string; endpointId: string | null }[]>`
    WITH event AS (
      INSERT INTO "Event" ("id", "companyId", "type", "saleId", "subjectId", "data")
      VALUES (${randomUUID()}::uuid, ${company}::uuid, ${type}, ${input.saleId ?? null}::uuid, ${input.subjectId}::uuid, ${eventData(input.data)})
      RETURNING "id", "position", "saleId"
    )
    SELECT event."id", event."position", coalesce(event."saleId", event."id") AS "orderKey", w."id" AS "endpointId"
    FROM event LEFT JOIN "WebhookEndpoint" w
      ON w."companyId" = ${company}::uuid AND w."active" AND ${type} = ANY (w."events")`;
  const endpoints = rows.flatMap((r) => (r.endpointId ? [r.endpointId] : []));
  if (!endpoints.length) return;
  const { id, position, orderKey } = rows[0];
  await db.$executeRaw`
    INSERT INTO "WebhookDelivery" ("companyId", "endpointId", "eventId", "orderKey", "position")
    SELECT ${company}::uuid, e, ${id}::uuid, ${orderKey}::uuid, ${position}::bigint FROM unnest(${endpoints}::uuid[]) e`;
  for (const endpointId of endpoints)
    await addJob(
      db,
      'webhook:deliver',
      { companyId: company, endpointId, orderKey },
      { key: deliveryJobKey(endpointId, orderKey) },
    );
}

/** JSON for an event's data, as SQL. */
const eventData = (data: Record<string, unknown>) => Prisma.sql`${toJson(data)}::jsonb`;
