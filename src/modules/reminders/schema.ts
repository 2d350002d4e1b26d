// Reminders (sent and scheduled) and the company's collection settings: the reminder schedule,
// quiet hours, channels, and the payment gateway's key. Admins only.
import { builder } from '../../schema/builder.ts';
import { signedIn } from '../../schema/context.ts';
import { decodeIds, findInViewerCompany } from '../../schema/ids.ts';
import {
  DEFAULT_SCHEDULE,
  reminderConditions,
  reminderSchedule,
  timeOfDay,
  updateCollectionSettings,
} from './service.ts';

export const ReminderChannelEnum = builder.enumType('ReminderChannel', {
  description: 'How a reminder reaches the client.',
  values: {
    INBOX: { description: 'An in-app notification.' },
    EMAIL: { description: "An e-mail to the client's address." },
    WEBHOOK: { description: 'An instalment.due or instalment.overdue event, to the webhooks that take it.' },
  } as const,
});
const ReminderStatusEnum = builder.enumType('ReminderStatus', {
  description: 'Where a reminder stands.',
  values: {
    SCHEDULED: { description: 'Waiting for its time.' },
    SENT: { description: 'Sent (once; never again).' },
    CANCELLED: { description: 'Not sent: a payment covered its instalment first.' },
    FAILED: { description: 'Could not be sent within a day of its time (see error).' },
  } as const,
});

builder.prismaNode('Reminder', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'A reminder of one instalment, at one offset from its due date, on one channel.',
  authScopes: { can: 'MANAGE_COLLECTIONS' },
  fields: (t) => ({
    sale: t.relation('sale', { description: 'The sale.' }),
    instalment: t.int({
      description: 'Which instalment of the sale (1, 2, …).',
      select: { instalment: { select: { seq: true } } },
      resolve: (r) => r.instalment.seq,
    }),
    dueDate: t.field({
      type: 'Date',
      description: "The instalment's due date.",
      select: { instalment: { select: { dueDate: true } } },
      resolve: (r) => r.instalment.dueDate,
    }),
    offsetDays: t.exposeInt('offsetDays', { description: 'Days from the due date (negative: before).' }),
    channel: t.expose('channel', { type: ReminderChannelEnum, description: 'How it goes out.' }),
    scheduledFor: t.expose('scheduledFor', {
      type: 'DateTime',
      description: "When it goes out (the company's reminder time on its day, out of quiet hours).",
    }),
    status: t.expose('status', { type: ReminderStatusEnum, description: 'Where it stands.' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When it was sent.' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why the last attempt to send it failed.' }),
  }),
});

const ReminderFilterInput = builder.inputType('ReminderFilter', {
  description: 'Every field given must match.',
  fields: (t) => ({
    saleId: t.id({ required: false, description: 'Global id of the Sale.' }),
    status: t.field({ type: [ReminderStatusEnum], required: false, description: 'Any of these.' }),
    channel: t.field({ type: [ReminderChannelEnum], required: false, description: 'Any of these.' }),
  }),
});

interface SettingsView {
  offsets: number[];
  minute: number;
  quietStartMinute: number;
  quietEndMinute: number;
  channels: ('INBOX' | 'EMAIL' | 'WEBHOOK')[];
  gatewayKey: string | null;
}

const CollectionSettingsType = builder.objectRef<SettingsView>('CollectionSettings').implement({
  description: "How the company collects: reminders (in the company's time zone) and its payment gateway.",
  fields: (t) => ({
    reminderOffsets: t.intList({
      description: `Days from each due date a reminder goes out (negative: before; default ${DEFAULT_SCHEDULE.offsets.join(', ')}).`,
      resolve: (s) => s.offsets,
    }),
    reminderTime: t.string({
      description: 'Local time of day reminders go out (HH:MM).',
      resolve: (s) => timeOfDay(s.minute),
    }),
    quietHoursStart: t.string({
      description: 'Local time quiet hours start; a reminder due inside them waits for their end.',
      resolve: (s) => timeOfDay(s.quietStartMinute),
    }),
    quietHoursEnd: t.string({
      description: 'Local time quiet hours end.',
      resolve: (s) => timeOfDay(s.quietEndMinute),
    }),
    reminderChannels: t.field({
      type: [ReminderChannelEnum],
      description: 'Channels each reminder goes out on.',
      resolve: (s) => s.channels,
    }),
    gateway: t.string({
      nullable: true,
      description: 'The payment gateway (PAYSTACK) once its key is set.',
      resolve: (s) => (s.gatewayKey ? 'PAYSTACK' : null),
    }),
    gatewayKeyHint: t.string({
      nullable: true,
      description: "The secret key's last four characters (the key itself is never shown).",
      resolve: (s) => (s.gatewayKey ? `…${s.gatewayKey.slice(-4)}` : null),
    }),
  }),
});

const settingsOf = async (ctx: Parameters<typeof signedIn>[0]): Promise<SettingsView> => {
  const session = signedIn(ctx);
  const schedule = await reminderSchedule(session);
  const row = await session.db.collectionSettings.findUnique({ where: { companyId: session.viewer.companyId } });
  return { ...schedule, gatewayKey: row?.gatewaySecretKey ?? null };
};

builder.queryFields((t) => ({
  reminders: t.withAuth({ can: 'MANAGE_COLLECTIONS' }).prismaConnection({
    type: 'Reminder',
    cursor: 'companyId_id',
    description: 'Reminders sent and scheduled, by their time, latest first.',
    args: { filter: t.arg({ type: ReminderFilterInput, required: false, description: 'Which reminders.' }) },
    totalCount: (_root, args, ctx) =>
      ctx.db.reminder.count({ where: reminderConditions(decodeIds(args.filter, { saleId: 'Sale' })) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.reminder.findMany({
        ...query,
        where: reminderConditions(decodeIds(args.filter, { saleId: 'Sale' })),
        orderBy: [{ scheduledFor: 'desc' }, { id: 'desc' }],
      }),
  }),
  collectionSettings: t.withAuth({ can: 'MANAGE_COLLECTIONS' }).field({
    type: CollectionSettingsType,
    description: "The company's reminder schedule and payment gateway.",
    resolve: (_root, _args, ctx) => settingsOf(ctx),
  }),
}));

const SettingsInput = builder.inputType('UpdateCollectionSettingsInput', {
  description: 'What to change; fields left out stay as they are.',
  fields: (t) => ({
    reminderOffsets: t.intList({ required: false, description: 'Days from each due date, -365 to 365, at most 20.' }),
    reminderTime: t.string({ required: false, description: 'Local time of day (HH:MM).' }),
    quietHoursStart: t.string({ required: false, description: 'Local time (HH:MM).' }),
    quietHoursEnd: t.string({
      required: false,
      description: 'Local time (HH:MM); equal to the start: no quiet hours.',
    }),
    reminderChannels: t.field({ type: [ReminderChannelEnum], required: false, description: 'Channels.' }),
    gatewaySecretKey: t.string({
      required: false,
      description: 'Paystack\'s secret key (it verifies webhooks and starts checkouts); "" removes it.',
    }),
  }),
});

const SettingsPayload = builder.objectRef<Record<string, never>>('UpdateCollectionSettingsPayload').implement({
  description: 'The settings as changed.',
  fields: (t) => ({
    settings: t.field({
      type: CollectionSettingsType,
      description: 'The settings.',
      resolve: (_p, _a, ctx) => settingsOf(ctx),
    }),
  }),
});

builder.mutationFields((t) => ({
  updateCollectionSettings: t.withAuth({ can: 'MANAGE_COLLECTIONS' }).field({
    type: SettingsPayload,
    description: 'Changes the reminder schedule or the gateway key; pending reminders follow a new schedule.',
    args: { input: t.arg({ type: SettingsInput, description: 'The change.' }) },
    resolve: async (_root, { input }, ctx) => {
      await updateCollectionSettings(ctx, input);
      return {};
    },
  }),
}));
