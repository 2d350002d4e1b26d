// Instalment reminders and dunning. A sale's reminders are planned when it is recorded: one row
// per instalment × offset × channel (the unique key makes a second one impossible), each at the
// company's reminder time on its day in the company's time zone, moved out of quiet hours. A
// payment that covers an instalment cancels its pending reminders in the payment's own
// transaction; a reversal that reopens it restores those still ahead. A job sends what is due:
// each reminder under its row lock, marked sent in the same transaction as its effect (the
// inbox row, the webhook event, or after the mail server accepted the e-mail).
import type { ReminderChannel, ReminderStatus } from '../../generated/prisma/client.ts';
import { addJob } from '../../db/jobs.ts';
import * as valid from '../../shared/validation.ts';
import { isoDate } from '../../shared/dates.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import { asCompany, byId, type Session } from '../../runtime/session.ts';
import { emit } from '../events/service.ts';
import { notifyPerson } from '../notifications/service.ts';
import { standing, type PlannedInstalment } from '../sales/plan.ts';

export interface ReminderSchedule {
  /** Days from the due date (negative: before). */
  offsets: number[];
  /** Company-local minute of the day. */
  minute: number;
  quietStartMinute: number;
  quietEndMinute: number;
  channels: ReminderChannel[];
}

export const DEFAULT_SCHEDULE: ReminderSchedule = {
  offsets: [-7, 0, 3, 14],
  minute: 9 * 60,
  quietStartMinute: 21 * 60,
  quietEndMinute: 8 * 60,
  channels: ['INBOX', 'EMAIL', 'WEBHOOK'],
};

export async function reminderSchedule(session: Session): Promise<ReminderSchedule> {
  const s = await session.db.collectionSettings.findUnique({ where: { companyId: session.viewer.companyId } });
  if (!s) return DEFAULT_SCHEDULE;
  return {
    offsets: s.reminderOffsets,
    minute: s.reminderMinute,
    quietStartMinute: s.quietStartMinute,
    quietEndMinute: s.quietEndMinute,
    channels: s.reminderChannels,
  };
}

/** Whether `minute` of the day falls in quiet hours from `start` to `end` (which may span midnight). */
export function inQuietHours(minute: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** When a reminder for `day` goes out: the schedule's minute, or the end of quiet hours (the next day, past midnight). */
export function sendingTime(schedule: ReminderSchedule): { dayShift: number; minute: number } {
  const { minute, quietStartMinute: start, quietEndMinute: end } = schedule;
  if (!inQuietHours(minute, start, end)) return { dayShift: 0, minute };
  return { dayShift: start > end && minute >= start ? 1 : 0, minute: end };
}

const DAY_MS = 86_400_000;

/**
 * Plans the reminders of `instalments` still ahead (company-local day and minute, converted in the
 * database with the company's time zone); those already planned stay as they are.
 */
export async function planReminders(
  session: Session,
  saleId: string,
  instalments: readonly { id: string; dueDate: Date }[],
  schedule?: ReminderSchedule,
): Promise<number> {
  const s = schedule ?? (await reminderSchedule(session));
  if (!s.offsets.length || !s.channels.length || !instalments.length) return 0;
  const { dayShift, minute } = sendingTime(s);
  const ids: string[] = [];
  const offsets: number[] = [];
  const days: string[] = [];
  for (const i of instalments)
    for (const offset of s.offsets) {
      ids.push(i.id);
      offsets.push(offset);
      days.push(isoDate(new Date(i.dueDate.getTime() + (offset + dayShift) * DAY_MS)));
    }
  const { companyId } = session.viewer;
  return session.db.$executeRaw`
    INSERT INTO "Reminder" ("companyId", "instalmentId", "saleId", "offsetDays", "channel", "scheduledFor")
    SELECT ${companyId}::uuid, x.id, ${saleId}::uuid, x.offset_days, ch.channel, x.at
    FROM (
      SELECT u.id, u.offset_days, (u.day + make_interval(mins => ${minute}::int)) AT TIME ZONE co."timeZone" AS at
      FROM unnest(${ids}::uuid[], ${offsets}::int[], ${days}::date[]) AS u(id, offset_days, day), "Company" co
      WHERE co."id" = ${companyId}::uuid
    ) x, unnest(${s.channels}::"ReminderChannel"[]) AS ch(channel)
    WHERE x.at > now()
    ON CONFLICT DO NOTHING`;
}

/**
 * After a sale's paid total moved from `before` to `after`: cancels the pending reminders of the
 * instalments it now covers in full, and restores those (still ahead) of instalments a reversal
 * reopened. Nothing is sent when no instalment changed.
 */
export async function followPayments(
  session: Session,
  instalments: readonly (PlannedInstalment & { id: string })[],
  before: bigint,
  after: bigint,
): Promise<void> {
  const covered = (paid: bigint) =>
    new Set(
      standing(instalments, paid, new Date(0))
        .filter((i) => i.outstandingMinor === 0n)
        .map((i) => i.seq),
    );
  const was = covered(before);
  const now = covered(after);
  const idOf = (seq: number) => instalments.find((i) => i.seq === seq)!.id;
  const paid = [...now].filter((seq) => !was.has(seq)).map(idOf);
  const reopened = [...was].filter((seq) => !now.has(seq)).map(idOf);
  const { db, viewer } = session;
  if (paid.length)
    await db.reminder.updateMany({
      where: { companyId: viewer.companyId, instalmentId: { in: paid }, status: 'SCHEDULED' },
      data: { status: 'CANCELLED', cancelledAt: new Date(), leaseUntil: null },
    });
  if (reopened.length)
    await db.reminder.updateMany({
      where: { instalmentId: { in: reopened }, status: 'CANCELLED', scheduledFor: { gt: new Date() } },
      data: { status: 'SCHEDULED', cancelledAt: null },
    });
}

/** Replaces the pending reminders of every open sale by those of the company's schedule now. */
export async function replanReminders(session: Session): Promise<number> {
  const { db } = session;
  await db.reminder.deleteMany({ where: { status: 'SCHEDULED' } });
  const schedule = await reminderSchedule(session);
  const sales = await db.sale.findMany({
    where: { nextDueDate: { not: null } },
    select: { id: true, paidMinor: true, instalments: true },
  });
  let planned = 0;
  for (const sale of sales) {
    const open = standing(sale.instalments, sale.paidMinor, new Date(0))
      .filter((i) => i.outstandingMinor > 0n)
      .map((i) => sale.instalments.find((x) => x.seq === i.seq)!);
    planned += await planReminders(session, sale.id, open, schedule);
  }
  return planned;
}

/** How long a worker holds a claimed batch before another may take it (a dead worker's); the row lock and the status, not the lease, keep a reminder from going twice. */
const LEASE = "interval '30 seconds'";
/** A reminder that still fails a day after its time is given up. */
const GIVE_UP_MS = DAY_MS;

/** Sends every reminder of the company that is due, a batch at a time; how many were sent. */
export async function sendDueReminders(runtime: Runtime, companyId: string): Promise<number> {
  let sent = 0;
  for (let batch = 0; batch < 100; batch++) {
    const due = await asCompany(runtime, companyId, (s) =>
      s.db.$queryRawUnsafe<{ id: string }[]>(
        `UPDATE "Reminder" SET "leaseUntil" = now() + ${LEASE}
         WHERE "companyId" = $1::uuid AND "id" IN (
           SELECT "id" FROM "Reminder"
           WHERE "companyId" = $1::uuid AND "status" = 'SCHEDULED' AND "scheduledFor" <= now()
             AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
           ORDER BY "scheduledFor" LIMIT 50 FOR UPDATE SKIP LOCKED)
         RETURNING "id"`,
        companyId,
      ),
    );
    if (!due.length) break;
    for (const { id } of due) if (await sendReminder(runtime, companyId, id)) sent++;
  }
  return sent;
}

/** Sends one reminder unless it was cancelled or its instalment is paid; true when sent. */
async function sendReminder(runtime: Runtime, companyId: string, id: string): Promise<boolean> {
  try {
    return await asCompany(runtime, companyId, async (session) => {
      const { db } = session;
      // The row lock: a payment cancelling it waits for this send, or this send sees it cancelled.
      const locked = await db.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Reminder" WHERE "companyId" = ${companyId}::uuid AND "id" = ${id}::uuid AND "status" = 'SCHEDULED' FOR UPDATE`;
      if (!locked.length) return false;
      const reminder = await db.reminder.findUniqueOrThrow({
        where: byId(session, id),
        include: {
          sale: { include: { instalments: true, client: { include: { user: true } }, company: true } },
          instalment: true,
        },
      });
      const { sale, instalment } = reminder;
      const own = standing(sale.instalments, sale.paidMinor, new Date(0)).find((i) => i.seq === instalment.seq)!;
      if (own.outstandingMinor === 0n) {
        await db.reminder.update({
          where: byId(session, id),
          data: { status: 'CANCELLED', cancelledAt: new Date(), leaseUntil: null },
          select: { id: true },
        });
        return false;
      }
      const due = isoDate(instalment.dueDate);
      const overdue = reminder.offsetDays > 0;
      const title = overdue
        ? `Instalment ${instalment.seq} of ${sale.number} is overdue`
        : reminder.offsetDays === 0
          ? `Instalment ${instalment.seq} of ${sale.number} is due today`
          : `Instalment ${instalment.seq} of ${sale.number} is due on ${due}`;
      const body = `${sale.company.name}: ${own.outstandingMinor} ${sale.currency} minor units of instalment ${instalment.seq} of sale ${sale.number} ${overdue ? `were due on ${due}` : `are due on ${due}`}.`;
      if (reminder.channel === 'INBOX') {
        await notifyPerson(session, { profileId: sale.clientId, kind: 'REMINDER', title, body, saleId: sale.id });
      } else if (reminder.channel === 'WEBHOOK') {
        await emit(session, overdue ? 'instalment.overdue' : 'instalment.due', {
          saleId: sale.id,
          subjectId: instalment.id,
          data: {
            saleNumber: sale.number,
            instalment: instalment.seq,
            dueDate: due,
            outstandingMinor: own.outstandingMinor,
            currency: sale.currency,
            daysFromDue: reminder.offsetDays,
            clientUid: sale.client.uid,
          },
        });
      } else {
        if (!runtime.mailer) throw new Error('no SMTP server is configured (SMTP_URL)');
        // Sent while the row is locked, marked sent in the same transaction: a crash between the
        // server's acceptance and the commit is the one window in which it could go twice.
        await runtime.mailer.send({
          to: sale.client.user.email,
          subject: title,
          text: body,
          messageId: `<reminder-${reminder.id}@estate-api>`,
        });
      }
      await db.reminder.update({
        where: byId(session, id),
        data: { status: 'SENT', sentAt: new Date(), leaseUntil: null, error: null },
        select: { id: true },
      });
      return true;
    });
  } catch (error) {
    // Left scheduled (the lease makes it wait) and retried, until a day past its time.
    const message = (error as Error).message.slice(0, 500);
    await asCompany(runtime, companyId, async (session) => {
      const r = await session.db.reminder.findUnique({ where: byId(session, id) });
      if (r?.status !== 'SCHEDULED') return;
      const late = Date.now() - r.scheduledFor.getTime() > GIVE_UP_MS;
      await session.db.reminder.update({
        where: byId(session, id),
        data: late ? { status: 'FAILED', error: message, leaseUntil: null } : { error: message },
        select: { id: true },
      });
    });
    return false;
  }
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** "09:30" as a minute of the day. */
const minuteOf = (check: valid.InputCheck, field: string, value: string): number => {
  const m = TIME.exec(value);
  check.that(!!m, field, 'A time of day as HH:MM (24-hour).');
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
};
export const timeOfDay = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export interface SettingsInput {
  reminderOffsets?: readonly number[] | null;
  reminderTime?: string | null;
  quietHoursStart?: string | null;
  quietHoursEnd?: string | null;
  reminderChannels?: readonly ReminderChannel[] | null;
  /** The gateway's secret key; an empty string removes it. */
  gatewaySecretKey?: string | null;
}

/** Changes the company's collection settings; a new schedule replans pending reminders in a job. */
export async function updateCollectionSettings(session: Session, input: SettingsInput): Promise<void> {
  const { db, viewer } = session;
  const check = new valid.InputCheck();
  const offsets = input.reminderOffsets ? [...new Set(input.reminderOffsets)].sort((a, b) => a - b) : undefined;
  if (offsets)
    check.that(
      offsets.length <= 20 && offsets.every((o) => Number.isInteger(o) && o >= -365 && o <= 365),
      'reminderOffsets',
      'At most 20 offsets, each from -365 to 365 days.',
    );
  const minute = input.reminderTime != null ? minuteOf(check, 'reminderTime', input.reminderTime) : undefined;
  const quietStart =
    input.quietHoursStart != null ? minuteOf(check, 'quietHoursStart', input.quietHoursStart) : undefined;
  const quietEnd = input.quietHoursEnd != null ? minuteOf(check, 'quietHoursEnd', input.quietHoursEnd) : undefined;
  const channels = input.reminderChannels ? [...new Set(input.reminderChannels)] : undefined;
  const key = input.gatewaySecretKey == null ? undefined : input.gatewaySecretKey.trim() || null;
  if (key) check.that(key.length <= 200 && /^[\x21-\x7e]+$/.test(key), 'gatewaySecretKey', 'Not a secret key.');
  check.done();
  const data = {
    ...(offsets ? { reminderOffsets: offsets } : {}),
    ...(minute !== undefined ? { reminderMinute: minute } : {}),
    ...(quietStart !== undefined ? { quietStartMinute: quietStart } : {}),
    ...(quietEnd !== undefined ? { quietEndMinute: quietEnd } : {}),
    ...(channels ? { reminderChannels: channels } : {}),
    ...(key !== undefined ? { gatewaySecretKey: key } : {}),
    updatedAt: new Date(),
  };
  await db.collectionSettings.upsert({
    where: { companyId: viewer.companyId },
    create: { companyId: viewer.companyId, ...data },
    update: data,
    select: { companyId: true },
  });
  const scheduleChanged =
    offsets || minute !== undefined || quietStart !== undefined || quietEnd !== undefined || channels;
  if (scheduleChanged)
    await addJob(db, 'reminders:replan', { companyId: viewer.companyId }, { key: `replan:${viewer.companyId}` });
}

export interface ReminderFilter {
  saleId?: string | null;
  status?: readonly ReminderStatus[] | null;
  channel?: readonly ReminderChannel[] | null;
}

export const reminderConditions = (f: ReminderFilter | null | undefined) => ({
  AND: [
    f?.saleId ? { saleId: f.saleId } : {},
    f?.status ? { status: { in: [...f.status] } } : {},
    f?.channel ? { channel: { in: [...f.channel] } } : {},
  ],
});
