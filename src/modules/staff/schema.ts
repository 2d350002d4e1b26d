// Company staff (admins and analysts): the list, adding a member, archiving and restoring.
import { signedIn } from '../../schema/context.ts';
import { planned } from '../../schema/planning.ts';
import type { ProfileStatus } from '../people/service.ts';
import { builder } from '../../schema/builder.ts';
import { findInViewerCompany, localId } from '../../schema/ids.ts';
import { invitationField, personInputFields, ProfileStatusEnum, type Registered } from '../people/schema.ts';
import { addStaffMember, setStaffMemberStatus } from './service.ts';
import { byId } from '../../runtime/session.ts';

const StaffRoleEnum = builder.enumType('StaffRole', {
  description: 'What a staff member does.',
  values: {
    ADMIN: { description: 'Manages everything: people, estates, sales, payments and settings.' },
    ANALYST: { description: 'Reads everything, insights included, and changes nothing.' },
  } as const,
});

builder.prismaNode('StaffMember', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'Company staff: an admin or an analyst. Visible to staff.',
  authScopes: { can: 'READ_STAFF' },
  fields: (t) => ({
    fullName: t.exposeString('fullName', { description: "The staff member's name as the company records it." }),
    email: t.string({
      description: 'Their email, which they sign in with.',
      select: { user: { select: { email: true } } },
      resolve: (m) => m.user.email,
      extensions: planned({ kind: 'column', path: ['user', 'email'] }),
    }),
    phone: t.exposeString('phone', { nullable: true, description: 'Their phone number (+ and digits).' }),
    role: t.expose('role', { type: StaffRoleEnum, description: 'Admin or analyst.' }),
    status: t.expose('status', { type: ProfileStatusEnum, description: 'Active, or archived (cannot sign in).' }),
    archivedAt: t.expose('archivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When they were first archived; null while active.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When they were added.' }),
    user: t.relation('user', { description: 'The person behind this profile, as the company knows them.' }),
  }),
});

const AddStaffMemberPayload = builder.objectRef<Registered>('AddStaffMemberPayload').implement({
  description: 'The staff member added, and their invitation when they must choose a password.',
  fields: (t) => ({
    member: t.prismaField({
      type: 'StaffMember',
      description: 'The new staff member.',
      resolve: (query, p, _a, ctx) =>
        ctx.db.staffMember.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
    }),
    invitation: invitationField(t),
  }),
});

const SetStaffMemberStatusInput = builder.inputType('SetStaffMemberStatusInput', {
  description: 'A staff member and their new status.',
  fields: (t) => ({
    id: t.id({ description: 'Global id of the StaffMember.' }),
    status: t.field({
      type: ProfileStatusEnum,
      description: 'ARCHIVED ends their access at once; ACTIVE restores it.',
    }),
  }),
});

const SetStaffMemberStatusPayload = builder.objectRef<{ id: string }>('SetStaffMemberStatusPayload').implement({
  description: 'The staff member whose status was set.',
  fields: (t) => ({
    member: t.prismaField({
      type: 'StaffMember',
      description: 'The staff member, as they are now.',
      resolve: (query, p, _a, ctx) =>
        ctx.db.staffMember.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
    }),
  }),
});

/** What `staffMembers` reads: oldest first. */
const staffQuery = (args: { status: readonly ProfileStatus[] }) => ({
  where: { status: { in: [...args.status] } },
  orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
});

builder.queryFields((t) => ({
  staffMembers: t.withAuth({ can: 'READ_STAFF' }).prismaConnection({
    type: 'StaffMember',
    cursor: 'companyId_id',
    description: 'Admins and analysts of the company, oldest first (active only unless asked).',
    args: {
      status: t.arg({
        type: [ProfileStatusEnum],
        defaultValue: ['ACTIVE'],
        description: 'Staff in any of these states.',
      }),
    },
    extensions: planned({ kind: 'rows', model: 'StaffMember', query: (args) => staffQuery(args as never) }),
    totalCount: (_root, args, ctx) => ctx.db.staffMember.count({ where: staffQuery(args).where }),
    resolve: (query, _root, args, ctx) => ctx.db.staffMember.findMany({ ...query, ...staffQuery(args) }),
  }),
}));

builder.mutationFields((t) => ({
  addStaffMember: t.withAuth({ can: 'MANAGE_STAFF' }).field({
    type: AddStaffMemberPayload,
    description: 'Adds an admin or an analyst (analysts read everything and change nothing).',
    args: {
      input: t.arg({
        type: builder.inputType('AddStaffMemberInput', {
          description: "A new staff member's details and role.",
          fields: (f) => ({
            ...personInputFields(f),
            role: f.field({ type: StaffRoleEnum, description: 'Admin or analyst.' }),
          }),
        }),
        description: 'The staff member.',
      }),
    },
    resolve: (_root, { input }, ctx) => addStaffMember(ctx, input),
  }),
  setStaffMemberStatus: t.withAuth({ can: 'MANAGE_STAFF' }).field({
    type: SetStaffMemberStatusPayload,
    description: 'Archive (access ends at once) or restore a staff member. The last active admin cannot be archived.',
    args: { input: t.arg({ type: SetStaffMemberStatusInput, description: 'Who, and their new status.' }) },
    resolve: async (_root, { input }, ctx) => ({
      id: await setStaffMemberStatus(ctx, localId(input.id, 'StaffMember'), input.status),
    }),
  }),
}));
