// The outbox. Each change that other systems care about writes its event in its own transaction
// (so an event exists if and only if the change committed), and, in the same statement, one
// webhook delivery per active endpoint that asked for that type, with the job that sends it.
import { randomUUID } from 'node:crypto';
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

/** Writes `type` to the outbox in the session's transaction, with its webhook deliveries and their jobs. */
export async function emit(session: Session, type: EventType, input: EventInput): Promise<string> {
  const { db, viewer } = session;
  const id = randomUUID();
  await db.$executeRaw`
    WITH event AS (
      INSERT INTO "Event" ("id", "companyId", "type", "saleId", "subjectId", "data")
      VALUES (${id}::uuid, ${viewer.companyId}::uuid, ${type}, ${input.saleId ?? null}::uuid, ${input.subjectId}::uuid, ${toJson(input.data)}::jsonb)
      RETURNING "id", "companyId", "position", "saleId"
    ), deliveries AS (
      INSERT INTO "WebhookDelivery" ("companyId", "endpointId", "eventId", "orderKey", "position")
      SELECT w."companyId", w."id", event."id", coalesce(event."saleId", event."id"), event."position"
      FROM "WebhookEndpoint" w, event
      WHERE w."companyId" = ${viewer.companyId}::uuid AND w."active" AND ${type} = ANY (w."events")
      RETURNING "endpointId", "orderKey"
    )
    SELECT FROM deliveries, graphile_worker.add_job('webhook:deliver',
      json_build_object('companyId', ${viewer.companyId}::text, 'endpointId', deliveries."endpointId", 'orderKey', deliveries."orderKey"),
      job_key => 'webhook:' || deliveries."endpointId" || ':' || deliveries."orderKey", max_attempts => 10)`;
  return id;
}
