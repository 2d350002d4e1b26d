// Sign-in and the viewer check. Wrong password, unknown email and unknown company all give the
// same UNAUTHENTICATED error, after the same amount of work, so none of them can be told apart.
import { companyIdForSlug } from '../../db/cross-company.ts';
import type { TenantTx } from '../../db/tenant.ts';
import { ROLES, type Role, type Viewer } from '../../policy/roles.ts';
import { rateLimited, unauthenticated } from '../../shared/errors.ts';
import { PASSWORD_MAX_LENGTH } from '../../shared/validation.ts';
import type { PublicSession } from '../session.ts';
import { verifyPassword } from './passwords.ts';
import type { TokenClaims } from './tokens.ts';

/** A person's active roles in the transaction's company, most powerful first, each with its profile id. */
export async function activeRoles(db: TenantTx, userId: string): Promise<{ role: Role; profileId: string }[]> {
  const [member, marketer, client] = await Promise.all([
    db.staffMember.findFirst({ where: { userId, status: 'ACTIVE' }, select: { id: true, role: true } }),
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
    role === 'ADMIN' || role === 'ANALYST' ? await db.staffMember.findFirst({ where: { ...where, role }, select: { id: true } })
    : role === 'MARKETER' ? await db.marketer.findFirst({ where, select: { id: true } })
    : await db.client.findFirst({ where, select: { id: true } });
  return found ? { userId, companyId: claims.companyId, role, profileId } : null;
}

export interface SignInInput {
  company: string;
  email: string;
  password: string;
  role?: Role | null;
}

export interface SignedIn {
  viewer: Viewer;
  token: string;
  expiresAt: Date;
}

const SIGN_IN_FAILED = 'Company, email or password is wrong.';

/** Signs in to a company; the session then acts for the signed-in viewer. */
export async function signIn(session: PublicSession, input: SignInInput): Promise<SignedIn> {
  if (input.password.length > PASSWORD_MAX_LENGTH) throw unauthenticated(SIGN_IN_FAILED);
  const slug = input.company.trim().toLowerCase();
  const email = input.email.trim().toLowerCase();
  const limiterKey = `${slug}\n${email}`;
  const { loginLimiter, tokens } = session.runtime;
  const wait = loginLimiter.retryAfter(limiterKey);
  if (wait > 0) throw rateLimited('Too many failed sign-ins: try again later.', Math.ceil(wait / 1000));

  const companyId = await companyIdForSlug(session.db, slug);
  let user: { id: string; passwordHash: string | null } | null = null;
  let roles: { role: Role; profileId: string }[] = [];
  if (companyId) {
    await session.switchCompany(companyId, null);
    const found = await session.db.user.findUnique({ where: { email }, select: { id: true, credentials: { where: { companyId }, select: { passwordHash: true } } } });
    if (found) user = { id: found.id, passwordHash: found.credentials[0]?.passwordHash ?? null };
    if (user) roles = await activeRoles(session.db, user.id);
  }
  // Nothing more to read: end the transaction before the slow hash, which then holds no connection.
  await session.commit();
  // Always verify (against a dummy hash when there is no password), so timing reveals nothing.
  const passwordOk = await verifyPassword(input.password, user?.passwordHash);
  const chosen = passwordOk ? (input.role ? roles.find((r) => r.role === input.role) : roles[0]) : undefined;
  if (!companyId || !user || !chosen) {
    loginLimiter.fail(limiterKey);
    throw unauthenticated(SIGN_IN_FAILED);
  }
  loginLimiter.succeed(limiterKey);
  const viewer: Viewer = { userId: user.id, companyId, role: chosen.role, profileId: chosen.profileId };
  await session.switchCompany(companyId, user.id);
  session.viewer = viewer;
  return { viewer, ...(await tokens.sign(viewer)) };
}
