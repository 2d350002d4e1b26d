// Sign-in (`login`), the signed-in viewer (`me`) and what they may do.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { PERMISSIONS, permissionsOf } from '../../policy/permissions.ts';
import type { Role, Viewer } from '../../policy/roles.ts';
import { builder } from '../../schema/builder.ts';
import { unauthenticated } from '../../shared/errors.ts';
import { activeRoles, signIn, type SignedIn } from './service.ts';
import { byId } from '../../runtime/session.ts';

export const RoleEnum = builder.enumType('Role', {
  description: 'What a signed-in person is to the company; `me { permissions }` says what it lets them do.',
  values: {
    ADMIN: { description: 'Company staff who manage everything.' },
    ANALYST: { description: 'Company staff who read everything and change nothing.' },
    MARKETER: { description: 'Sells plots to the clients assigned to them.' },
    CLIENT: { description: 'Buys plots.' },
  } as const,
});

const PermissionEnum = builder.enumType('Permission', {
  description: "Something a role may do; `me { permissions }` lists the viewer's.",
  values: Object.fromEntries(
    Object.entries(PERMISSIONS).map(([name, p]) => [name, { description: p.description }]),
  ) as Record<keyof typeof PERMISSIONS, { description: string }>,
});

/** The GraphQL type behind a role's profile (its Relay id's type). */
const PROFILE_TYPE: Record<Role, string> = {
  ADMIN: 'StaffMember',
  ANALYST: 'StaffMember',
  MARKETER: 'Marketer',
  CLIENT: 'Client',
};

const ViewerType = builder.objectRef<Viewer>('Viewer').implement({
  description: 'Who is signed in, in which company, as what.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, description: 'The role this sign-in acts as.', resolve: (v) => v.role }),
    profileId: t.id({
      description: 'Relay id of the staff membership, marketer or client profile behind this sign-in.',
      resolve: (v) => encodeGlobalID(PROFILE_TYPE[v.role], v.profileId),
    }),
    permissions: t.field({
      type: [PermissionEnum],
      description: 'What this sign-in may do, so a UI offers only that.',
      resolve: (v) => permissionsOf(v),
    }),
    user: t.prismaField({
      type: 'User',
      description: 'The person signed in.',
      resolve: (query, v, _a, ctx) =>
        ctx.db.user.findUniqueOrThrow({ ...query, where: { companyId_id: { companyId: v.companyId, id: v.userId } } }),
    }),
    company: t.prismaField({
      type: 'Company',
      description: 'The company signed in to.',
      resolve: (query, v, _a, ctx) => ctx.db.company.findUniqueOrThrow({ ...query, where: { id: v.companyId } }),
    }),
    client: t.prismaField({
      type: 'Client',
      nullable: true,
      description: 'Your client profile, when signed in as a client.',
      resolve: (query, v, _a, ctx) =>
        v.role === 'CLIENT' ? ctx.db.client.findUnique({ ...query, where: byId({ viewer: v }, v.profileId) }) : null,
    }),
    marketer: t.prismaField({
      type: 'Marketer',
      nullable: true,
      description: 'Your marketer profile, when signed in as a marketer.',
      resolve: (query, v, _a, ctx) =>
        v.role === 'MARKETER'
          ? ctx.db.marketer.findUnique({ ...query, where: byId({ viewer: v }, v.profileId) })
          : null,
    }),
    roles: t.field({
      type: [RoleEnum],
      description: 'Every role this person may sign in with in this company.',
      resolve: async (v, _a, ctx) => (await activeRoles(ctx.db, v.userId)).map((r) => r.role),
    }),
  }),
});

const LoginInput = builder.inputType('LoginInput', {
  description: 'Who signs in, to which company.',
  fields: (t) => ({
    company: t.string({ description: 'The company slug.' }),
    email: t.string({ description: 'Their email address.' }),
    password: t.string({ description: 'Their password for this company.' }),
    role: t.field({
      type: RoleEnum,
      required: false,
      description: 'Which role to sign in as; the most powerful one when omitted.',
    }),
  }),
});

const LoginPayload = builder.objectRef<SignedIn>('LoginPayload').implement({
  description: 'A sign-in: the token to send, and who it is for.',
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>".' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When the token stops working (sign in again then).',
    }),
    viewer: t.field({ type: ViewerType, description: 'Who is signed in, and as what.', resolve: (p) => p.viewer }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: ViewerType,
    nullable: true,
    description:
      'The signed-in viewer; null without a token (UNAUTHENTICATED, saying why, for an expired, invalid or withdrawn one).',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => {
      if (ctx.tokenProblem) throw unauthenticated(ctx.tokenProblem);
      return ctx.viewer;
    },
  }),
}));

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description: 'Signs in to a company. Must be the only field of its operation.',
    authScopes: { public: true },
    extensions: { soleRootField: true },
    args: { input: t.arg({ type: LoginInput, description: 'The company, email and password.' }) },
    resolve: (_root, { input }, ctx) => signIn(ctx, input, ctx.clientAddress),
  }),
}));
