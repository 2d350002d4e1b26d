// In-app notifications: one row per person (by their profile in the company), unread first, and
// a `notificationAdded` event after each commit. Announcements from admins reach all clients, all
// marketers or a segment of clients through a job that writes every recipient's row in one
// statement, then announces once.
import { randomUUID } from 'node:crypto';
import type { AnnouncementAudience, NotificationKind } from '../../generated/prisma/client.ts';
import { notify } from '../../db/notifications.ts';
import { addJob } from '../../db/jobs.ts';
import { ownNotifications } from '../../policy/visibility.ts';
import { badInput, notFound } from '../../shared/errors.ts';
import * as valid from '../../shared/validation.ts';
import { byId, type Session } from '../../runtime/session.ts';
import { LIMITS } from '../../shared/limits.ts';

export interface NewNotification {
  profileId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  saleId?: string | null;
}

/** Writes a notification for one person and announces it after the commit. */
export async function notifyPerson(session: Session, n: NewNotification): Promise<string> {
  const { db, viewer } = session;
  const id = randomUUID();
  await db.notification.create({
    data: {
      id,
      companyId: viewer.companyId,
      recipientProfileId: n.profileId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      saleId: n.saleId ?? null,
    },
    select: { id: true },
  });
  await notify(db, { kind: 'notification', companyId: viewer.companyId, notificationId: id, profileId: n.profileId });
  return id;
}

/** The viewer's own notifications. */
export const notificationFilter = (session: Session, unreadOnly = false) => ({
  AND: [ownNotifications(session.viewer), unreadOnly ? { unread: true } : {}],
});

export const NOTIFICATION_ORDER = [{ unread: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] as const;

export const unreadNotificationCount = (session: Session) =>
  session.db.notification.count({ where: notificationFilter(session, true) });

/** Marks the viewer's notifications read: those named, or all of them; returns how many changed. */
export async function markNotificationsRead(session: Session, ids: readonly string[] | null): Promise<number> {
  if (ids && ids.length > LIMITS.listItems) throw badInput('ids', `At most ${LIMITS.listItems} ids.`);
  const { count } = await session.db.notification.updateMany({
    where: { AND: [notificationFilter(session, true), ids ? { id: { in: [...ids] } } : {}] },
    data: { unread: false, readAt: new Date() },
  });
  return count;
}

/** The viewer's notification that an event names, or null when it is not theirs. */
export async function notificationFor(session: Session, event: { notificationId?: string; announcementId?: string }) {
  return session.db.notification.findFirst({
    where: {
      AND: [
        ownNotifications(session.viewer),
        event.notificationId ? { id: event.notificationId } : { announcementId: event.announcementId },
      ],
    },
  });
}

export interface AnnouncementInput {
  audience: AnnouncementAudience;
  title: string;
  body: string;
  /** A segment: clients with a plot in this estate. */
  estateId?: string | null;
  /** A segment: clients assigned to this marketer. */
  marketerId?: string | null;
}

/** Records an announcement; a job delivers it (to thousands at once, off the request). */
export async function sendAnnouncement(session: Session, input: AnnouncementInput): Promise<string> {
  const { db, viewer } = session;
  const check = new valid.InputCheck();
  const title = check.text('title', input.title, 200);
  const body = check.text('body', input.body, 10_000);
  const segment = input.audience === 'SEGMENT';
  check.that(
    !segment || !!input.estateId || !!input.marketerId,
    'audience',
    'A segment names an estate, a marketer or both.',
  );
  check.that(
    segment || (!input.estateId && !input.marketerId),
    'audience',
    'Only a SEGMENT names an estate or a marketer.',
  );
  check.done();
  if (input.estateId && !(await db.estate.findUnique({ where: byId(session, input.estateId) })))
    throw notFound('Estate', 'estateId');
  if (input.marketerId && !(await db.marketer.findUnique({ where: byId(session, input.marketerId) })))
    throw notFound('Marketer', 'marketerId');
  const id = randomUUID();
  await db.announcement.create({
    data: {
      id,
      companyId: viewer.companyId,
      audience: input.audience,
      estateId: input.estateId ?? null,
      marketerId: input.marketerId ?? null,
      title,
      body,
      createdByUserId: viewer.userId,
    },
    select: { id: true },
  });
  await addJob(
    db,
    'announcement:send',
    { companyId: viewer.companyId, announcementId: id },
    { key: `announcement:${id}` },
  );
  return id;
}

/** Writes the announcement's notification for every recipient (once each, whatever reruns), then announces it. */
export async function deliverAnnouncement(session: Session, announcementId: string): Promise<number> {
  const { db, viewer } = session;
  const a = await db.announcement.findUnique({ where: byId(session, announcementId) });
  if (!a || a.sentAt) return a?.recipients ?? 0;
  const recipients =
    a.audience === 'ALL_MARKETERS'
      ? await db.$executeRaw`
          INSERT INTO "Notification" ("companyId", "recipientProfileId", "kind", "title", "body", "announcementId")
          SELECT m."companyId", m."id", 'ANNOUNCEMENT', ${a.title}, ${a.body}, ${a.id}::uuid FROM "Marketer" m
          WHERE m."companyId" = ${viewer.companyId}::uuid AND m."status" = 'ACTIVE'
          ON CONFLICT DO NOTHING`
      : await db.$executeRaw`
          INSERT INTO "Notification" ("companyId", "recipientProfileId", "kind", "title", "body", "announcementId")
          SELECT c."companyId", c."id", 'ANNOUNCEMENT', ${a.title}, ${a.body}, ${a.id}::uuid FROM "Client" c
          WHERE c."companyId" = ${viewer.companyId}::uuid AND c."status" = 'ACTIVE'
            AND (${a.marketerId}::uuid IS NULL OR c."marketerId" = ${a.marketerId}::uuid)
            AND (${a.estateId}::uuid IS NULL OR EXISTS (
              SELECT 1 FROM "Plot" p WHERE p."companyId" = c."companyId" AND p."clientId" = c."id" AND p."estateId" = ${a.estateId}::uuid))
          ON CONFLICT DO NOTHING`;
  const total = await db.notification.count({ where: { announcementId: a.id } });
  await db.announcement.update({
    where: byId(session, a.id),
    data: { recipients: total, sentAt: new Date() },
    select: { id: true },
  });
  await notify(db, { kind: 'announcement', companyId: viewer.companyId, announcementId: a.id });
  return recipients;
}
