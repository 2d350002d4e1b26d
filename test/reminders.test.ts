// Instalment reminders through the real services, worker and a real SMTP server: planned in the
// company's time zone at its reminder time, out of quiet hours; sent once per instalment × offset
// × channel however many workers try; cancelled by a covering payment in its own transaction, and
// restored by a reversal that reopens the instalment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../src/jobs/worker.ts';
import { sendDueReminders } from '../src/modules/reminders/service.ts';
import { createSale } from '../src/modules/sales/service.ts';
import { recordPayment, reversePayment } from '../src/modules/payments/service.ts';
import { withSession } from '../src/runtime/session.ts';
import { createTestApp, expectWithin, type TestApp } from './support/app.ts';
import { adminViewer, company, type CompanyFixture } from './support/fixtures.ts';
import { localId } from './support/ids.ts';
import { startSmtp } from './support/smtp.ts';

let app: TestApp;
let a: CompanyFixture;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let saleId: string;

const day = (offset: number) => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  return new Date(d.getTime() + offset * 86_400_000);
};

beforeAll(async () => {
  smtp = await startSmtp();
  app = await createTestApp({ smtpUrl: smtp.url, jobsSweepSeconds: 1 });
  a = await company(app, 'Lamba Property Limited');
  await app.owner.query(`UPDATE "Company" SET "timeZone" = 'Africa/Lagos' WHERE id = $1`, [localId(a.id)]);
  // Instalments due in 30, 60 and 90 days: every default offset (-7, 0, 3, 14) still ahead.
  saleId = await withSession(app.runtime, adminViewer(a), (s) =>
    createSale(s, {
      plotId: localId(a.plotIds[0]),
      clientId: localId(a.client.id),
      priceMinor: 300000n,
      plan: { plan: 'CUSTOM', instalments: [30, 60, 90].map((d) => ({ dueDate: day(d), amountMinor: 100000n })) },
    }),
  );
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

const reminders = async (where = '') =>
  (
    await app.owner.query(
      `SELECT r.id, i.seq, r."offsetDays", r.channel, r.status, r."scheduledFor", r."sentAt", i."dueDate"::text AS due
       FROM "Reminder" r JOIN "Instalment" i ON i."companyId" = r."companyId" AND i.id = r."instalmentId"
       WHERE r."saleId" = $1 ${where} ORDER BY i.seq, r."offsetDays", r.channel`,
      [saleId],
    )
  ).rows;

describe('reminders', () => {
  it('are planned per instalment × offset × channel at 09:00 company time, and follow a new schedule', async () => {
    const planned = await reminders();
    expect(planned).toHaveLength(3 * 4 * 3);
    for (const r of planned) {
      // 09:00 in Lagos (UTC+1) is 08:00Z, on the due date plus the offset.
      const expected = new Date(`${r.due}T08:00:00Z`).getTime() + r.offsetDays * 86_400_000;
      expect(r.scheduledFor.getTime()).toBe(expected);
    }
    // 22:30 falls in the default quiet hours (21:00–08:00): reminders wait for 08:00 the next day.
    const changed = await app.raw(
      `mutation { updateCollectionSettings(input: { reminderTime: "22:30", reminderOffsets: [0, 3], reminderChannels: [INBOX, EMAIL] }) { settings { reminderTime reminderOffsets quietHoursStart quietHoursEnd reminderChannels } } }`,
      {},
      a.admin.token,
    );
    expect(changed.data.updateCollectionSettings.settings).toEqual({
      reminderTime: '22:30',
      reminderOffsets: [0, 3],
      quietHoursStart: '21:00',
      quietHoursEnd: '08:00',
      reminderChannels: ['INBOX', 'EMAIL'],
    });
    const worker = await startWorker(app.runtime);
    try {
      await expectWithin(30_000, async () => expect(await reminders()).toHaveLength(3 * 2 * 2));
    } finally {
      await worker.stop();
    }
    for (const r of await reminders()) {
      const expected = new Date(`${r.due}T07:00:00Z`).getTime() + (r.offsetDays + 1) * 86_400_000;
      expect(r.scheduledFor.getTime()).toBe(expected);
    }
    const bad = await app.raw(
      `mutation { updateCollectionSettings(input: { reminderTime: "25:00" }) { settings { reminderTime } } }`,
      {},
      a.admin.token,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reminderTime' });
  });

  it('sends each due reminder exactly once, however many workers try at once', async () => {
    // Instalment 1's reminders fall due now.
    await app.owner.query(
      `UPDATE "Reminder" r SET "scheduledFor" = now() FROM "Instalment" i
       WHERE i."companyId" = r."companyId" AND i.id = r."instalmentId" AND i.seq = 1 AND r."saleId" = $1`,
      [saleId],
    );
    const companyId = localId(a.id);
    const sent = await Promise.all(Array.from({ length: 6 }, () => sendDueReminders(app.runtime, companyId)));
    expect(sent.reduce((x, y) => x + y, 0)).toBe(4); // 2 offsets × 2 channels
    const done = await reminders(`AND r.status = 'SENT'`);
    expect(done.map((r) => `${r.seq}/${r.offsetDays}/${r.channel}`)).toEqual([
      '1/0/INBOX',
      '1/0/EMAIL',
      '1/3/INBOX',
      '1/3/EMAIL',
    ]);
    // Two e-mails to the client, one per offset, each with its own Message-ID.
    const mails = smtp.mails.filter((m) => m.to.includes(a.client.email));
    expect(mails).toHaveLength(2);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(2);
    expect(mails[0].subject).toContain('Instalment 1 of');
    // Two in the client's inbox, unread, through the API.
    const inbox = await app.raw(
      '{ notifications { totalCount edges { node { kind title unread } } } unreadNotificationCount }',
      {},
      a.client.token,
    );
    expect(inbox.data.unreadNotificationCount).toBe(2);
    expect(inbox.data.notifications.edges.every((e: { node: { kind: string } }) => e.node.kind === 'REMINDER')).toBe(
      true,
    );
    // Nothing more goes out on another pass.
    expect(await sendDueReminders(app.runtime, companyId)).toBe(0);
  });

  it('are cancelled by the payment that covers their instalment, and restored by its reversal', async () => {
    const pending = async () => (await reminders(`AND r.status = 'SCHEDULED' AND i.seq = 2`)).length;
    expect(await pending()).toBe(4);
    const paymentId = await withSession(app.runtime, adminViewer(a), (s) =>
      recordPayment(s, { saleId, amountMinor: 200000n, currency: 'NGN', method: 'CASH' }),
    );
    // Cancelled in the payment's own transaction: nothing left pending the moment it commits.
    expect(await pending()).toBe(0);
    expect((await reminders(`AND r.status = 'CANCELLED' AND i.seq = 2`)).length).toBe(4);
    await withSession(app.runtime, adminViewer(a), (s) => reversePayment(s, { paymentId, reason: 'Bounced' }));
    expect(await pending()).toBe(4);
  });

  it('sends nothing for an instalment paid in full, even if its reminder was left scheduled', async () => {
    // Instalments 1 and 2 paid in full; instalment 2's cancelled reminders forced back and due now.
    await withSession(app.runtime, adminViewer(a), (s) =>
      recordPayment(s, { saleId, amountMinor: 200000n, currency: 'NGN', method: 'CASH' }),
    );
    const forced = await app.owner.query(
      `UPDATE "Reminder" r SET status = 'SCHEDULED', "scheduledFor" = now() FROM "Instalment" i
       WHERE i."companyId" = r."companyId" AND i.id = r."instalmentId" AND i.seq = 2 AND r."saleId" = $1`,
      [saleId],
    );
    expect(forced.rowCount).toBe(4);
    expect(await sendDueReminders(app.runtime, localId(a.id))).toBe(0);
    expect((await reminders(`AND i.seq = 2`)).every((r) => r.status === 'CANCELLED')).toBe(true);
  });
});
