// In-app notifications (each person's own, unread first), their unread count, marking them read,
// the notificationAdded subscription, and announcements from admins.
import type { Notification as Event } from '../../db/notifications.ts';
import { builder } from '../../schema/builder.ts';
import { signedIn } from '../../schema/context.ts';
import { isOwnNotification } from '../../policy/visibility.ts';
import { findInViewerCompany, localId } from '../../schema/ids.ts';
import { byId, withSession } from '../../runtime/session.ts';
import { visibleOnly } from '../messages/schema.ts';
import {
  markNotificationsRead,
  NOTIFICATION_ORDER,
  notificationFilter,
  notificationFor,
  sendAnnouncement,
  unreadNotificationCount,
} from './service.ts';

const KindEnum = builder.enumType('NotificationKind', {
  description: 'What a notification is about.',
  values: {
    REMINDER: { description: 'An instalment falls due or is overdue.' },
    ANNOUNCEMENT: { description: "The company's announcement." },
    PAYMENT: { description: 'A payment was received.' },
  } as const,
});
const AudienceEnum = builder.enumType('AnnouncementAudience', {
  description: 'Who receives an announcement.',
  values: {
    ALL_CLIENTS: { description: 'Every active client.' },
    ALL_MARKETERS: { description: 'Every active marketer.' },
    SEGMENT: { description: 'Active clients with a plot in an estate, of a marketer, or both.' },
  } as const,
});

builder.prismaNode('Notification', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'An in-app notification: each person sees only their own.',
  authScopes: (n, ctx) => isOwnNotification(ctx.viewer, n),
  fields: (t) => ({
    kind: t.expose('kind', { type: KindEnum, description: 'What it is about.' }),
    title: t.exposeString('title', { description: 'One line.' }),
    body: t.exposeString('body', { description: 'The text.' }),
    unread: t.exposeBoolean('unread', { description: 'Not yet marked read.' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: 'When it was marked read.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was written.' }),
    sale: t.relation('sale', { nullable: true, description: 'The sale it is about, if any.' }),
  }),
});

builder.prismaNode('Announcement', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: "An admin's announcement and how many it reached.",
  authScopes: { can: 'SEND_ANNOUNCEMENTS' },
  fields: (t) => ({
    audience: t.expose('audience', { type: AudienceEnum, description: 'Who it is for.' }),
    title: t.exposeString('title', { description: 'One line.' }),
    body: t.exposeString('body', { description: 'The text.' }),
    recipients: t.exposeInt('recipients', { nullable: true, description: 'How many received it (null until sent).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was written.' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When every recipient had it.' }),
  }),
});

builder.queryFields((t) => ({
  notifications: t.withAuth({ authenticated: true }).prismaConnection({
    type: 'Notification',
    cursor: 'companyId_id',
    description: 'Your notifications: unread first, then newest first.',
    args: { unreadOnly: t.arg.boolean({ required: false, description: 'Only unread ones.' }) },
    totalCount: (_root, args, ctx) => ctx.db.notification.count({ where: notificationFilter(ctx, !!args.unreadOnly) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.notification.findMany({
        ...query,
        where: notificationFilter(ctx, !!args.unreadOnly),
        orderBy: NOTIFICATION_ORDER.map((o) => ({ ...o })),
      }),
  }),
  unreadNotificationCount: t.withAuth({ authenticated: true }).int({
    description: 'How many of your notifications are unread.',
    resolve: (_root, _args, ctx) => unreadNotificationCount(ctx),
  }),
  announcements: t.withAuth({ can: 'SEND_ANNOUNCEMENTS' }).prismaConnection({
    type: 'Announcement',
    cursor: 'companyId_id',
    description: "The company's announcements, newest first.",
    totalCount: (_root, _args, ctx) => ctx.db.announcement.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.db.announcement.findMany({ ...query, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
}));

const MarkInput = builder.inputType('MarkNotificationsReadInput', {
  description: 'Which of your notifications to mark read.',
  fields: (t) => ({
    ids: t.idList({
      required: false,
      description: 'Global ids of Notifications (at most 100); all of yours when omitted.',
    }),
  }),
});
const MarkPayload = builder.objectRef<{ marked: number }>('MarkNotificationsReadPayload').implement({
  description: 'How many were marked, and how many remain unread.',
  fields: (t) => ({
    marked: t.exposeInt('marked', { description: 'Notifications marked read now.' }),
    unreadCount: t.int({
      description: 'Your unread notifications now.',
      resolve: (_p, _a, ctx) => unreadNotificationCount(signedIn(ctx)),
    }),
  }),
});
const AnnouncementInput = builder.inputType('SendAnnouncementInput', {
  description: 'An announcement and who receives it.',
  fields: (t) => ({
    audience: t.field({ type: AudienceEnum, description: 'Who receives it.' }),
    title: t.string({ description: 'At most 200 characters.' }),
    body: t.string({ description: 'At most 10,000 characters.' }),
    estateId: t.id({ required: false, description: 'A SEGMENT: clients with a plot in this Estate.' }),
    marketerId: t.id({ required: false, description: 'A SEGMENT: clients assigned to this Marketer.' }),
  }),
});
const AnnouncementPayload = builder.objectRef<{ id: string }>('SendAnnouncementPayload').implement({
  description: 'The announcement, on its way to every recipient.',
  fields: (t) => ({
    announcement: t.prismaField({
      type: 'Announcement',
      description: 'The announcement (recipients and sentAt once delivered).',
      resolve: (query, p, _a, ctx) =>
        ctx.db.announcement.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
    }),
  }),
});

builder.mutationFields((t) => ({
  markNotificationsRead: t.withAuth({ authenticated: true }).field({
    type: MarkPayload,
    description: 'Marks your notifications read: those named, or all.',
    args: { input: t.arg({ type: MarkInput, description: 'Which.' }) },
    resolve: async (_root, { input }, ctx) => ({
      marked: await markNotificationsRead(
        ctx,
        input.ids ? input.ids.map((id) => localId(id, 'Notification', 'ids')) : null,
      ),
    }),
  }),
  sendAnnouncement: t.withAuth({ can: 'SEND_ANNOUNCEMENTS' }).field({
    type: AnnouncementPayload,
    description: 'Sends an announcement to all clients, all marketers or a segment of clients (in a job).',
    args: { input: t.arg({ type: AnnouncementInput, description: 'The announcement.' }) },
    resolve: async (_root, { input }, ctx) => ({
      id: await sendAnnouncement(ctx, {
        ...input,
        estateId: input.estateId ? localId(input.estateId, 'Estate', 'estateId') : null,
        marketerId: input.marketerId ? localId(input.marketerId, 'Marketer', 'marketerId') : null,
      }),
    }),
  }),
}));

builder.subscriptionFields((t) => ({
  notificationAdded: t.withAuth({ authenticated: true }).prismaField({
    type: 'Notification',
    description: 'Your new notifications as they are written (server-sent events or WebSocket), from every replica.',
    // Every process hears every company's notifications (ids only); each is read again as this
    // subscriber, in their own company, and passed on only when it is theirs.
    subscribe: (_root, _args, ctx) => {
      const { viewer, runtime } = ctx;
      const written = runtime.notifications.stream(
        (n): n is Event & { kind: 'notification' | 'announcement' } =>
          n.companyId === viewer.companyId &&
          ((n.kind === 'notification' && n.profileId === viewer.profileId) || n.kind === 'announcement'),
      );
      return visibleOnly(written, (n) => withSession(runtime, viewer, (s) => notificationFor(s, n)));
    },
    resolve: (_query, event) => event as never,
  }),
}));
