// Webhooks: endpoints, their deliveries, the events (the outbox) and replay. Admins only.
import { builder } from '../../schema/builder.ts';
import { signedIn } from '../../schema/context.ts';
import { decodeIds, findInViewerCompany, localId } from '../../schema/ids.ts';
import { byId } from '../../runtime/session.ts';
import { EVENT_TYPES } from '../events/service.ts';
import { deliveryConditions, registerEndpoint, replayEvents, updateEndpoint } from './service.ts';

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What happened (the type a webhook delivery carries, written as its value with dots: sale.created).',
  values: Object.fromEntries(
    EVENT_TYPES.map((type) => [type.replace('.', '_').toUpperCase(), { value: type, description: `\`${type}\`` }]),
  ) as Record<string, { value: (typeof EVENT_TYPES)[number]; description: string }>,
});

const DeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a delivery stands.',
  values: {
    PENDING: { description: 'Not yet accepted by the endpoint: waiting for its turn or its next attempt.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Given up after the retry window (72 hours), or the endpoint was deactivated.' },
  } as const,
});

builder.prismaNode('Event', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'Something that happened, as webhooks carry it: written in the transaction of the change itself.',
  authScopes: { can: 'MANAGE_WEBHOOKS' },
  fields: (t) => ({
    type: t.field({ type: EventTypeEnum, description: 'What happened.', resolve: (e) => e.type as never }),
    position: t.expose('position', { type: 'BigInt', description: 'Order in which events were written.' }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When it happened.' }),
    data: t.string({
      description: 'The event as JSON, the `data` of a webhook delivery.',
      resolve: (e) => JSON.stringify(e.data),
    }),
    sale: t.relation('sale', { nullable: true, description: 'The sale it is about, if any.' }),
  }),
});

builder.prismaNode('WebhookEndpoint', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'A URL the company sends events to, signed with its secret.',
  authScopes: { can: 'MANAGE_WEBHOOKS' },
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where deliveries are POSTed.' }),
    events: t.field({
      type: [EventTypeEnum],
      description: 'The events it takes.',
      resolve: (w) => w.events as never,
    }),
    active: t.exposeBoolean('active', { description: 'Whether new events are sent to it.' }),
    description: t.exposeString('description', { nullable: true, description: "The admin's note." }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
  }),
});

builder.prismaNode('WebhookDelivery', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'One event sent to one endpoint, with its attempts.',
  authScopes: { can: 'MANAGE_WEBHOOKS' },
  fields: (t) => ({
    endpoint: t.relation('endpoint', { description: 'Where it goes.' }),
    event: t.relation('event', { description: 'What it carries.' }),
    status: t.expose('status', { type: DeliveryStatusEnum, description: 'Where it stands.' }),
    attempts: t.exposeInt('attempts', { description: 'Attempts so far.' }),
    lastResponseCode: t.exposeInt('lastResponseCode', {
      nullable: true,
      description: "The endpoint's HTTP status at the last attempt (null: no answer).",
    }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed.' }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true, description: 'The last attempt.' }),
    nextAttemptAt: t.expose('nextAttemptAt', {
      type: 'DateTime',
      description: 'When it is attempted next, while pending.',
    }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: 'When it was accepted.' }),
    replay: t.exposeBoolean('replay', { description: 'Sent again by a replay.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was queued.' }),
  }),
});

const DeliveryFilterInput = builder.inputType('WebhookDeliveryFilter', {
  description: 'Every field given must match.',
  fields: (t) => ({
    endpointId: t.id({ required: false, description: 'Global id of the WebhookEndpoint.' }),
    eventId: t.id({ required: false, description: 'Global id of the Event.' }),
    status: t.field({ type: [DeliveryStatusEnum], required: false, description: 'Any of these.' }),
  }),
});

builder.queryFields((t) => ({
  webhookEndpoints: t.withAuth({ can: 'MANAGE_WEBHOOKS' }).prismaConnection({
    type: 'WebhookEndpoint',
    cursor: 'companyId_id',
    description: "The company's webhook endpoints, newest first.",
    totalCount: (_root, _args, ctx) => ctx.db.webhookEndpoint.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.db.webhookEndpoint.findMany({ ...query, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
  webhookDeliveries: t.withAuth({ can: 'MANAGE_WEBHOOKS' }).prismaConnection({
    type: 'WebhookDelivery',
    cursor: 'companyId_id',
    description: 'Webhook deliveries, newest first: status, attempts and the last response code.',
    args: { filter: t.arg({ type: DeliveryFilterInput, required: false, description: 'Which deliveries.' }) },
    totalCount: (_root, args, ctx) =>
      ctx.db.webhookDelivery.count({
        where: deliveryConditions(decodeIds(args.filter, { endpointId: 'WebhookEndpoint', eventId: 'Event' })),
      }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.webhookDelivery.findMany({
        ...query,
        where: deliveryConditions(decodeIds(args.filter, { endpointId: 'WebhookEndpoint', eventId: 'Event' })),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
  events: t.withAuth({ can: 'MANAGE_WEBHOOKS' }).prismaConnection({
    type: 'Event',
    cursor: 'companyId_id',
    description: "The company's events, newest first (replay from any of them).",
    args: { type: t.arg({ type: EventTypeEnum, required: false, description: 'Only events of this type.' }) },
    totalCount: (_root, args, ctx) => ctx.db.event.count({ where: args.type ? { type: args.type } : {} }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.event.findMany({
        ...query,
        where: args.type ? { type: args.type } : {},
        orderBy: [{ position: 'desc' }],
      }),
  }),
}));

const RegisterInput = builder.inputType('RegisterWebhookEndpointInput', {
  description: 'A webhook endpoint: an http(s) URL (not a loopback, private or link-local address) and its events.',
  fields: (t) => ({
    url: t.string({ description: 'Where to POST deliveries.' }),
    events: t.field({ type: [EventTypeEnum], description: 'The events to send.' }),
    description: t.string({ required: false, description: 'A note (at most 500 characters).' }),
  }),
});
const UpdateInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'What to change of an endpoint; fields left out stay as they are.',
  fields: (t) => ({
    id: t.id({ description: 'Global id of the WebhookEndpoint.' }),
    url: t.string({ required: false, description: 'A new URL.' }),
    events: t.field({ type: [EventTypeEnum], required: false, description: 'The events to send.' }),
    active: t.boolean({ required: false, description: 'false: send it nothing more (pending deliveries fail).' }),
    description: t.string({ required: false, description: 'A note.' }),
  }),
});
const ReplayInput = builder.inputType('ReplayWebhookEventsInput', {
  description: 'Send again to an endpoint every event from one on.',
  fields: (t) => ({
    endpointId: t.id({ description: 'Global id of the WebhookEndpoint.' }),
    fromEventId: t.id({ description: 'Global id of the first Event to send again.' }),
  }),
});

const RegisterPayload = builder.objectRef<{ id: string; secret: string }>('RegisterWebhookEndpointPayload').implement({
  description: 'The endpoint, and its signing secret: shown this once, store it now.',
  fields: (t) => ({
    endpoint: t.prismaField({
      type: 'WebhookEndpoint',
      description: 'The new endpoint.',
      resolve: (query, p, _a, ctx) =>
        ctx.db.webhookEndpoint.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
    }),
    secret: t.exposeString('secret', { description: 'Signs every delivery (HMAC-SHA256); never shown again.' }),
  }),
});
const UpdatePayload = builder.objectRef<{ id: string }>('UpdateWebhookEndpointPayload').implement({
  description: 'The endpoint as changed.',
  fields: (t) => ({
    endpoint: t.prismaField({
      type: 'WebhookEndpoint',
      description: 'The endpoint.',
      resolve: (query, p, _a, ctx) =>
        ctx.db.webhookEndpoint.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
    }),
  }),
});
const ReplayPayload = builder.objectRef<{ queued: number }>('ReplayWebhookEventsPayload').implement({
  description: 'How many deliveries were queued again.',
  fields: (t) => ({ queued: t.exposeInt('queued', { description: 'Deliveries queued, in event order.' }) }),
});

builder.mutationFields((t) => {
  const manage = t.withAuth({ can: 'MANAGE_WEBHOOKS' });
  return {
    registerWebhookEndpoint: manage.field({
      type: RegisterPayload,
      description: 'Registers a webhook endpoint; its secret is in the payload, once.',
      args: { input: t.arg({ type: RegisterInput, description: 'The endpoint.' }) },
      resolve: (_root, { input }, ctx) => registerEndpoint(ctx, input),
    }),
    updateWebhookEndpoint: manage.field({
      type: UpdatePayload,
      description: "Changes an endpoint's URL, events, note, or whether it is active.",
      args: { input: t.arg({ type: UpdateInput, description: 'The change.' }) },
      resolve: async (_root, { input }, ctx) => ({
        id: await updateEndpoint(ctx, { ...input, id: localId(input.id, 'WebhookEndpoint', 'id') }),
      }),
    }),
    replayWebhookEvents: manage.field({
      type: ReplayPayload,
      description: 'Sends again, in order, every event from `fromEventId` on that the endpoint takes.',
      args: { input: t.arg({ type: ReplayInput, description: 'The endpoint and the first event.' }) },
      resolve: async (_root, { input }, ctx) => ({
        queued: await replayEvents(
          ctx,
          localId(input.endpointId, 'WebhookEndpoint', 'endpointId'),
          localId(input.fromEventId, 'Event', 'fromEventId'),
        ),
      }),
    }),
  };
});
