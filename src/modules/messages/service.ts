// Messages: a client or marketer writes to their company, admins (or the thread's owner) reply;
// threads via replyTo, unread counts, markRead, and a `messageAdded` event after each commit.
import { randomUUID } from 'node:crypto';
import { notify } from '../../db/notifications.ts';
import { aliasCounter, whereSql } from '../../db/where-sql.ts';
import { type MessageType, Prisma } from '../../generated/prisma/client.ts';
import { threadOwner } from '../../policy/ownership.ts';
import { messagesAddressedTo, VISIBLE } from '../../policy/visibility.ts';
import { isStaff, type Viewer } from '../../policy/roles.ts';
import { notFound } from '../../shared/errors.ts';
import * as valid from '../../shared/validation.ts';
import { personDetails } from '../people/service.ts';
import { sessionLoader, type Session } from '../../runtime/session.ts';

/** What a subscriber receives about a new message it may see. */
export interface MessageAdded {
  companyId: string;
  ownerClientId: string | null;
  ownerMarketerId: string | null;
  messageId: string;
  threadId: string;
  type: MessageType;
  subject: string;
  body: string;
  fromStaff: boolean;
  authorName: string;
  createdAt: Date;
}

/** Writes a message and announces it (the notification goes out only if the transaction commits). */
async function writeMessage(
  session: Session,
  m: {
    threadId?: string;
    replyToId?: string | null;
    ownerClientId: string | null;
    ownerMarketerId: string | null;
    type: MessageType;
    subject: string;
    body: string;
  },
): Promise<string> {
  const { viewer, db } = session;
  const id = randomUUID();
  const message = await db.message.create({
    data: {
      id,
      companyId: viewer.companyId,
      threadId: m.threadId ?? id,
      replyToId: m.replyToId ?? null,
      ownerClientId: m.ownerClientId,
      ownerMarketerId: m.ownerMarketerId,
      authorUserId: viewer.userId,
      fromStaff: isStaff(viewer),
      type: m.type,
      subject: m.subject,
      body: m.body,
    },
    select: { id: true },
  });
  await notify(db, { kind: 'message', companyId: viewer.companyId, messageId: message.id });
  return message.id;
}

/** A client or marketer starts a thread with their company. */
export function sendMessage(
  session: Session,
  input: { type: MessageType; subject: string; body: string },
): Promise<string> {
  const { viewer } = session;
  const check = new valid.InputCheck();
  const subject = check.text('subject', input.subject, 200);
  const body = check.text('body', input.body, 10_000);
  check.done();
  return writeMessage(session, {
    ...threadOwner(viewer),
    type: input.type,
    subject,
    body,
  });
}

async function findVisibleMessage(session: Session, id: string, field: string) {
  const message = await session.db.message.findFirst({ where: { AND: [{ id }, VISIBLE.Message(session.viewer)] } });
  if (!message) throw notFound('Message', field);
  return message;
}

/** Admins reply to any thread; a client or marketer to their own. */
export async function replyToMessage(session: Session, input: { messageId: string; body: string }): Promise<string> {
  const parent = await findVisibleMessage(session, input.messageId, 'messageId');
  return writeMessage(session, {
    threadId: parent.threadId,
    replyToId: parent.id,
    ownerClientId: parent.ownerClientId,
    ownerMarketerId: parent.ownerMarketerId,
    type: parent.type,
    subject: parent.subject.startsWith('Re: ') ? parent.subject : `Re: ${parent.subject}`,
    body: valid.text('body', input.body, 10_000),
  });
}

/** Marks the messages of a thread addressed to the viewer as read; returns the thread's id. */
export async function markRead(session: Session, threadId: string): Promise<string> {
  const thread = await findVisibleMessage(session, threadId, 'threadId');
  await session.db.message.updateMany({
    where: { threadId: thread.threadId, ...messagesAddressedTo(session.viewer), readAt: null },
    data: { readAt: new Date() },
  });
  return thread.threadId;
}

/** A new message as the session's viewer may see it, or null when they may not (read in their own company). */
export async function messageAdded(session: Session, messageId: string): Promise<MessageAdded | null> {
  const message = await session.db.message.findFirst({
    where: { AND: [{ id: messageId }, VISIBLE.Message(session.viewer)] },
  });
  if (!message) return null;
  const authorName = (await personDetails(session).load(message.authorUserId))?.fullName ?? '';
  return { ...message, messageId: message.id, authorName };
}

/** First messages of the threads the viewer may see (the first message of a thread has no replyTo), newest first. */
export const threadsQuery = (viewer: Viewer, args: { type?: MessageType | null }) => ({
  where: { AND: [VISIBLE.Message(viewer), { replyToId: null }, args.type ? { type: args.type } : {}] },
  orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
});

export const unreadMessageCount = (session: Session) =>
  session.db.message.count({ where: { ...messagesAddressedTo(session.viewer), readAt: null } });

/** Unread messages addressed to the viewer, per thread. */
export const unreadInThread = sessionLoader<string, number>(async (session, threadIds) => {
  const groups = await session.db.message.groupBy({
    by: ['threadId'],
    where: { threadId: { in: [...threadIds] }, readAt: null, ...messagesAddressedTo(session.viewer) },
    _count: { _all: true },
  });
  const counts = new Map(groups.map((g) => [g.threadId, g._count._all]));
  return threadIds.map((id) => counts.get(id) ?? 0);
});

/** unreadInThread of the message row `message`, in SQL (for the read planner). */
export function unreadInThreadSql(
  viewer: Viewer,
  message: string,
  company: Prisma.Sql = Prisma.raw(`${message}."companyId"`),
): Prisma.Sql {
  const counted = whereSql('Message', messagesAddressedTo(viewer), 'u', aliasCounter('ur', company));
  return Prisma.sql`(SELECT count(*)::int FROM "Message" u WHERE u."companyId" = ${company} AND u."threadId" = ${Prisma.raw(message)}."threadId" AND u."readAt" IS NULL AND ${counted})`;
}
