// The outbox. Each change that other systems care about writes its event in its own transaction
// (so an event exists if and only if the change committed), and, in the same statement, one
// webhook delivery per active endpoint that asked for that type, with the job that sends it.
import { randomUUID } from 'node:crypto';
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
 * The outbox's common table expressions: `event` (the event), `deliveries` (one per active
 * endpoint that takes its type) and `jobs` (their delivery jobs; select from it so it runs).
 * `from` may name a relation written earlier in the same statement (`FROM inserted`), so an event
 * can carry what that statement allocated, such as a receipt number.
 */
export function outboxSql(
  companyId: string,
  type: EventType,
  e: { saleId?: string | null; subject: Prisma.Sql; data: Prisma.Sql; from?: Prisma.Sql },
): Prisma.Sql {
  return Prisma.sql`
    event AS (
      INSERT INTO "Event" ("id", "companyId", "type", "saleId", "subjectId", "data")
      SELECT ${randomUUID()}::uuid, ${companyId}::uuid, ${type}, ${e.saleId ?? null}::uuid, ${e.subject}, ${e.data} ${e.from ?? Prisma.empty}
      RETURNING "id", "companyId", "position", "saleId"
    ), deliveries AS (
      INSERT INTO "WebhookDelivery" ("companyId", "endpointId", "eventId", "orderKey", "position")
      SELECT w."companyId", w."id", event."id", coalesce(event."saleId", event."id"), event."position"
      FROM "WebhookEndpoint" w, event
      WHERE w."companyId" = ${companyId}::uuid AND w."active" AND ${type} = ANY (w."events")
      RETURNING "endpointId", "orderKey"
    ), jobs AS (
      SELECT graphile_worker.add_job('webhook:deliver',
        json_build_object('companyId', ${companyId}::text, 'endpointId', deliveries."endpointId", 'orderKey', deliveries."orderKey"),
        job_key => 'webhook:' || deliveries."endpointId" || ':' || deliveries."orderKey", max_attempts => 10)
      FROM deliveries
    )`;
}

/** JSON for an event's data, as SQL. */
export const eventData = (data: Record<string, unknown>) => Prisma.sql`${toJson(data)}::jsonb`;

/** Writes `type` to the outbox in the session's transaction, with its webhook deliveries and their jobs. */
export async function emit(session: Session, type: EventType, input: EventInput): Promise<void> {
  const { db, viewer } = session;
  await db.$executeRaw`
    WITH ${outboxSql(viewer.companyId, type, {
      saleId: input.saleId,
      subject: Prisma.sql`${input.subjectId}::uuid`,
      data: eventData(input.data),
    })}
    SELECT count(*) FROM jobs`;
}
