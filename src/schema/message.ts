// Messages: a client or marketer writes to their company, staff reply, threads via replyTo;
// unread counts and markRead; `messageAdded` over server-sent events, scoped like the reads.
import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { filter, pipe } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { forbidden, notFound } from '../domain/errors.ts';
import * as valid from '../domain/validation.ts';
import { messagesAddressedTo, messagesVisibleTo } from './access.ts';
import { builder } from './builder.ts';
import { localId } from './people.ts';

export const MessageTypeEnum = builder.enumType('MessageType', { values: ['ENQUIRY', 'COMPLAINT', 'COMPLIMENT', 'GENERAL'] as const });

const isStaff = (ctx: Context) => ctx.viewer!.role === 'ADMIN' || ctx.viewer!.role === 'ANALYST';

const visibleMessages = (ctx: Context) => messagesVisibleTo(ctx.viewer!);
const addressedToViewer = (ctx: Context) => messagesAddressedTo(ctx.viewer!);

const canSeeMessage = (ctx: Context, m: { ownerClientId: string | null; ownerMarketerId: string | null }) =>
  !!ctx.viewer && (isStaff(ctx) || m.ownerClientId === ctx.viewer.profileId || m.ownerMarketerId === ctx.viewer.profileId);

builder.prismaNode('Message', {
  id: { field: 'id' },
  description: 'Staff see all of the company\'s messages; a client or marketer sees their own threads.',
  authScopes: (message, ctx) => canSeeMessage(ctx, message),
  fields: (t) => ({
    type: t.expose('type', { type: MessageTypeEnum }),
    subject: t.exposeString('subject'),
    body: t.exposeString('body'),
    fromStaff: t.exposeBoolean('fromStaff', { description: 'Written by company staff (otherwise by the thread\'s owner).' }),
    authorName: t.string({ resolve: async (m, _a, ctx) => (await ctx.loaders.personDetails.load(m.authorUserId))?.fullName ?? '' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: 'When the other side read it.' }),
    thread: t.relation('thread', { description: 'The first message of the thread.' }),
    replyTo: t.relation('replyTo', { nullable: true }),
    ownerClient: t.relation('ownerClient', { nullable: true }),
    ownerMarketer: t.relation('ownerMarketer', { nullable: true }),
    messages: t.relatedConnection('inThread', {
      cursor: 'id',
      description: 'All messages of this thread, oldest first (on the first message of a thread).',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    unreadCount: t.int({
      description: 'Messages of this thread addressed to you and not yet read.',
      resolve: (m, _a, ctx) => ctx.loaders.unreadInThread.load(m.threadId),
    }),
  }),
});

export interface MessageAdded {
  companyId: string;
  ownerClientId: string | null;
  ownerMarketerId: string | null;
  messageId: string;
  threadId: string;
  type: 'ENQUIRY' | 'COMPLAINT' | 'COMPLIMENT' | 'GENERAL';
  subject: string;
  body: string;
  fromStaff: boolean;
  authorName: string;
  createdAt: Date;
}

const MessageAddedType = builder.objectRef<MessageAdded>('MessageAdded').implement({
  description: 'A new message you may see. Fetch more through `node(id: messageId)`.',
  fields: (t) => ({
    messageId: t.id({ resolve: (e) => encodeGlobalID('Message', e.messageId) }),
    threadId: t.id({ resolve: (e) => encodeGlobalID('Message', e.threadId) }),
    type: t.field({ type: MessageTypeEnum, resolve: (e) => e.type }),
    subject: t.exposeString('subject'),
    body: t.exposeString('body'),
    fromStaff: t.exposeBoolean('fromStaff'),
    authorName: t.exposeString('authorName'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const topic = (companyId: string) => `messageAdded:${companyId}`;

/** Writes a message and announces it once the operation's transaction has committed. */
async function writeMessage(
  ctx: Context,
  m: { threadId?: string; replyToId?: string | null; ownerClientId: string | null; ownerMarketerId: string | null; type: MessageAdded['type']; subject: string; body: string },
) {
  const id = randomUUID();
  const viewer = ctx.viewer!;
  const message = await ctx.db.message.create({
    data: {
      id, companyId: viewer.companyId, threadId: m.threadId ?? id, replyToId: m.replyToId ?? null,
      ownerClientId: m.ownerClientId, ownerMarketerId: m.ownerMarketerId, authorUserId: viewer.userId,
      fromStaff: isStaff(ctx), type: m.type, subject: m.subject, body: m.body,
    },
  });
  const authorName = (await ctx.loaders.personDetails.load(viewer.userId))?.fullName ?? '';
  const event: MessageAdded = { ...message, messageId: message.id, authorName };
  ctx.afterCommit.push(() => ctx.services.pubsub.publish(topic(viewer.companyId), event));
  return message;
}

builder.queryFields((t) => ({
  messageThreads: t.prismaConnection({
    type: 'Message',
    cursor: 'id',
    description: 'First messages of the threads you may see, newest first.',
    authScopes: { authenticated: true },
    args: { type: t.arg({ type: MessageTypeEnum, required: false }) },
    totalCount: (_root, args, ctx) => ctx.db.message.count({ where: threadFilter(ctx, args.type) }),
    resolve: (query, _root, args, ctx) => ctx.db.message.findMany({ ...query, where: threadFilter(ctx, args.type), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
  unreadMessageCount: t.int({
    description: 'Messages addressed to you (to staff, for staff) that nobody has marked read.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => ctx.db.message.count({ where: { ...addressedToViewer(ctx), readAt: null } }),
  }),
}));

function threadFilter(ctx: Context, type: MessageAdded['type'] | null | undefined) {
  // The first message of a thread has no replyTo.
  return { ...visibleMessages(ctx), replyToId: null, ...(type ? { type } : {}) };
}

const SendMessageInput = builder.inputType('SendMessageInput', {
  fields: (t) => ({ type: t.field({ type: MessageTypeEnum }), subject: t.string(), body: t.string() }),
});
const ReplyInput = builder.inputType('ReplyInput', { fields: (t) => ({ messageId: t.id(), body: t.string() }) });

builder.mutationFields((t) => ({
  sendMessage: t.prismaField({
    type: 'Message',
    description: 'A client or marketer writes to their company: the first message of a new thread.',
    authScopes: { client: true, marketer: true },
    args: { input: t.arg({ type: SendMessageInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const v = ctx.viewer!;
      const message = await writeMessage(ctx, {
        ownerClientId: v.role === 'CLIENT' ? v.profileId : null,
        ownerMarketerId: v.role === 'MARKETER' ? v.profileId : null,
        type: input.type,
        subject: valid.text('subject', input.subject, 200),
        body: valid.text('body', input.body, 10_000),
      });
      return ctx.db.message.findUniqueOrThrow({ ...query, where: { id: message.id } });
    },
  }),
  replyToMessage: t.prismaField({
    type: 'Message',
    description: "Company admins reply to any thread; a client or marketer to their own.",
    authScopes: { admin: true, client: true, marketer: true },
    args: { input: t.arg({ type: ReplyInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const parent = await ctx.db.message.findUnique({ where: { id: localId(input.messageId, 'Message') } });
      if (!parent || !canSeeMessage(ctx, parent)) throw notFound('Message');
      const message = await writeMessage(ctx, {
        threadId: parent.threadId, replyToId: parent.id, ownerClientId: parent.ownerClientId, ownerMarketerId: parent.ownerMarketerId,
        type: parent.type, subject: parent.subject.startsWith('Re: ') ? parent.subject : `Re: ${parent.subject}`,
        body: valid.text('body', input.body, 10_000),
      });
      return ctx.db.message.findUniqueOrThrow({ ...query, where: { id: message.id } });
    },
  }),
  markRead: t.prismaField({
    type: 'Message',
    description: 'Marks the messages of a thread addressed to you as read; returns the thread.',
    authScopes: { admin: true, client: true, marketer: true },
    args: { threadId: t.arg.id() },
    resolve: async (query, _root, { threadId }, ctx) => {
      const thread = await ctx.db.message.findUnique({ where: { id: localId(threadId, 'Message') } });
      if (!thread || !canSeeMessage(ctx, thread)) throw notFound('Message');
      await ctx.db.message.updateMany({ where: { threadId: thread.threadId, ...addressedToViewer(ctx), readAt: null }, data: { readAt: new Date() } });
      return ctx.db.message.findUniqueOrThrow({ ...query, where: { id: thread.threadId } });
    },
  }),
}));

builder.subscriptionType({});
builder.subscriptionFields((t) => ({
  messageAdded: t.field({
    type: MessageAddedType,
    description: 'New messages you may see (all of the company\'s for staff, your own threads otherwise), as server-sent events.',
    authScopes: { authenticated: true },
    subscribe: (_root, _args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw forbidden();
      const staff = viewer.role === 'ADMIN' || viewer.role === 'ANALYST';
      return pipe(
        ctx.services.pubsub.subscribe(topic(viewer.companyId)) as AsyncIterable<MessageAdded>,
        filter((e: MessageAdded) => e.companyId === viewer.companyId && (staff || e.ownerClientId === viewer.profileId || e.ownerMarketerId === viewer.profileId)),
      );
    },
    resolve: (event: MessageAdded) => event,
  }),
}));
