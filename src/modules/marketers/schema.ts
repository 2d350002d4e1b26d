// Marketers: the directory, a marketer's clients, registration and status.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { signedIn } from '../../http/context.ts';
import { canSeeClientsOf, canSeeMarketer, visibleMarketers } from '../../policy/visibility.ts';
import { builder } from '../../schema/builder.ts';
import { findInViewerCompany, localId } from '../../schema/ids.ts';
import { deletedPayload, idInput, invitationField, personInputFields, ProfileStatusEnum, type Registered } from '../people/schema.ts';
import { personFilter } from '../people/service.ts';
import { deleteMarketer, registerMarketer, setMarketerStatus } from './service.ts';
import { byId } from '../session.ts';

export const MarketerType = builder.prismaNode('Marketer', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'Staff see every marketer; a marketer sees themself; a client sees their own marketer.',
  authScopes: (marketer, ctx) => !!ctx.viewer && canSeeMarketer(signedIn(ctx), marketer),
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
      cursor: 'companyId_id',
      description: 'Clients currently assigned to this marketer, newest first (active only unless asked). Staff and the marketer themself.',
      authScopes: (marketer, _args, ctx) => !!ctx.viewer && canSeeClientsOf(ctx.viewer, marketer.id),
      totalCount: true,
      args: { status: t.arg({ type: [ProfileStatusEnum], defaultValue: ['ACTIVE'] }) },
      query: (args) => ({ where: { status: { in: [...args.status] } }, orderBy: { seq: 'desc' } }),
    }),
  }),
});

const RegisterMarketerPayload = builder.objectRef<Registered>('RegisterMarketerPayload').implement({
  fields: (t) => ({
    marketer: t.prismaField({ type: 'Marketer', resolve: (query, p, _a, ctx) => ctx.db.marketer.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }) }),
    invitation: invitationField(t),
  }),
});

/** The payload of a mutation that changes one marketer: the marketer, read with the client's selection. */
const marketerPayload = (name: string, description: string) =>
  builder.objectRef<{ id: string }>(name).implement({
    description,
    fields: (t) => ({
      marketer: t.prismaField({ type: 'Marketer', description: 'The marketer, as it is now.', resolve: (query, p, _a, ctx) => ctx.db.marketer.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }) }),
    }),
  });

builder.queryFields((t) => ({
  marketers: t.withAuth({ can: 'LIST_MARKETERS' }).prismaConnection({
    type: 'Marketer',
    cursor: 'companyId_id',
    description: 'Newest first. Filter by text (name, email or UID) and status (active only unless asked).',
    args: {
      search: t.arg.string({ required: false }),
      status: t.arg({ type: [ProfileStatusEnum], defaultValue: ['ACTIVE'] }),
    },
    totalCount: (_root, args, ctx) => ctx.db.marketer.count({ where: personFilter(args.search, args.status) }),
    resolve: (query, _root, args, ctx) => ctx.db.marketer.findMany({ ...query, where: personFilter(args.search, args.status), orderBy: { seq: 'desc' } }),
  }),
  marketer: t.withAuth({ authenticated: true }).prismaField({
    type: 'Marketer',
    nullable: true,
    description: 'A marketer by UID (LPL-MKT003); null when there is none you may see.',
    args: { uid: t.arg.string() },
    resolve: async (query, _root, { uid }, ctx) =>
      ctx.db.marketer.findFirst({ ...query, where: { uid: uid.trim().toUpperCase(), ...(await visibleMarketers(ctx)) } }),
  }),
}));

builder.mutationFields((t) => {
  const manage = t.withAuth({ can: 'MANAGE_MARKETERS' });
  return {
    registerMarketer: manage.field({
      type: RegisterMarketerPayload,
      description: 'Registers a marketer; they get the next marketer UID of the company at once.',
      extensions: { registers: 'marketer' },
      args: { input: t.arg({ type: builder.inputType('RegisterMarketerInput', { fields: (f) => personInputFields(f) }) }) },
      resolve: (_root, { input }, ctx) => registerMarketer(ctx, input),
    }),
    archiveMarketer: manage.field({
      type: marketerPayload('ArchiveMarketerPayload', 'The archived marketer.'),
      description: 'Archived marketers keep their UID, drop out of listings and cannot sign in.',
      args: { input: t.arg({ type: idInput('ArchiveMarketerInput', 'The marketer to archive.', 'Marketer'), description: 'Which marketer.' }) },
      resolve: async (_root, { input }, ctx) => ({ id: await setMarketerStatus(ctx, localId(input.id, 'Marketer'), 'ARCHIVED') }),
    }),
    restoreMarketer: manage.field({
      type: marketerPayload('RestoreMarketerPayload', 'The restored marketer.'),
      description: 'Makes an archived marketer active again.',
      args: { input: t.arg({ type: idInput('RestoreMarketerInput', 'The marketer to restore.', 'Marketer'), description: 'Which marketer.' }) },
      resolve: async (_root, { input }, ctx) => ({ id: await setMarketerStatus(ctx, localId(input.id, 'Marketer'), 'ACTIVE') }),
    }),
    deleteMarketer: manage.field({
      type: deletedPayload('DeleteMarketerPayload', 'Which marketer was deleted.'),
      description: 'Deletes a marketer who was never assigned a client (archive the others, so assignment history stays whole). The UID number is never reused.',
      args: { input: t.arg({ type: idInput('DeleteMarketerInput', 'The marketer to delete.', 'Marketer'), description: 'Which marketer.' }) },
      resolve: async (_root, { input }, ctx) => {
        const id = localId(input.id, 'Marketer');
        await deleteMarketer(ctx, id);
        return { deletedId: encodeGlobalID('Marketer', id) };
      },
    }),
  };
});
