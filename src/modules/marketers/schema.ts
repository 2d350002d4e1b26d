// Marketers: the directory, a marketer's clients, registration and status.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { signedIn } from '../../schema/context.ts';
import type { Viewer } from '../../policy/roles.ts';
import { marketerRecords, VISIBLE } from '../../policy/visibility.ts';
import type { Marketer } from '../../generated/prisma/client.ts';
import { visibleRows, planned, seenOnParent } from '../../schema/planning.ts';
import { builder } from '../../schema/builder.ts';
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
import { badInput } from '../../shared/errors.ts';
import { orderByArg, orderInput } from '../../schema/ordering.ts';
import { RelativePeriodEnum } from '../../schema/scalars.ts';
import { CLIENT_FILTER_IDS, clientListArgs } from '../clients/schema.ts';
import { clientFilter, clientOrder } from '../clients/service.ts';
import {
  deleteMarketer,
  marketerOrder,
  type MARKETER_ORDER_FIELDS,
  registerMarketer,
  setMarketerStatus,
} from './service.ts';
import { byId } from '../../runtime/session.ts';
import { createdInPending, directoryFilter, resolveCreatedIn } from '../people/service.ts';

export const MarketerType = builder.prismaNode('Marketer', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'Staff see every marketer; a marketer sees themself; a client sees their own marketer.',
  ...visibleRows('Marketer'),
  fields: (t) => ({
    uid: t.exposeString('uid', { description: 'Company-scoped ID, such as LPL-MKT003.' }),
    seq: t.exposeInt('seq', { description: 'The number in the UID.' }),
    fullName: t.exposeString('fullName', { description: "The marketer's name as the company records it." }),
    email: t.string({
      description: 'Their email, which they sign in with.',
      select: { user: { select: { email: true } } },
      resolve: (m) => m.user.email,
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
    clients: t.relatedConnection('clients', {
      cursor: 'companyId_id',
      description:
        'Clients currently assigned to this marketer, newest first (active only unless asked). Staff and the marketer themself. Registration times filter by createdFrom and createdTo here (createdIn: the clients list).',
      ...seenOnParent('Marketer', marketerRecords),
      totalCount: true,
      args: {
        status: t.arg({
          type: [ProfileStatusEnum],
          defaultValue: ['ACTIVE'],
          description: 'Clients in any of these states.',
        }),
        ...clientListArgs(t.arg),
      },
      query: (args) => {
        if (args.filter?.createdIn != null)
          throw badInput('filter.createdIn', 'Give createdFrom and createdTo here; the clients list takes createdIn.');
        return {
          where: clientFilter(args, decodeIds(args.filter, CLIENT_FILTER_IDS)),
          orderBy: clientOrder(args.orderBy),
        };
      },
    }),
  }),
});

const RegisterMarketerPayload = builder.objectRef<Registered>('RegisterMarketerPayload').implement({
  description: 'The marketer registered, and their invitation when they have no password yet.',
  fields: (t) => ({
    marketer: t.prismaField({
      type: 'Marketer',
      description: 'The new marketer, with their UID.',
      resolve: (query, p, _a, ctx) =>
        insertedRow<Marketer>(query, p) ??
        ctx.db.marketer.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
    }),
    invitation: invitationField(t),
  }),
});

/** The payload of a mutation that changes one marketer: the marketer, read with the client's selection. */
const marketerPayload = (name: string, description: string) =>
  builder.objectRef<{ id: string }>(name).implement({
    description,
    fields: (t) => ({
      marketer: t.prismaField({
        type: 'Marketer',
        description: 'The marketer, as it is now.',
        resolve: (query, p, _a, ctx) =>
          ctx.db.marketer.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
      }),
    }),
  });

const MarketerFilterInput = builder.inputType('MarketerFilter', {
  description: 'Which marketers to list: every field given must match.',
  fields: (t) => ({
    search: t.string({ required: false, description: 'Text in the name, email or UID (up to 200 characters).' }),
    status: t.field({
      type: [ProfileStatusEnum],
      required: false,
      description: "Marketers in any of these states; takes the place of the list's status argument.",
    }),
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

const MarketerOrderInput = orderInput('MarketerOrder', 'marketers', {
  CREATED_AT: 'When they were registered.',
  UID: 'Their UID number (registration order).',
  FULL_NAME: 'Their name as the company records it.',
  CLIENTS: 'How many clients are assigned to them now.',
  SALES: 'How many sales are credited to them.',
} satisfies Record<(typeof MARKETER_ORDER_FIELDS)[number], string>);

type MarketersArgs = Parameters<typeof directoryFilter>[0] & {
  filter?: Parameters<typeof directoryFilter>[1];
  orderBy?: Parameters<typeof marketerOrder>[0];
};
/** What `marketers` reads. */
const marketersQuery = (args: MarketersArgs, filter = args.filter) => ({
  where: directoryFilter(args, filter),
  orderBy: marketerOrder(args.orderBy),
});
/** What `marketer(uid:)` reads. */
const marketerByUid = ({ uid }: { uid: string }, viewer: Viewer) => ({
  where: { AND: [{ uid: uid.trim().toUpperCase() }, VISIBLE.Marketer(viewer)] },
});

builder.queryFields((t) => ({
  marketers: t.withAuth({ can: 'LIST_MARKETERS' }).prismaConnection({
    type: 'Marketer',
    cursor: 'companyId_id',
    description:
      'Newest first unless orderBy says otherwise. Filter by text (name, email or UID), status (active only unless asked) and `filter`.',
    args: {
      search: t.arg.string({ required: false, description: 'Text in the name, email or UID (up to 200 characters).' }),
      status: t.arg({
        type: [ProfileStatusEnum],
        defaultValue: ['ACTIVE'],
        description: 'Marketers in any of these states.',
      }),
      filter: t.arg({
        type: MarketerFilterInput,
        required: false,
        description: 'Only the marketers that match every field given.',
      }),
      orderBy: orderByArg(t.arg, MarketerOrderInput, 'newest first'),
    },
    // A relative period takes a statement first: the planner leaves it to the resolvers.
    extensions: planned({
      kind: 'rows',
      model: 'Marketer',
      query: (args) => (createdInPending((args as MarketersArgs).filter) ? null : marketersQuery(args as never)),
    }),
    totalCount: async (_root, args, ctx) =>
      ctx.db.marketer.count({ where: marketersQuery(args, await resolveCreatedIn(ctx, args.filter)).where }),
    resolve: async (query, _root, args, ctx) =>
      ctx.db.marketer.findMany({ ...query, ...marketersQuery(args, await resolveCreatedIn(ctx, args.filter)) }),
  }),
  marketer: t.withAuth({ authenticated: true }).prismaField({
    type: 'Marketer',
    nullable: true,
    description: 'A marketer by UID (LPL-MKT003); null when there is none you may see.',
    args: { uid: t.arg.string({ description: 'The UID, such as LPL-MKT003 (any case).' }) },
    extensions: planned({
      kind: 'rows',
      model: 'Marketer',
      query: (args, s) => marketerByUid(args as never, s.viewer),
    }),
    resolve: (query, _root, args, ctx) => ctx.db.marketer.findFirst({ ...query, ...marketerByUid(args, ctx.viewer) }),
  }),
}));

builder.mutationFields((t) => {
  const manage = t.withAuth({ can: 'MANAGE_MARKETERS' });
  return {
    registerMarketer: manage.field({
      type: RegisterMarketerPayload,
      description: 'Registers a marketer; they get the next marketer UID of the company at once.',
      extensions: { registers: 'marketer' },
      args: {
        input: t.arg({
          type: builder.inputType('RegisterMarketerInput', {
            description: "A new marketer's details.",
            fields: (f) => personInputFields(f),
          }),
          description: 'The marketer.',
        }),
      },
      resolve: (_root, { input }, ctx) => registerMarketer(ctx, input),
    }),
    archiveMarketer: manage.field({
      type: marketerPayload('ArchiveMarketerPayload', 'The archived marketer.'),
      description: 'Archived marketers keep their UID, drop out of listings and cannot sign in.',
      args: {
        input: t.arg({
          type: idInput('ArchiveMarketerInput', 'The marketer to archive.', 'Marketer'),
          description: 'Which marketer.',
        }),
      },
      resolve: async (_root, { input }, ctx) => ({
        id: await setMarketerStatus(ctx, localId(input.id, 'Marketer'), 'ARCHIVED'),
      }),
    }),
    restoreMarketer: manage.field({
      type: marketerPayload('RestoreMarketerPayload', 'The restored marketer.'),
      description: 'Makes an archived marketer active again.',
      args: {
        input: t.arg({
          type: idInput('RestoreMarketerInput', 'The marketer to restore.', 'Marketer'),
          description: 'Which marketer.',
        }),
      },
      resolve: async (_root, { input }, ctx) => ({
        id: await setMarketerStatus(ctx, localId(input.id, 'Marketer'), 'ACTIVE'),
      }),
    }),
    deleteMarketer: manage.field({
      type: deletedPayload('DeleteMarketerPayload', 'Which marketer was deleted.'),
      description:
        'Deletes a marketer who was never assigned a client (archive the others, so assignment history stays whole). The UID number is never reused.',
      args: {
        input: t.arg({
          type: idInput('DeleteMarketerInput', 'The marketer to delete.', 'Marketer'),
          description: 'Which marketer.',
        }),
      },
      resolve: async (_root, { input }, ctx) => {
        const id = localId(input.id, 'Marketer');
        await deleteMarketer(ctx, id);
        return { deletedId: encodeGlobalID('Marketer', id) };
      },
    }),
  };
});
