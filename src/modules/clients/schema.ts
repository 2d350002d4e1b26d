// Clients: the directory (a marketer sees their own), lookup by UID, registration and status.
import { signedIn } from '../../schema/context.ts';
import type { ArgBuilder } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Viewer } from '../../policy/roles.ts';
import { VISIBLE } from '../../policy/visibility.ts';
import type { Client } from '../../generated/prisma/client.ts';
import { visibleRows, planned } from '../../schema/planning.ts';
import { builder, type Types } from '../../schema/builder.ts';
import { decodeIds, findInViewerCompany, localId } from '../../schema/ids.ts';
import {
  deletedPayload,
  idInput,
  insertedRow,
  invitationField,
  personInputFields,
  ProfileStatusEnum,
  type Registered,
} from '../people/schema.ts';
import { orderByArg, orderInput } from '../../schema/ordering.ts';
import { RelativePeriodEnum } from '../../schema/scalars.ts';
import { createdInPending, resolveCreatedIn } from '../people/service.ts';
import {
  type ClientFilter,
  type clientFilter,
  clientListWhere,
  clientOrder,
  type CLIENT_ORDER_FIELDS,
  deleteClient,
  registerClient,
  setClientStatus,
} from './service.ts';
import { byId, type Session } from '../../runtime/session.ts';

export const ClientType = builder.prismaNode('Client', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'Staff see every client; a marketer sees the clients assigned to them; a client sees themself.',
  ...visibleRows('Client'),
  fields: (t) => ({
    uid: t.exposeString('uid', { description: 'Company-scoped ID, such as LPL-CLT005.' }),
    seq: t.exposeInt('seq', { description: 'The number in the UID.' }),
    fullName: t.exposeString('fullName', { description: "The client's name as the company records it." }),
    email: t.string({
      description: 'Their email, which they sign in with.',
      select: { user: { select: { email: true } } },
      resolve: (c) => c.user.email,
      extensions: planned({ kind: 'column', path: ['user', 'email'] }),
    }),
    phone: t.exposeString('phone', { nullable: true, description: 'Their phone number (+ and digits).' }),
    status: t.expose('status', {
      type: ProfileStatusEnum,
      description: 'Active, or archived (out of listings, cannot sign in).',
    }),
    archivedAt: t.expose('archivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When they were first archived; null while active.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When they were registered.' }),
    user: t.relation('user', { description: 'The person behind this profile, as the company knows them.' }),
    marketer: t.relation('marketer', { nullable: true, description: 'The current marketer.' }),
  }),
});

const RegisterClientPayload = builder.objectRef<Registered>('RegisterClientPayload').implement({
  description: 'The client registered, and their invitation when they have no password yet.',
  fields: (t) => ({
    client: t.prismaField({
      type: 'Client',
      description: 'The new client, with their UID.',
      resolve: (query, p, _a, ctx) =>
        insertedRow<Client>(query, p) ??
        ctx.db.client.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
    }),
    invitation: invitationField(t),
  }),
});

/** The payload of a mutation that changes one client: the client, read with the client's selection. */
export const clientPayload = (name: string, description: string) =>
  builder.objectRef<{ id: string }>(name).implement({
    description,
    fields: (t) => ({
      client: t.prismaField({
        type: 'Client',
        description: 'The client, as it is now.',
        resolve: (query, p, _a, ctx) => ctx.db.client.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
      }),
    }),
  });

const ClientFilterInput = builder.inputType('ClientFilter', {
  description: 'Which clients to list: every field given must match.',
  fields: (t) => ({
    search: t.string({ required: false, description: 'Text in the name, email or UID (up to 200 characters).' }),
    status: t.field({
      type: [ProfileStatusEnum],
      required: false,
      description: "Clients in any of these states; takes the place of the list's status argument.",
    }),
    marketerId: t.id({ required: false, description: 'Clients of this marketer now (global id of the Marketer).' }),
    assigned: t.boolean({ required: false, description: 'true: clients with a marketer; false: clients without one.' }),
    createdFrom: t.field({
      type: 'DateTime',
      required: false,
      description: 'Registered at or after this instant (RFC 3339 with its offset, such as 2026-02-01T00:00:00+01:00).',
    }),
    createdTo: t.field({
      type: 'DateTime',
      required: false,
      description: 'Registered before this instant (RFC 3339 with its offset).',
    }),
    createdIn: t.field({
      type: RelativePeriodEnum,
      required: false,
      description: "Registered in this period of the company's days (its time zone).",
    }),
  }),
});

export const ClientOrderInput = orderInput('ClientOrder', 'clients', {
  CREATED_AT: 'When they were registered.',
  UID: 'Their UID number (registration order).',
  FULL_NAME: 'Their name as the company records it.',
  SALES: 'How many sales they have.',
} satisfies Record<(typeof CLIENT_ORDER_FIELDS)[number], string>);

/** The global ids a ClientFilter may hold, by their type. */
export const CLIENT_FILTER_IDS = { marketerId: 'Marketer' } as const;

/** The filter and orderBy arguments of a list of clients. */
export const clientListArgs = (arg: ArgBuilder<Types>) => ({
  filter: arg({
    type: ClientFilterInput,
    required: false,
    description: 'Only the clients that match every field given.',
  }),
  orderBy: orderByArg(arg, ClientOrderInput, 'newest first'),
});

type ClientsArgs = Parameters<typeof clientFilter>[0] & {
  filter?: Parameters<typeof clientFilter>[1];
  orderBy?: Parameters<typeof clientOrder>[0];
};
/** What `clients` reads: the clients the viewer may see that match its arguments (the filter's period resolved). */
const clientsQuery = (args: ClientsArgs, viewer: Viewer, filter: ClientFilter | null | undefined) => ({
  where: clientListWhere(viewer, args, filter),
  orderBy: clientOrder(args.orderBy),
});
/** clientsQuery with the filter's relative period read from the database first. */
const clientsQueryResolved = async (args: ClientsArgs, session: Session) =>
  clientsQuery(args, session.viewer, await resolveCreatedIn(session, decodeIds(args.filter, CLIENT_FILTER_IDS)));
/** What `client(uid:)` reads. */
const clientByUid = ({ uid }: { uid: string }, viewer: Viewer) => ({
  where: { AND: [{ uid: uid.trim().toUpperCase() }, VISIBLE.Client(viewer)] },
});

builder.queryFields((t) => ({
  clients: t.withAuth({ can: 'LIST_CLIENTS' }).prismaConnection({
    type: 'Client',
    cursor: 'companyId_id',
    description:
      'Newest first unless orderBy says otherwise. Staff see all clients, a marketer their own. Filter by text (name, email or UID), status (active only unless asked) and `filter`.',
    args: {
      search: t.arg.string({ required: false, description: 'Text in the name, email or UID (up to 200 characters).' }),
      status: t.arg({
        type: [ProfileStatusEnum],
        defaultValue: ['ACTIVE'],
        description: 'Clients in any of these states.',
      }),
      ...clientListArgs(t.arg),
    },
    // A relative period takes a statement first: the planner leaves it to the resolvers.
    extensions: planned({
      kind: 'rows',
      model: 'Client',
      query: (args, s) => {
        const filter = decodeIds((args as ClientsArgs).filter, CLIENT_FILTER_IDS);
        return createdInPending(filter) ? null : clientsQuery(args as never, s.viewer, filter);
      },
    }),
    totalCount: async (_root, args, ctx) =>
      ctx.db.client.count({ where: (await clientsQueryResolved(args, ctx)).where }),
    resolve: async (query, _root, args, ctx) =>
      ctx.db.client.findMany({ ...query, ...(await clientsQueryResolved(args, ctx)) }),
  }),
  client: t.withAuth({ authenticated: true }).prismaField({
    type: 'Client',
    nullable: true,
    description: 'A client by UID (LPL-CLT005); null when there is none you may see.',
    args: { uid: t.arg.string({ description: 'The UID, such as LPL-CLT005 (any case).' }) },
    extensions: planned({ kind: 'rows', model: 'Client', query: (args, s) => clientByUid(args as never, s.viewer) }),
    resolve: (query, _root, args, ctx) => ctx.db.client.findFirst({ ...query, ...clientByUid(args, ctx.viewer) }),
  }),
}));

builder.mutationFields((t) => {
  const manage = t.withAuth({ can: 'MANAGE_CLIENTS' });
  return {
    registerClient: t.withAuth({ can: 'REGISTER_CLIENTS' }).field({
      type: RegisterClientPayload,
      description:
        'Registers a client; they get the next client UID of the company at once. A marketer registers clients for themself.',
      extensions: { registers: 'client' },
      args: {
        input: t.arg({
          type: builder.inputType('RegisterClientInput', {
            description: 'A new client: their details, and (admins) their marketer.',
            fields: (f) => ({
              ...personInputFields(f),
              marketerId: f.id({ required: false, description: 'Assign to this marketer (admins).' }),
            }),
          }),
          description: 'The client.',
        }),
      },
      resolve: (_root, { input }, ctx) =>
        registerClient(ctx, {
          ...input,
          marketerId: input.marketerId == null ? null : localId(input.marketerId, 'Marketer', 'marketerId'),
        }),
    }),
    archiveClient: manage.field({
      type: clientPayload('ArchiveClientPayload', 'The archived client.'),
      description: 'Archived clients keep their UID, drop out of listings and cannot sign in.',
      args: {
        input: t.arg({
          type: idInput('ArchiveClientInput', 'The client to archive.', 'Client'),
          description: 'Which client.',
        }),
      },
      resolve: async (_root, { input }, ctx) => ({
        id: await setClientStatus(ctx, localId(input.id, 'Client'), 'ARCHIVED'),
      }),
    }),
    restoreClient: manage.field({
      type: clientPayload('RestoreClientPayload', 'The restored client.'),
      description: 'Makes an archived client active again.',
      args: {
        input: t.arg({
          type: idInput('RestoreClientInput', 'The client to restore.', 'Client'),
          description: 'Which client.',
        }),
      },
      resolve: async (_root, { input }, ctx) => ({
        id: await setClientStatus(ctx, localId(input.id, 'Client'), 'ACTIVE'),
      }),
    }),
    deleteClient: manage.field({
      type: deletedPayload('DeleteClientPayload', 'Which client was deleted.'),
      description: 'Deletes the client profile. The UID number is never handed out again.',
      args: {
        input: t.arg({
          type: idInput('DeleteClientInput', 'The client to delete.', 'Client'),
          description: 'Which client.',
        }),
      },
      resolve: async (_root, { input }, ctx) => {
        const id = localId(input.id, 'Client');
        await deleteClient(ctx, id);
        return { deletedId: encodeGlobalID('Client', id) };
      },
    }),
  };
});
