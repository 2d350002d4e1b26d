// Messages: threads, unread counts, sending, replying, markRead, and the messageAdded subscription.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { signedIn } from '../../schema/context.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { canReplyTo, canReplyToSql } from '../../policy/visibility.ts';
import { planned, visibleRows } from '../../schema/planning.ts';
import { builder } from '../../schema/builder.ts';
import { findInViewerCompany, localId } from '../../schema/ids.ts';
import { personDetailSql, personDetails } from '../people/service.ts';
import { byId } from '../../runtime/session.ts';
import type { Notification } from '../../db/notifications.ts';
import { withSession } from '../../runtime/session.ts';
import {
  markRead,
  messageAdded,
  replyToMessage,
  sendMessage,
  threadsQuery,
  unreadInThreadSql,
  unreadInThread,
  unreadMessageCount,
  type MessageAdded,
} from './service.ts';

/**
 * The events `read` turns into something (null: nothing this subscriber may see), in order.
 * Not a generator: ending it must end `events` at once, even while waiting for the next one.
 */
export function visibleOnly<E, T>(
  events: AsyncIterableIterator<E>,
  read: (event: E) => Promise<T | null>,
): AsyncIterableIterator<T> {
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      try {
        for (let event = await events.next(); !event.done; event = await events.next()) {
          const seen = await read(event.value);
          if (seen) return { done: false, value: seen };
        }
        return { done: true, value: undefined };
      } catch (error) {
        // A read that fails ends the stream: nothing keeps listening for a reader that is gone.
        await events.return?.();
        throw error;
      }
    },
    async return(): Promise<IteratorResult<T>> {
      await events.return?.();
      return { done: true, value: undefined };
    },
  };
}

/**
 * Reads of one message for one viewer under way now: every subscription of that viewer (up to 100,
 * on any of their sockets) shares the one read of an event, instead of taking a connection each.
 */
const reading = new Map<string, Promise<MessageAdded | null>>();
function readOnce(key: string, read: () => Promise<MessageAdded | null>): Promise<MessageAdded | null> {
  let pending = reading.get(key);
  if (!pending) {
    pending = read().finally(() => reading.delete(key));
    reading.set(key, pending);
  }
  return pending;
}

export const MessageTypeEnum = builder.enumType('MessageType', {
  description: 'What a thread is about.',
  values: {
    ENQUIRY: { description: 'A question.' },
    COMPLAINT: { description: 'Something went wrong.' },
    COMPLIMENT: { description: 'Something went well.' },
    GENERAL: { description: 'Anything else.' },
  } as const,
});

builder.prismaNode('Message', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: "Staff see all of the company's messages; a client or marketer sees their own threads.",
  ...visibleRows('Message'),
  fields: (t) => ({
    type: t.expose('type', { type: MessageTypeEnum, description: "What the thread is about (the first message's)." }),
    subject: t.exposeString('subject', { description: "The thread's subject." }),
    body: t.exposeString('body', { description: 'The text of the message.' }),
    fromStaff: t.exposeBoolean('fromStaff', {
      description: "Written by company staff (otherwise by the thread's owner).",
    }),
    authorName: t.string({
      description: 'Who wrote it, as the company knows them.',
      resolve: async (m, _a, ctx) => (await personDetails(signedIn(ctx)).load(m.authorUserId))?.fullName ?? '',
      extensions: planned({
        kind: 'sql',
        json: ({ row, aliases }) =>
          Prisma.sql`coalesce(${personDetailSql(aliases.company ?? Prisma.raw(`${row}."companyId"`), Prisma.raw(`${row}."authorUserId"`), 'fullName')}, '')`,
      }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was written.' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: 'When the other side read it.' }),
    thread: t.relation('thread', { description: 'The first message of the thread.' }),
    replyTo: t.relation('replyTo', {
      nullable: true,
      description: 'The message it replies to; null for the first of a thread.',
    }),
    ownerClient: t.relation('ownerClient', {
      nullable: true,
      description: "The client whose thread it is; null for a marketer's thread.",
    }),
    ownerMarketer: t.relation('ownerMarketer', {
      nullable: true,
      description: "The marketer whose thread it is; null for a client's thread.",
    }),
    messages: t.relatedConnection('inThread', {
      cursor: 'companyId_id',
      totalCount: true,
      description: 'All messages of this thread, oldest first (on the first message of a thread).',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    unreadCount: t.int({
      description: 'Messages of this thread addressed to you and not yet read.',
      resolve: (m, _a, ctx) => unreadInThread(signedIn(ctx)).load(m.threadId),
      extensions: planned({
        kind: 'sql',
        json: ({ row, session, aliases }) => unreadInThreadSql(session.viewer, row, aliases.company),
      }),
    }),
    viewerCanReply: t.boolean({
      description: 'Whether you may reply to this thread (admins: any; a client or marketer: their own).',
      resolve: (m, _a, ctx) => canReplyTo(signedIn(ctx).viewer, m),
      extensions: planned({
        kind: 'sql',
        json: ({ row, session, aliases }) => canReplyToSql(session.viewer, row, aliases.company),
      }),
    }),
  }),
});

const MessageAddedType = builder.objectRef<MessageAdded>('MessageAdded').implement({
  description: 'A new message you may see. Fetch more through `node(id: messageId)`.',
  fields: (t) => ({
    messageId: t.id({
      description: 'Global id of the new Message.',
      resolve: (e) => encodeGlobalID('Message', e.messageId),
    }),
    threadId: t.id({
      description: 'Global id of the first Message of its thread.',
      resolve: (e) => encodeGlobalID('Message', e.threadId),
    }),
    type: t.field({ type: MessageTypeEnum, description: 'What the thread is about.', resolve: (e) => e.type }),
    subject: t.exposeString('subject', { description: "The thread's subject." }),
    body: t.exposeString('body', { description: 'The text of the message.' }),
    fromStaff: t.exposeBoolean('fromStaff', {
      description: "Written by company staff (otherwise by the thread's owner).",
    }),
    authorName: t.exposeString('authorName', { description: 'Who wrote it, as the company knows them.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was written.' }),
  }),
});

builder.queryFields((t) => ({
  messageThreads: t.withAuth({ authenticated: true }).prismaConnection({
    type: 'Message',
    cursor: 'companyId_id',
    description: 'First messages of the threads you may see, newest first.',
    args: { type: t.arg({ type: MessageTypeEnum, required: false, description: 'Only threads of this type.' }) },
    extensions: planned({ kind: 'rows', model: 'Message', query: (args, s) => threadsQuery(s.viewer, args as never) }),
    totalCount: (_root, args, ctx) => ctx.db.message.count({ where: threadsQuery(ctx.viewer, args).where }),
    resolve: (query, _root, args, ctx) => ctx.db.message.findMany({ ...query, ...threadsQuery(ctx.viewer, args) }),
  }),
  unreadMessageCount: t.withAuth({ authenticated: true }).int({
    description: 'Messages addressed to you (to staff, for staff) that nobody has marked read.',
    resolve: (_root, _args, ctx) => unreadMessageCount(ctx),
  }),
}));

const SendMessageInput = builder.inputType('SendMessageInput', {
  description: 'The first message of a new thread.',
  fields: (t) => ({
    type: t.field({ type: MessageTypeEnum, description: 'What the thread is about.' }),
    subject: t.string({ description: 'At most 200 characters.' }),
    body: t.string({ description: 'At most 10,000 characters.' }),
  }),
});
const ReplyToMessageInput = builder.inputType('ReplyToMessageInput', {
  description: 'A reply to a message of a thread.',
  fields: (t) => ({
    messageId: t.id({ description: 'Global id of the Message replied to.' }),
    body: t.string({ description: 'At most 10,000 characters.' }),
  }),
});
const MarkReadInput = builder.inputType('MarkReadInput', {
  description: 'The thread to mark read.',
  fields: (t) => ({ threadId: t.id({ description: 'Global id of the first Message of the thread.' }) }),
});

/** The payload of a mutation that writes or reads a message: it (as `field`), read with the client's selection. */
const messagePayload = (name: string, description: string, field: string, fieldDescription: string) =>
  builder.objectRef<{ id: string }>(name).implement({
    description,
    fields: (t) => ({
      [field]: t.prismaField({
        type: 'Message',
        description: fieldDescription,
        resolve: (query, p, _a, ctx) =>
          ctx.db.message.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
      }),
    }),
  });

builder.mutationFields((t) => ({
  sendMessage: t.withAuth({ can: 'SEND_MESSAGES' }).field({
    type: messagePayload(
      'SendMessagePayload',
      'The message sent.',
      'message',
      'The new message (the first of its thread).',
    ),
    description: 'A client or marketer writes to their company: the first message of a new thread.',
    args: { input: t.arg({ type: SendMessageInput, description: 'The message.' }) },
    resolve: async (_root, { input }, ctx) => ({ id: await sendMessage(ctx, input) }),
  }),
  replyToMessage: t.withAuth({ can: 'REPLY_TO_MESSAGES' }).field({
    type: messagePayload('ReplyToMessagePayload', 'The reply sent.', 'message', 'The new reply.'),
    description: 'Company admins reply to any thread; a client or marketer to their own.',
    args: { input: t.arg({ type: ReplyToMessageInput, description: 'The message replied to, and the reply.' }) },
    resolve: async (_root, { input }, ctx) => ({
      id: await replyToMessage(ctx, { messageId: localId(input.messageId, 'Message', 'messageId'), body: input.body }),
    }),
  }),
  markRead: t.withAuth({ can: 'REPLY_TO_MESSAGES' }).field({
    type: messagePayload('MarkReadPayload', 'The thread marked read.', 'thread', 'The first message of the thread.'),
    description: 'Marks the messages of a thread addressed to you as read.',
    args: { input: t.arg({ type: MarkReadInput, description: 'The thread.' }) },
    resolve: async (_root, { input }, ctx) => ({
      id: await markRead(ctx, localId(input.threadId, 'Message', 'threadId')),
    }),
  }),
}));

builder.subscriptionType({
  description: 'Events as they happen, over server-sent events (Accept: text/event-stream).',
});
builder.subscriptionFields((t) => ({
  messageAdded: t.withAuth({ authenticated: true }).field({
    type: MessageAddedType,
    description:
      "New messages you may see (all of the company's for staff, your own threads otherwise), as server-sent events.",
    // Each process hears every message of the company (ids only) and reads each one again as
    // this subscriber, in their own company and role, passing on only what they may see.
    subscribe: (_root, _args, ctx) => {
      const { viewer, runtime } = ctx;
      const written = runtime.notifications.stream(
        (n): n is Notification & { kind: 'message' } => n.kind === 'message' && n.companyId === viewer.companyId,
      );
      const who = `${viewer.companyId}:${viewer.role}:${viewer.profileId}:${viewer.userId}`;
      return visibleOnly(written, (n) =>
        readOnce(`${who}:${n.messageId}`, () => withSession(runtime, viewer, (s) => messageAdded(s, n.messageId))),
      );
    },
    resolve: (event: MessageAdded) => event,
  }),
}));
