// Company staff: admins add admins and analysts, archive and restore them. At least one active
// admin always remains, so a company can never lock itself out.
import type { Context } from '../context.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { builder } from './builder.ts';
import {
  PasswordInvitationType, ProfileStatusEnum, checkPerson, localId, personInputFields,
  registrant, type Invitation,
} from './people.ts';

const StaffRoleEnum = builder.enumType('StaffRole', { values: ['ADMIN', 'ANALYST'] as const });

builder.prismaNode('CompanyMember', {
  id: { field: 'id' },
  name: 'StaffMember',
  description: 'Company staff: an admin or an analyst. Visible to staff.',
  authScopes: { staff: true },
  fields: (t) => ({
    fullName: t.exposeString('fullName'),
    email: t.string({ select: { user: { select: { email: true } } }, resolve: (m) => m.user.email }),
    phone: t.exposeString('phone', { nullable: true }),
    role: t.field({ type: StaffRoleEnum, resolve: (m) => m.role }),
    status: t.expose('status', { type: ProfileStatusEnum }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    user: t.relation('user'),
  }),
});

const AddStaffMemberPayload = builder.objectRef<{ memberId: string; invitation: Invitation | null }>('AddStaffMemberPayload').implement({
  fields: (t) => ({
    member: t.prismaField({
      type: 'CompanyMember',
      resolve: (query, p, _a, ctx) => ctx.db.companyMember.findUniqueOrThrow({ ...query, where: { id: p.memberId } }),
    }),
    invitation: t.field({
      type: PasswordInvitationType,
      nullable: true,
      description: 'Present for a person new to this company added without a password.',
      resolve: (p) => p.invitation,
    }),
  }),
});

async function activeAdmins(ctx: Context): Promise<number> {
  return ctx.db.companyMember.count({ where: { role: 'ADMIN', status: 'ACTIVE' } });
}

builder.queryFields((t) => ({
  staffMembers: t.prismaConnection({
    type: 'CompanyMember',
    cursor: 'id',
    description: 'Admins and analysts of the company, oldest first (active only unless asked).',
    authScopes: { staff: true },
    args: { status: t.arg({ type: [ProfileStatusEnum], defaultValue: ['ACTIVE'] }) },
    totalCount: (_root, args, ctx) => ctx.db.companyMember.count({ where: { status: { in: [...args.status] } } }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.companyMember.findMany({ ...query, where: { status: { in: [...args.status] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
}));

builder.mutationFields((t) => ({
  addStaffMember: t.field({
    type: AddStaffMemberPayload,
    description: 'Adds an admin or an analyst (analysts read everything and change nothing).',
    authScopes: { admin: true },
    args: {
      input: t.arg({
        type: builder.inputType('AddStaffMemberInput', { fields: (f) => ({ ...personInputFields(f), role: f.field({ type: StaffRoleEnum }) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const person = await checkPerson(input);
      const { userId, invitation } = await registrant(ctx, person, 'member');
      const member = await ctx.db.companyMember.create({
        data: { companyId: ctx.viewer!.companyId, userId, fullName: person.fullName, phone: person.phone, role: input.role },
      });
      return { memberId: member.id, invitation };
    },
  }),
  setStaffMemberStatus: t.prismaField({
    type: 'CompanyMember',
    description: 'Archive (access ends at once) or restore a staff member. The last active admin cannot be archived.',
    authScopes: { admin: true },
    args: { id: t.arg.id(), status: t.arg({ type: ProfileStatusEnum }) },
    resolve: async (query, _root, { id, status }, ctx) => {
      const memberId = localId(id, 'StaffMember');
      // Serialises staff changes within the company, so two admins cannot archive each other at once.
      await ctx.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('staff:' || ${ctx.viewer!.companyId}))`;
      const member = await ctx.db.companyMember.findUnique({ where: { id: memberId } });
      if (!member) throw notFound('StaffMember');
      if (status === 'ARCHIVED' && member.role === 'ADMIN' && member.status === 'ACTIVE' && (await activeAdmins(ctx)) <= 1) {
        throw conflict('This is the last active admin: add another admin first.', { field: 'id' });
      }
      return ctx.db.companyMember.update({
        ...query,
        where: { id: member.id },
        data: { status, archivedAt: status === 'ARCHIVED' ? (member.archivedAt ?? new Date()) : null },
      });
    },
  }),
}));
