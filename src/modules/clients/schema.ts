// Clients: the directory (a marketer sees their own), lookup by UID, registration and status.
import { signedIn } from '../../http/context.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { canSeeClient, visibleClients } from '../../policy/visibility.ts';
import { builder } from '../../schema/builder.ts';
import { findInViewerCompany, localId } from '../../schema/ids.ts';
import { deletedPayload, idInput, invitationField, personInputFields, ProfileStatusEnum, type Registered } from '../people/schema.ts';
import { personFilter } from '../people/service.ts';
import { deleteClient, registerClient, setClientStatus } from './service.ts';
import { byId } from '../session.ts';

export const ClientType = builder.prismaNode('Client', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'Staff see every client; a marketer sees the clients assigned to them; a client sees themself.',
  authScopes: (client, ctx) => canSeeClient(ctx.viewer, client),
  fields: (t) => ({
    uid: t.exposeString('uid', { description: 'Company-scoped ID, such as LPL-CLT005.' }),
    seq: t.exposeInt('seq', { description: 'The number in the UID.' }),
    fullName: t.exposeString('fullName'),
    email: t.string({ select: { user: { select: { email: true } } }, resolve: (c) => c.user.email }),
    phone: t.exposeString('phone', { nullable: true }),
    status: t.expose('status', { type: ProfileStatusEnum }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    user: t.relation('user'),
    marketer: t.relation('marketer', { nullable: true, description: 'The current marketer.' }),
  }),
});

const RegisterClientPayload = builder.objectRef<Registered>('RegisterClientPayload').implement({
  fields: (t) => ({
    client: t.prismaField({ type: 'Client', resolve: (query, p, _a, ctx) => ctx.db.client.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }) }),
    invitation: invitationField(t),
  }),
});

/** The payload of a mutation that changes one client: the client, read with the client's selection. */
export const clientPayload = (name: string, description: string) =>
  builder.objectRef<{ id: string }>(name).implement({
    description,
    fields: (t) => ({
      client: t.prismaField({ type: 'Client', description: 'The client, as it is now.', resolve: (query, p, _a, ctx) => ctx.db.client.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }) }),
    }),
  });

builder.queryFields((t) => ({
  clients: t.withAuth({ can: 'LIST_CLIENTS' }).prismaConnection({
    type: 'Client',
    cursor: 'companyId_id',
    description: 'Newest first. Staff see all clients, a marketer their own. Filter by text (name, email or UID) and status (active only unless asked).',
    args: {
      search: t.arg.string({ required: false }),
      status: t.arg({ type: [ProfileStatusEnum], defaultValue: ['ACTIVE'] }),
    },
    totalCount: (_root, args, ctx) => ctx.db.client.count({ where: { ...visibleClients(ctx.viewer), ...personFilter(args.search, args.status) } }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.client.findMany({ ...query, where: { ...visibleClients(ctx.viewer), ...personFilter(args.search, args.status) }, orderBy: { seq: 'desc' } }),
  }),
  client: t.withAuth({ authenticated: true }).prismaField({
    type: 'Client',
    nullable: true,
    description: 'A client by UID (LPL-CLT005); null when there is none you may see.',
    args: { uid: t.arg.string() },
    resolve: (query, _root, { uid }, ctx) => ctx.db.client.findFirst({ ...query, where: { uid: uid.trim().toUpperCase(), ...visibleClients(ctx.viewer) } }),
  }),
}));

builder.mutationFields((t) => {
  const manage = t.withAuth({ can: 'MANAGE_CLIENTS' });
  return {
    registerClient: t.withAuth({ can: 'REGISTER_CLIENTS' }).field({
      type: RegisterClientPayload,
      description: 'Registers a client; they get the next client UID of the company at once. A marketer registers clients for themself.',
      extensions: { registers: 'client' },
      args: {
        input: t.arg({
          type: builder.inputType('RegisterClientInput', {
            fields: (f) => ({ ...personInputFields(f), marketerId: f.id({ required: false, description: 'Assign to this marketer (admins).' }) }),
          }),
        }),
      },
      resolve: (_root, { input }, ctx) => registerClient(ctx, { ...input, marketerId: input.marketerId == null ? null : localId(input.marketerId, 'Marketer', 'marketerId') }),
    }),
    archiveClient: manage.field({
      type: clientPayload('ArchiveClientPayload', 'The archived client.'),
      description: 'Archived clients keep their UID, drop out of listings and cannot sign in.',
      args: { input: t.arg({ type: idInput('ArchiveClientInput', 'The client to archive.', 'Client'), description: 'Which client.' }) },
      resolve: async (_root, { input }, ctx) => ({ id: await setClientStatus(ctx, localId(input.id, 'Client'), 'ARCHIVED') }),
    }),
    restoreClient: manage.field({
      type: clientPayload('RestoreClientPayload', 'The restored client.'),
      description: 'Makes an archived client active again.',
      args: { input: t.arg({ type: idInput('RestoreClientInput', 'The client to restore.', 'Client'), description: 'Which client.' }) },
      resolve: async (_root, { input }, ctx) => ({ id: await setClientStatus(ctx, localId(input.id, 'Client'), 'ACTIVE') }),
    }),
    deleteClient: manage.field({
      type: deletedPayload('DeleteClientPayload', 'Which client was deleted.'),
      description: 'Deletes the client profile. The UID number is never handed out again.',
      args: { input: t.arg({ type: idInput('DeleteClientInput', 'The client to delete.', 'Client'), description: 'Which client.' }) },
      resolve: async (_root, { input }, ctx) => {
        const id = localId(input.id, 'Client');
        await deleteClient(ctx, id);
        return { deletedId: encodeGlobalID('Client', id) };
      },
    }),
  };
});
