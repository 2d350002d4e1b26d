// Clients: registration with a company-scoped UID (LPL-CLT005) by an admin or a marketer, the
// directory, and status. A marketer sees only the clients assigned to them.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { badInput, forbidden, notFound } from '../domain/errors.ts';
import { insertNumberedProfile } from '../domain/sequences.ts';
import { canSeeClient } from './access.ts';
import { builder } from './builder.ts';
import { DeletedPayload } from './marketer.ts';
import {
  PasswordInvitationType, ProfileStatusEnum, checkPerson, forgetPasswordIfNoRole, 
  localId, personFilter, personInputFields, searchText, registrant, type Invitation,
} from './people.ts';

export const ClientType = builder.prismaNode('Client', {
  id: { field: 'id' },
  description: 'Staff see every client; a marketer sees the clients assigned to them; a client sees themself.',
  authScopes: (client, ctx) => canSeeClient(ctx, client),
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

/** Clients the viewer may list: all for staff, their own for a marketer. */
function visibleClients(ctx: Context) {
  return ctx.viewer!.role === 'MARKETER' ? { marketerId: ctx.viewer!.profileId } : {};
}

async function findClient(ctx: Context, id: string | number) {
  const client = await ctx.db.client.findUnique({ where: { id: localId(id, 'Client', 'Client') } });
  if (!client) throw notFound('Client');
  return client;
}

/** The marketer a new client is assigned to: the registering marketer, or the one an admin names. */
async function marketerForRegistration(ctx: Context, marketerId: string | number | null | undefined): Promise<string | null> {
  const viewer = ctx.viewer!;
  if (viewer.role === 'MARKETER') {
    if (marketerId && localId(marketerId, 'Marketer') !== viewer.profileId) throw forbidden('A marketer registers clients for themself.');
    return viewer.profileId;
  }
  if (!marketerId) return null;
  const marketer = await ctx.db.marketer.findUnique({ where: { id: localId(marketerId, 'Marketer', 'Marketer') }, select: { id: true, status: true } });
  if (!marketer) throw notFound('Marketer');
  if (marketer.status !== 'ACTIVE') throw badInput('marketerId', 'This marketer is archived.');
  return marketer.id;
}

const RegisterClientPayload = builder.objectRef<{ clientId: string; invitation: Invitation | null }>('RegisterClientPayload').implement({
  fields: (t) => ({
    client: t.prismaField({
      type: 'Client',
      resolve: (query, p, _a, ctx) => ctx.db.client.findUniqueOrThrow({ ...query, where: { id: p.clientId } }),
    }),
    invitation: t.field({
      type: PasswordInvitationType,
      nullable: true,
      description: 'Present for a person new to this company registered without a password.',
      resolve: (p) => p.invitation,
    }),
  }),
});

builder.queryFields((t) => ({
  clients: t.prismaConnection({
    type: 'Client',
    cursor: 'id',
    description: 'Newest first. Staff see all clients, a marketer their own. Filter by text (name, email or UID) and status (active only unless asked).',
    authScopes: { staff: true, marketer: true },
    args: {
      search: t.arg.string({ required: false }),
      status: t.arg({ type: [ProfileStatusEnum], defaultValue: ['ACTIVE'] }),
    },
    totalCount: (_root, args, ctx) =>
      ctx.db.client.count({ where: { ...visibleClients(ctx), ...personFilter(searchText('search', args.search), args.status) } }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.client.findMany({
        ...query,
        where: { ...visibleClients(ctx), ...personFilter(searchText('search', args.search), args.status) },
        orderBy: { seq: 'desc' },
      }),
  }),
  client: t.prismaField({
    type: 'Client',
    nullable: true,
    description: 'A client by UID (LPL-CLT005); null when there is none you may see.',
    authScopes: { authenticated: true },
    args: { uid: t.arg.string() },
    resolve: (query, _root, { uid }, ctx) => {
      const viewer = ctx.viewer!;
      const own = viewer.role === 'CLIENT' ? { id: viewer.profileId } : visibleClients(ctx);
      return ctx.db.client.findFirst({ ...query, where: { uid: uid.trim().toUpperCase(), ...own } });
    },
  }),
}));

builder.mutationFields((t) => ({
  registerClient: t.field({
    type: RegisterClientPayload,
    description: 'Registers a client; they get the next client UID of the company at once. A marketer registers clients for themself.',
    authScopes: { admin: true, marketer: true },
    args: {
      input: t.arg({
        type: builder.inputType('RegisterClientInput', {
          fields: (f) => ({ ...personInputFields(f), marketerId: f.id({ required: false, description: 'Assign to this marketer (admins).' }) }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const person = await checkPerson(input);
      const marketerId = await marketerForRegistration(ctx, input.marketerId);
      const { userId, invitation } = await registrant(ctx, person, 'client');
      // Everything else first: the counter's row stays locked from the allocation to the commit.
      const client = await insertNumberedProfile(ctx.db, 'CLT', { companyId: ctx.viewer!.companyId, userId, fullName: person.fullName, phone: person.phone, marketerId });
      if (marketerId) {
        await ctx.db.clientMarketerAssignment.create({ data: { companyId: ctx.viewer!.companyId, clientId: client.id, marketerId, assignedByUserId: ctx.viewer!.userId } });
      }
      return { clientId: client.id, invitation };
    },
  }),
  archiveClient: t.prismaField({
    type: 'Client',
    description: 'Archived clients keep their UID, drop out of listings and cannot sign in.',
    authScopes: { admin: true },
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, ctx) => {
      const client = await findClient(ctx, id);
      return ctx.db.client.update({ ...query, where: { id: client.id }, data: { status: 'ARCHIVED', archivedAt: client.archivedAt ?? new Date() } });
    },
  }),
  restoreClient: t.prismaField({
    type: 'Client',
    authScopes: { admin: true },
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, ctx) => {
      const client = await findClient(ctx, id);
      return ctx.db.client.update({ ...query, where: { id: client.id }, data: { status: 'ACTIVE', archivedAt: null } });
    },
  }),
  deleteClient: t.field({
    type: DeletedPayload,
    description: 'Deletes the client profile. The UID number is never handed out again.',
    authScopes: { admin: true },
    args: { id: t.arg.id() },
    resolve: async (_root, { id }, ctx) => {
      const client = await findClient(ctx, id);
      await ctx.db.client.delete({ where: { id: client.id } });
      await forgetPasswordIfNoRole(ctx, client.userId);
      return { deletedId: encodeGlobalID('Client', client.id) };
    },
  }),
}));
