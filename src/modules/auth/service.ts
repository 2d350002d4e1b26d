// Sign-in. Wrong password, unknown email and unknown company all give the
// same UNAUTHENTICATED error, after the same amount of work, so none of them can be told apart.
import { companyIdForSlug } from '../../db/cross-company.ts';
import type { TenantTx } from '../../db/tenant.ts';
import { ROLES, type Role, type Viewer } from '../../policy/roles.ts';
import { rateLimited, unauthenticated } from '../../shared/errors.ts';
import { PASSWORD_MAX_LENGTH } from '../../shared/validation.ts';
import type { PublicSession } from '../../runtime/session.ts';

export interface ActiveRole {
  role: Role;
  profileId: string;
  /** The profile's token generation (a token names it). */
  generation: number;
}

/** A person's active roles in the transaction's company, most powerful first. */
export async function activeRoles(db: TenantTx, userId: string): Promise<ActiveRole[]> {
  const where = { userId, status: 'ACTIVE' as const };
  const select = { id: true, tokenGeneration: true };
  const [member, marketer, client] = await Promise.all([
    db.staffMember.findFirst({ where, select: { ...select, role: true } }),
    db.marketer.findFirst({ where, select }),
    db.client.findFirst({ where, select }),
  ]);
  const roles: ActiveRole[] = [];
  if (member) roles.push({ role: member.role, profileId: member.id, generation: member.tokenGeneration });
  if (marketer) roles.push({ role: 'MARKETER', profileId: marketer.id, generation: marketer.tokenGeneration });
  if (client) roles.push({ role: 'CLIENT', profileId: client.id, generation: client.tokenGeneration });
  return roles.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
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
export async function signIn(
  session: PublicSession,
  input: SignInInput,
  source: string | null = null,
): Promise<SignedIn> {
  if (input.password.length > PASSWORD_MAX_LENGTH) throw unauthenticated(SIGN_IN_FAILED);
  const slug = input.company.trim().toLowerCase();
  const email = input.email.trim().toLowerCase();
  const { signInLimiter, tokens, passwords } = session.runtime;
  const attempt = { companySlug: slug, email, source };
  const { wait, taken } = await signInLimiter.attempt(attempt);
  if (wait > 0) throw rateLimited('Too many failed sign-ins: try again later.', wait);

  const companyId = await companyIdForSlug(session.db, slug);
  let user: { id: string; passwordHash: string | null } | null = null;
  let roles: ActiveRole[] = [];
  if (companyId) {
    await session.switchCompany(companyId, null);
    const found = await session.db.user.findUnique({
      where: { companyId_email: { companyId, email } },
      select: { id: true, credentials: { select: { passwordHash: true } } },
    });
    if (found) user = { id: found.id, passwordHash: found.credentials[0]?.passwordHash ?? null };
    if (user) roles = await activeRoles(session.db, user.id);
  }
  // Nothing more to read: end the transaction before the slow hash, which then holds no connection.
  await session.commit();
  // Always verify (against a dummy hash when there is no password), so timing reveals nothing.
  const passwordOk = await passwords.verify(input.password, user?.passwordHash);
  const chosen = passwordOk ? (input.role ? roles.find((r) => r.role === input.role) : roles[0]) : undefined;
  if (!companyId || !user || !chosen) throw unauthenticated(SIGN_IN_FAILED);
  await signInLimiter.succeeded(attempt, taken);
  // The password is proven: an older scheme's hash is replaced now (hashed before the transaction).
  // Best effort: with the hashing gate full, the next sign-in does it.
  const upgraded = passwords.needsRehash(user.passwordHash)
    ? await passwords.hash(input.password).catch(() => null)
    : null;
  const viewer: Viewer = { userId: user.id, companyId, role: chosen.role, profileId: chosen.profileId };
  await session.switchCompany(companyId, user.id);
  if (upgraded)
    await session.db.credential.updateMany({
      where: { companyId, userId: user.id, passwordHash: user.passwordHash ?? '' },
      data: { passwordHash: upgraded },
    });
  session.viewer = viewer;
  return { viewer, ...(await tokens.sign({ ...viewer, generation: chosen.generation })) };
}
