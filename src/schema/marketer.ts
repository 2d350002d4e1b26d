// Marketers: registration with a company-scoped UID (LPL-MKT003), the directory, and status.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { insertNumberedProfile } from '../domain/sequences.ts';
import { canSeeMarketer, visibleMarketers } from './access.ts';
import { builder } from './builder.ts';
import {
  PasswordInvitationType, ProfileStatusEnum, checkPerson, forgetPasswordIfNoRole, 
  localId, personFilter, personInputFields, searchText, registrant, type Invitation,
} from './people.ts';

export const MarketerType = builder.prismaNode('Marketer', {
  id: { field: 'id' },
  description: 'Staff see every marketer; a marketer sees themself; a client sees their own marketer.',
  authScopes: async (marketer, ctx) => canSeeMarketer(ctx, marketer),
  fields: (t) => ({
    uid: t.exposeString('uid', { description: 'Company-scoped ID, such as LPL-MKT003.' }),
    seq: t.exposeInt('seq', { description: 'The number in the UID.' }),
    fullName: t.exposeString('fullName'),
    email: t.string({ select: { user: { select: { email: true } } }, resolve: (m) => m.user.email }),
    phone: t.exposeString('phone', { nullable: true }),
    status: t.expose('status', { type: ProfileStatusEnum }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    user: t.relation('user'),
    clients: t.relatedConnection('clients', {
      cursor: 'id',
      description: "Clients currently assigned to this marketer, newest first (active only unless asked). Staff and the marketer themself.",
      authScopes: (marketer, _args, ctx) => ctx.viewer?.role === 'ADMIN' || ctx.viewer?.role === 'ANALYST' || ctx.viewer?.profileId === marketer.id,
      totalCount: true,
      args: { status: t.arg({ type: [ProfileStatusEnum], defaultValue: ['ACTIVE'] }) },
      query: (args) => ({ where: { status: { in: [...args.status] } }, orderBy: { seq: 'desc' } }),
    }),
  }),
});

async function findMarketer(ctx: Context, id: string | number) {
  const marketer = await ctx.db.marketer.findUnique({ where: { id: localId(id, 'Marketer', 'Marketer') } });
  if (!marketer) throw notFound('Marketer');
  return marketer;
}

const RegisterMarketerPayload = builder.objectRef<{ marketerId: string; invitation: Invitation | null }>('RegisterMarketerPayload').implement({
  fields: (t) => ({
    marketer: t.prismaField({
      type: 'Marketer',
      resolve: (query, p, _a, ctx) => ctx.db.marketer.findUniqueOrThrow({ ...query, where: { id: p.marketerId } }),
    }),
    invitation: t.field({
      type: PasswordInvitationType,
      nullable: true,
      description: 'Present for a person new to this company registered without a password.',
      resolve: (p) => p.invitation,
    }),
  }),
});

export const DeletedPayload = builder.objectRef<{ deletedId: string }>('DeletedPayload').implement({
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'Global id of what was deleted.' }) }),
});

builder.queryFields((t) => ({
  marketers: t.prismaConnection({
    type: 'Marketer',
    cursor: 'id',
    description: 'Newest first. Filter by text (name, email or UID) and status (active only unless asked).',
    authScopes: { staff: true },
    args: {
      search: t.arg.string({ required: false }),
      status: t.arg({ type: [ProfileStatusEnum], defaultValue: ['ACTIVE'] }),
    },
    totalCount: (_root, args, ctx) => ctx.db.marketer.count({ where: personFilter(searchText('search', args.search), args.status) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.marketer.findMany({ ...query, where: personFilter(searchText('search', args.search), args.status), orderBy: { seq: 'desc' } }),
  }),
  marketer: t.prismaField({
    type: 'Marketer',
    nullable: true,
    description: 'A marketer by UID (LPL-MKT003); null when there is none you may see.',
    authScopes: { authenticated: true },
    args: { uid: t.arg.string() },
    resolve: async (query, _root, { uid }, ctx) =>
      ctx.db.marketer.findFirst({ ...query, where: { uid: uid.trim().toUpperCase(), ...(await visibleMarketers(ctx)) } }),
  }),
}));

builder.mutationFields((t) => ({
  registerMarketer: t.field({
    type: RegisterMarketerPayload,
    description: 'Registers a marketer; they get the next marketer UID of the company at once.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: builder.inputType('RegisterMarketerInput', { fields: (f) => personInputFields(f) }) }) },
    resolve: async (_root, { input }, ctx) => {
      const person = await checkPerson(input);
      const { userId, invitation } = await registrant(ctx, person, 'marketer');
      // Everything else first: the counter's row stays locked from the allocation to the commit.
      const marketer = await insertNumberedProfile(ctx.db, 'MKT', { companyId: ctx.viewer!.companyId, userId, fullName: person.fullName, phone: person.phone });
      return { marketerId: marketer.id, invitation };
    },
  }),
  archiveMarketer: t.prismaField({
    type: 'Marketer',
    description: 'Archived marketers keep their UID, drop out of listings and cannot sign in.',
    authScopes: { admin: true },
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, ctx) => {
      const marketer = await findMarketer(ctx, id);
      return ctx.db.marketer.update({ ...query, where: { id: marketer.id }, data: { status: 'ARCHIVED', archivedAt: marketer.archivedAt ?? new Date() } });
    },
  }),
  restoreMarketer: t.prismaField({
    type: 'Marketer',
    authScopes: { admin: true },
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, ctx) => {
      const marketer = await findMarketer(ctx, id);
      return ctx.db.marketer.update({ ...query, where: { id: marketer.id }, data: { status: 'ACTIVE', archivedAt: null } });
    },
  }),
  deleteMarketer: t.field({
    type: DeletedPayload,
    description: 'Deletes a marketer who was never assigned a client (archive the others, so assignment history stays whole). The UID number is never reused.',
    authScopes: { admin: true },
    args: { id: t.arg.id() },
    resolve: async (_root, { id }, ctx) => {
      const marketer = await findMarketer(ctx, id);
      const assigned = (await ctx.db.clientMarketerAssignment.count({ where: { marketerId: marketer.id } })) + (await ctx.db.client.count({ where: { marketerId: marketer.id } }));
      if (assigned > 0) throw conflict('This marketer has clients or assignment history: archive them instead.', { field: 'id' });
      await ctx.db.marketer.delete({ where: { id: marketer.id } });
      await forgetPasswordIfNoRole(ctx, marketer.userId);
      return { deletedId: encodeGlobalID('Marketer', marketer.id) };
    },
  }),
}));
