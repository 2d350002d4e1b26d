// Online payments through a gateway. `startOnlinePayment` records what is being paid (a reference
// of ours), then asks the gateway for a checkout URL with no database connection held. The
// gateway's webhook is checked against the company's secret key and stored once per charge (ten
// deliveries of one charge are one row, counted); a job then asks the gateway to confirm it and
// records the payment, with its receipt number, in one transaction. A charge that does not match
// what was started (amount, currency, an unknown or already-paid reference) is held for review,
// never recorded and never lost.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.ts';
import { addJob } from '../../db/jobs.ts';
import { VISIBLE } from '../../policy/visibility.ts';
import { badInput, notFound, unavailable, UserError } from '../../shared/errors.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import { asCompany, byId, type Session } from '../../runtime/session.ts';
import { recordPayment } from '../payments/service.ts';
import { standing } from '../sales/plan.ts';
import { GatewayError, paystack, type Charge, type PaymentGateway } from './gateways.ts';

export const gatewayOf = (runtime: Runtime): PaymentGateway => paystack(runtime.config.paystackBaseUrl);

async function secretKeyOf(session: Session): Promise<string | null> {
  const s = await session.db.collectionSettings.findUnique({ where: { companyId: session.viewer.companyId } });
  return s?.gatewaySecretKey ?? null;
}

export interface StartInput {
  saleId: string;
  /** The instalment (1, 2, …); the first not paid in full when omitted. */
  instalment?: number | null;
  /** Defaults to what is outstanding on that instalment. */
  amountMinor?: bigint | null;
}

/** Records the online payment to be made; the checkout is asked for afterwards (see checkout()). */
export async function startOnlinePayment(session: Session, input: StartInput) {
  const { db, viewer } = session;
  const sale = await db.sale.findFirst({
    where: { AND: [{ id: input.saleId }, VISIBLE.Sale(viewer)] },
    include: { instalments: true, client: { include: { user: true } } },
  });
  if (!sale) throw notFound('Sale', 'saleId');
  const secretKey = await secretKeyOf(session);
  if (!secretKey)
    throw badInput('saleId', 'The company takes no online payments: an admin sets the gateway key first.');
  const open = standing(sale.instalments, sale.paidMinor, new Date(0)).filter((i) => i.outstandingMinor > 0n);
  if (!open.length) throw badInput('saleId', `Sale ${sale.number} is paid in full.`);
  const target = input.instalment == null ? open[0] : open.find((i) => i.seq === input.instalment);
  if (!target) throw badInput('instalment', 'That instalment is paid in full, or the sale has no such instalment.');
  const amountMinor = input.amountMinor ?? target.outstandingMinor;
  const balance = sale.priceMinor - sale.paidMinor;
  if (amountMinor < 1n || amountMinor > balance)
    throw badInput('amountMinor', `From 1 to the outstanding balance of ${balance} ${sale.currency} minor units.`);
  const id = randomUUID();
  const reference = `EST-${randomBytes(12).toString('hex')}`;
  const instalment = sale.instalments.find((i) => i.seq === target.seq)!;
  await db.gatewayPayment.create({
    data: {
      id,
      companyId: viewer.companyId,
      gateway: 'PAYSTACK',
      reference,
      saleId: sale.id,
      instalmentId: instalment.id,
      amountMinor,
      currency: sale.currency,
      email: sale.client.user.email,
      startedByUserId: viewer.userId,
    },
    select: { id: true },
  });
  return { id, reference, secretKey, email: sale.client.user.email, amountMinor, currency: sale.currency };
}

/** Asks the gateway for the checkout URL (call with no transaction open). */
export async function checkout(runtime: Runtime, started: Awaited<ReturnType<typeof startOnlinePayment>>) {
  try {
    return await gatewayOf(runtime).initialize(started.secretKey, {
      email: started.email,
      amountMinor: started.amountMinor,
      currency: started.currency,
      reference: started.reference,
      callbackUrl: runtime.config.paymentCallbackUrl,
    });
  } catch (error) {
    if (error instanceof GatewayError) throw unavailable(error.message, 5);
    throw error;
  }
}

export async function saveCheckoutUrl(session: Session, id: string, url: string): Promise<void> {
  await session.db.gatewayPayment.update({
    where: byId(session, id),
    data: { checkoutUrl: url },
    select: { id: true },
  });
}

/**
 * A webhook from the gateway for company `companyId`: 401 unless signed with its key; a charge is
 * stored once (repeats counted) and handed to a job. The HTTP status to answer.
 */
export async function receiveWebhook(runtime: Runtime, companyId: string, rawBody: string, headers: Headers) {
  const gateway = gatewayOf(runtime);
  return asCompany(runtime, companyId, async (session) => {
    const secretKey = await secretKeyOf(session);
    if (!secretKey || !gateway.verifySignature(secretKey, rawBody, headers)) return 401;
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return 400;
    }
    const charge = gateway.parseWebhook(body);
    if (!charge) return 200; // signed, but not about a charge: nothing to record
    const id = randomUUID();
    const inserted = await session.db.$queryRaw<{ id: string }[]>`
      INSERT INTO "GatewayEvent" ("id", "companyId", "gateway", "externalId", "kind", "reference", "amountMinor", "currency", "body")
      VALUES (${id}::uuid, ${companyId}::uuid, ${gateway.name}::"Gateway", ${charge.externalId}, ${charge.kind},
              ${charge.reference.slice(0, 200)}, ${charge.amountMinor}::bigint, ${charge.currency.slice(0, 10)}, ${rawBody}::jsonb)
      ON CONFLICT ("companyId", "gateway", "externalId") DO NOTHING
      RETURNING "id"`;
    if (inserted.length) {
      await addJob(session.db, 'gateway:process', { companyId, gatewayEventId: id }, { key: `gateway:${id}` });
    } else {
      await session.db.gatewayEvent.updateMany({
        where: { gateway: gateway.name, externalId: charge.externalId },
        data: { deliveries: { increment: 1 } },
      });
    }
    return 200;
  });
}

/** Why `charge` (as the gateway confirmed it) cannot be recorded against `started`, or null. */
function mismatch(
  started: { amountMinor: bigint; currency: string; status: string } | null,
  reported: Charge,
  confirmed: Charge,
): string | null {
  if (!started) return 'Unknown reference: no online payment was started with it.';
  if (started.status !== 'STARTED') return 'This reference was already paid or held.';
  if (!confirmed.succeeded) return 'The gateway does not confirm the charge as successful.';
  if (confirmed.reference !== reported.reference || confirmed.externalId !== reported.externalId)
    return 'The gateway confirms a different transaction.';
  if (confirmed.currency !== started.currency)
    return `Paid in ${confirmed.currency.slice(0, 10)}, but the payment was started in ${started.currency}.`;
  if (confirmed.amountMinor !== started.amountMinor || reported.amountMinor !== started.amountMinor)
    return `Paid ${confirmed.amountMinor} minor units, but the payment was started for ${started.amountMinor}.`;
  return null;
}

/** The job: confirms a stored charge with the gateway and records it as a payment, or holds it. */
export async function processGatewayEvent(runtime: Runtime, companyId: string, gatewayEventId: string): Promise<void> {
  const read = await asCompany(runtime, companyId, async (session) => ({
    event: await session.db.gatewayEvent.findUnique({ where: byId(session, gatewayEventId) }),
    secretKey: await secretKeyOf(session),
  }));
  const { event, secretKey } = read;
  if (event?.status !== 'RECEIVED' || !secretKey) return;
  const reported: Charge = {
    kind: event.kind,
    externalId: event.externalId,
    reference: event.reference,
    amountMinor: event.amountMinor,
    currency: event.currency,
    succeeded: true,
  };
  // Asked with no connection held; a gateway that does not answer makes the job retry later.
  let confirmed: Charge;
  try {
    confirmed = await gatewayOf(runtime).verify(secretKey, event.reference);
  } catch (error) {
    if (error instanceof GatewayError && /refused/.test(error.message)) {
      return hold(runtime, companyId, gatewayEventId, error.message);
    }
    throw error;
  }
  const started = await asCompany(runtime, companyId, (s) =>
    s.db.gatewayPayment.findUnique({ where: { companyId_reference: { companyId, reference: event.reference } } }),
  );
  try {
    await asCompany(
      runtime,
      companyId,
      async (session) => {
        const { db } = session;
        // Both rows locked: of two jobs for one reference, the second sees the first's outcome.
        const [locked] = await db.$queryRaw<{ status: string }[]>`
          SELECT "status"::text FROM "GatewayEvent" WHERE "companyId" = ${companyId}::uuid AND "id" = ${gatewayEventId}::uuid FOR UPDATE`;
        if (locked?.status !== 'RECEIVED') return;
        const payment = started
          ? (
              await db.$queryRaw<{ status: string; amountMinor: bigint; currency: string }[]>`
              SELECT "status"::text, "amountMinor", "currency" FROM "GatewayPayment"
              WHERE "companyId" = ${companyId}::uuid AND "id" = ${started.id}::uuid FOR UPDATE`
            )[0]
          : null;
        const problem = mismatch(payment ?? null, reported, confirmed);
        if (problem) throw new Held(problem);
        const paymentId = await recordPayment(session, {
          saleId: started!.saleId,
          amountMinor: started!.amountMinor,
          currency: started!.currency,
          method: 'CARD',
          reference: `${event.gateway}:${event.reference}`.slice(0, 100),
        });
        await db.gatewayPayment.update({
          where: byId(session, started!.id),
          data: { status: 'PAID', paymentId },
          select: { id: true },
        });
        await db.gatewayEvent.update({
          where: byId(session, gatewayEventId),
          data: { status: 'RECORDED', paymentId, processedAt: new Date() },
          select: { id: true },
        });
      },
      started?.startedByUserId,
    );
  } catch (error) {
    if (error instanceof Held) return hold(runtime, companyId, gatewayEventId, error.message, started?.id);
    // A refusal by the ledger (paid in full meanwhile, say) is held too; anything else retries.
    if (error instanceof UserError) return hold(runtime, companyId, gatewayEventId, error.message, started?.id);
    throw error;
  }
}

class Held extends Error {}

async function hold(runtime: Runtime, companyId: string, id: string, reason: string, startedId?: string) {
  await asCompany(runtime, companyId, async (session) => {
    await session.db.gatewayEvent.updateMany({
      where: { id, status: 'RECEIVED' },
      data: { status: 'HELD', reason: reason.slice(0, 500), processedAt: new Date() },
    });
    if (startedId)
      await session.db.gatewayPayment.updateMany({
        where: { id: startedId, status: 'STARTED' },
        data: { status: 'HELD' },
      });
  });
}

/**
 * Adds the job again for each charge still unrecorded a minute after it arrived: read first, then
 * added (in one statement, Citus sent the job queue's function to the company's worker).
 */
export async function unprocessedCharges(session: Session): Promise<void> {
  const { companyId } = session.viewer;
  const charges = await session.db.$queryRaw<{ id: string }[]>`
    SELECT e."id" FROM "GatewayEvent" e
    WHERE e."companyId" = ${companyId}::uuid AND e."status" = 'RECEIVED' AND e."receivedAt" < now() - interval '1 minute'`;
  for (const { id } of charges)
    await addJob(session.db, 'gateway:process', { companyId, gatewayEventId: id }, { key: `gateway:${id}` });
}

export const unmatchedFilter: Prisma.GatewayEventWhereInput = { status: 'HELD' };
