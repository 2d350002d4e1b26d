// Collections' promises, recomputed from the rows: every payment and reversal has exactly one event
// (written in its own transaction) and no such event lacks its payment; every payment from a
// gateway maps to exactly one gateway event (and that event to it); no reminder went out for an
// instalment its sale's payments had already covered when it was sent.
import type { Check, Finding } from '../report.ts';

export const paymentEventsCheck: Check = {
  name: 'payment-events',
  description:
    'every payment has one payment.recorded event and every reversal one payment.reversed event, and each such event names an existing payment',
  async run({ query }) {
    const rows = await query<{ company: string; problem: string; n: number }>(`
      WITH counted AS (
        SELECT p."companyId", p.kind,
          (SELECT count(*) FROM "Event" e WHERE e."companyId" = p."companyId" AND e."subjectId" = p.id
             AND e.type = CASE p.kind WHEN 'PAYMENT' THEN 'payment.recorded' ELSE 'payment.reversed' END) AS events
        FROM "Payment" p
      )
      SELECT "companyId"::text AS company, kind || ' without its one event' AS problem, count(*)::int AS n
      FROM counted WHERE events <> 1 GROUP BY 1, 2
      UNION ALL
      SELECT e."companyId"::text, e.type || ' event without its payment', count(*)::int
      FROM "Event" e WHERE e.type IN ('payment.recorded', 'payment.reversed')
        AND NOT EXISTS (SELECT 1 FROM "Payment" p WHERE p."companyId" = e."companyId" AND p.id = e."subjectId")
      GROUP BY 1, 2`);
    const [{ payments }] = await query<{ payments: number }>(`SELECT count(*)::int AS payments FROM "Payment"`);
    const findings: Finding[] = rows.map((r) => ({
      companyId: r.company,
      where: 'Event',
      problem: r.problem,
      count: r.n,
    }));
    return { summary: `${payments} payments and reversals, each with its one event`, findings };
  },
};

export const gatewayPaymentsCheck: Check = {
  name: 'gateway-payments',
  description:
    'every payment made through a gateway maps to exactly one gateway event recorded as it, with the same amount, and no held event has a payment',
  async run({ query }) {
    const rows = await query<{ company: string; problem: string; n: number }>(`
      SELECT g."companyId"::text AS company, 'gateway payment without exactly one gateway event' AS problem, count(*)::int AS n
      FROM "GatewayPayment" g
      WHERE g."paymentId" IS NOT NULL AND (SELECT count(*) FROM "GatewayEvent" e
        WHERE e."companyId" = g."companyId" AND e."paymentId" = g."paymentId" AND e.status = 'RECORDED') <> 1
      GROUP BY 1
      UNION ALL
      SELECT e."companyId"::text, 'recorded gateway event whose payment differs from its charge', count(*)::int
      FROM "GatewayEvent" e LEFT JOIN "Payment" p ON p."companyId" = e."companyId" AND p.id = e."paymentId"
      WHERE e.status = 'RECORDED' AND (p.id IS NULL OR p."amountMinor" <> e."amountMinor" OR p.currency <> e.currency)
      GROUP BY 1
      UNION ALL
      SELECT e."companyId"::text, 'held or ignored gateway event with a payment', count(*)::int
      FROM "GatewayEvent" e WHERE e.status <> 'RECORDED' AND e."paymentId" IS NOT NULL GROUP BY 1`);
    const [{ n }] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "GatewayPayment" WHERE "paymentId" IS NOT NULL`,
    );
    const findings: Finding[] = rows.map((r) => ({
      companyId: r.company,
      where: 'GatewayEvent',
      problem: r.problem,
      count: r.n,
    }));
    return { summary: `${n} gateway payments, each from one gateway event`, findings };
  },
};

export const remindersPaidCheck: Check = {
  name: 'reminders-paid',
  description: 'no reminder was sent for an instalment that the payments recorded before it had already covered',
  async run({ query }) {
    const rows = await query<{ company: string; n: number }>(`
      SELECT r."companyId"::text AS company, count(*)::int AS n
      FROM "Reminder" r JOIN "Instalment" i ON i."companyId" = r."companyId" AND i.id = r."instalmentId"
      WHERE r.status = 'SENT'
        AND (SELECT coalesce(sum(CASE p.kind WHEN 'PAYMENT' THEN p."amountMinor" ELSE -p."amountMinor" END), 0)
             FROM "Payment" p WHERE p."companyId" = r."companyId" AND p."saleId" = r."saleId" AND p."createdAt" < r."sentAt")
          >= (SELECT sum(x."amountMinor") FROM "Instalment" x
              WHERE x."companyId" = i."companyId" AND x."saleId" = i."saleId" AND x.seq <= i.seq)
      GROUP BY 1`);
    const [{ n }] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Reminder" WHERE status = 'SENT'`);
    const findings: Finding[] = rows.map((r) => ({
      companyId: r.company,
      where: 'Reminder',
      problem: 'reminder sent for an instalment already paid',
      count: r.n,
    }));
    return { summary: `${n} reminders sent, none for a paid instalment`, findings };
  },
};
