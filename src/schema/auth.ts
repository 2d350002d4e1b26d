// Sign-in and the viewer. Wrong password, unknown email and unknown company all give the same
// UNAUTHENTICATED error, after the same amount of work, so none of them can be told apart.
import type { Context, Viewer } from '../context.ts';
import { companyIdForSlug } from '../db/lookups.ts';
import { switchCompany, type TenantTx } from '../db/tenant.ts';
import { requireSoleRootField, unauthenticated, userError } from '../domain/errors.ts';
import { PASSWORD_MAX_LENGTH, verifyPassword } from '../domain/passwords.ts';
import { ROLES, type Role, type TokenClaims } from '../domain/tokens.ts';
import { builder } from './builder.ts';

export const RoleEnum = builder.enumType('Role', {
  values: {
    ADMIN: { description: 'Company staff who manage everything.' },
    ANALYST: { description: 'Company staff who read everything and change nothing.' },
    MARKETER: { description: 'Sells plots to the clients assigned to them.' },
    CLIENT: { description: 'Buys plots.' },
  } as const,
});

/** The viewer's active roles in their company, most powerful first, each with its profile id. */
async function activeRoles(db: TenantTx, userId: string): Promise<{ role: Role; profileId: string }[]> {
  const [member, marketer, client] = await Promise.all([
    db.companyMember.findFirst({ where: { userId, status: 'ACTIVE' }, select: { id: true, role: true } }),
    db.marketer.findFirst({ where: { userId, status: 'ACTIVE' }, select: { id: true } }),
    db.client.findFirst({ where: { userId, status: 'ACTIVE' }, select: { id: true } }),
  ]);
  const roles: { role: Role; profileId: string }[] = [];
  if (member) roles.push({ role: member.role, profileId: member.id });
  if (marketer) roles.push({ role: 'MARKETER', profileId: marketer.id });
  if (client) roles.push({ role: 'CLIENT', profileId: client.id });
  return roles.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

/**
 * The viewer a token names, if the membership or profile it names is still active (an archived
 * or removed one loses access at once, whatever the token's expiry).
 */
export async function loadViewer(db: TenantTx, claims: TokenClaims): Promise<Viewer | null> {
  const { userId, profileId, role } = claims;
  const where = { id: profileId, userId, status: 'ACTIVE' as const };
  const found =
    role === 'ADMIN' || role === 'ANALYST' ? await db.companyMember.findFirst({ where: { ...where, role }, select: { id: true } })
    : role === 'MARKETER' ? await db.marketer.findFirst({ where, select: { id: true } })
    : await db.client.findFirst({ where, select: { id: true } });
  return found ? { ...claims } : null;
}

const ViewerType = builder.objectRef<Viewer>('Viewer').implement({
  description: 'Who is signed in, in which company, as what.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, resolve: (v) => v.role }),
    profileId: t.exposeID('profileId', { description: 'Id of the membership, marketer or client profile behind this sign-in.' }),
    user: t.prismaField({ type: 'User', resolve: (query, v, _a, ctx) => ctx.db.user.findUniqueOrThrow({ ...query, where: { id: v.userId } }) }),
    company: t.prismaField({ type: 'Company', resolve: (query, v, _a, ctx) => ctx.db.company.findUniqueOrThrow({ ...query, where: { id: v.companyId } }) }),
    client: t.prismaField({
      type: 'Client',
      nullable: true,
      description: 'Your client profile, when signed in as a client.',
      resolve: (query, v, _a, ctx) => (v.role === 'CLIENT' ? ctx.db.client.findUnique({ ...query, where: { id: v.profileId } }) : null),
    }),
    marketer: t.prismaField({
      type: 'Marketer',
      nullable: true,
      description: 'Your marketer profile, when signed in as a marketer.',
      resolve: (query, v, _a, ctx) => (v.role === 'MARKETER' ? ctx.db.marketer.findUnique({ ...query, where: { id: v.profileId } }) : null),
    }),
    roles: t.field({
      type: [RoleEnum],
      description: 'Every role this person may sign in with in this company.',
      resolve: async (v, _a, ctx) => (await activeRoles(ctx.db, v.userId)).map((r) => r.role),
    }),
  }),
});

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    company: t.string({ description: 'The company slug.' }),
    email: t.string(),
    password: t.string(),
    role: t.field({ type: RoleEnum, required: false, description: 'Which role to sign in as; the most powerful one when omitted.' }),
  }),
});

const LoginPayload = builder.objectRef<{ token: string; expiresAt: Date; viewer: Viewer }>('LoginPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>".' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    viewer: t.field({ type: ViewerType, resolve: (p) => p.viewer }),
  }),
});

const SIGN_IN_FAILED = 'Company, email or password is wrong.';

async function signIn(ctx: Context, input: { company: string; email: string; password: string; role?: Role | null }) {
  if (input.password.length > PASSWORD_MAX_LENGTH) throw unauthenticated(SIGN_IN_FAILED);
  const email = input.email.trim().toLowerCase();
  const limiterKey = `${input.company.trim().toLowerCase()}\n${email}`;
  const { loginLimiter } = ctx.services;
  const wait = loginLimiter.retryAfter(limiterKey);
  if (wait > 0) throw userError('RATE_LIMITED', 'Too many failed sign-ins: try again later.', { retryAfterSeconds: Math.ceil(wait / 1000) });

  const companyId = await companyIdForSlug(ctx.db, input.company.trim().toLowerCase());
  let user: { id: string; passwordHash: string | null } | null = null;
  if (companyId) {
    await switchCompany(ctx.db, ctx.scope, companyId, null);
    const found = await ctx.db.user.findUnique({ where: { email }, select: { id: true, credentials: { where: { companyId }, select: { passwordHash: true } } } });
    if (found) user = { id: found.id, passwordHash: found.credentials[0]?.passwordHash ?? null };
  }
  // Always verify (against a dummy hash when there is no password), so timing reveals nothing.
  const passwordOk = await verifyPassword(input.password, user?.passwordHash);
  const roles = user && passwordOk ? await activeRoles(ctx.db, user.id) : [];
  const chosen = input.role ? roles.find((r) => r.role === input.role) : roles[0];
  if (!companyId || !user || !chosen) {
    loginLimiter.fail(limiterKey);
    throw unauthenticated(SIGN_IN_FAILED);
  }
  loginLimiter.succeed(limiterKey);
  const viewer: Viewer = { userId: user.id, companyId, role: chosen.role, profileId: chosen.profileId };
  await switchCompany(ctx.db, ctx.scope, companyId, user.id);
  ctx.viewer = viewer;
  const { token, expiresAt } = await ctx.services.tokens.sign(viewer);
  return { token, expiresAt, viewer };
}

builder.queryFields((t) => ({
  me: t.field({
    type: ViewerType,
    nullable: true,
    description: 'The signed-in viewer; null without a token.',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
}));

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    authScopes: { public: true },
    args: { input: t.arg({ type: LoginInput }) },
    resolve: (_root, { input }, ctx, info) => {
      requireSoleRootField(info);
      return signIn(ctx, input);
    },
  }),
}));
