// What staff, marketers and clients share: a person's details as this company records them, who
// decides their password (and the invitation to choose one), directory filters, and the checks
// that a referenced marketer or client is active.
import { notify } from '../../db/notifications.ts';
import type { TenantTx } from '../../db/tenant.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { badInput, conflict, notFound } from '../../shared/errors.ts';
import * as valid from '../../shared/validation.ts';
import type { RelativePeriod } from '../../shared/dates.ts';
import { periodInstants } from '../companies/service.ts';
import { byId, sessionLoader, type PublicSession, type Session } from '../../runtime/session.ts';

export interface Invitation {
  token: string;
  expiresAt: Date;
}

export interface PersonInput {
  email: string;
  fullName: string;
  phone?: string | null;
  password?: string | null;
}

export interface CheckedPerson {
  email: string;
  fullName: string;
  phone: string | null;
  passwordHash: string | null;
}

/** Validates and normalises a person's details; the password is hashed before any lock is taken. */
export async function checkPerson(session: Pick<Session, 'runtime'>, input: PersonInput): Promise<CheckedPerson> {
  const check = new valid.InputCheck();
  const email = check.email('email', input.email);
  const fullName = check.text('fullName', input.fullName, 120);
  const phone = check.phone('phone', input.phone);
  const password = input.password == null || input.password === '' ? null : check.password('password', input.password);
  check.done();
  return { email, fullName, phone, passwordHash: password ? await session.runtime.passwords.hash(password) : null };
}

interface Standing {
  userId: string;
  member: boolean;
  marketer: boolean;
  client: boolean;
  /** The credential's version when this statement set the password (the person is new here). */
  credentialVersion: Date | null;
}

/**
 * The person (found by Runtime.personId) added to the company's people if new to it, what they
 * already are in the company, and, when they are new to it, their password set to
 * `passwordHash`: one call of app_join_company() (registration's hot path; on Citus it runs on
 * the company's shard). The upsert is the one decidePassword() makes.
 */
async function standingInCompany(
  db: TenantTx,
  companyId: string,
  personId: string,
  email: string,
  passwordHash: string,
): Promise<Standing> {
  const rows = await db.$queryRaw<Standing[]>`
    SELECT is_member AS member, is_marketer AS marketer, is_client AS client, credential_version AS "credentialVersion"
    FROM app_join_company(${companyId}::uuid, ${personId}::uuid, ${email}, ${passwordHash})`;
  return { ...rows[0], userId: personId };
}

const ALREADY = {
  member: 'This person is already on the staff of this company.',
  marketer: 'This person is already a marketer of this company.',
  client: 'This person is already a client of this company.',
} as const;

/** A stored password no sign-in can match: the person must use their invitation. */
const AWAITING_INVITATION = 'awaiting-invitation';

/**
 * Sets the person's password for this company, or (without one) locks it and returns an
 * invitation to choose it. Every invitation is bound to the credential's version (updatedAt), so
 * setting or resetting the password voids all earlier ones.
 */
async function decidePassword(
  session: Session,
  userId: string,
  passwordHash: string | null,
): Promise<Invitation | null> {
  const key = { companyId: session.viewer.companyId, userId };
  const hash = passwordHash ?? AWAITING_INVITATION;
  const credential = await session.db.credential.upsert({
    where: { companyId_userId: key },
    create: { ...key, passwordHash: hash },
    update: { passwordHash: hash },
  });
  return passwordHash ? null : invitationFor(session, userId, credential.updatedAt);
}

const invitationFor = (session: Session, userId: string, version: Date) =>
  session.runtime.tokens.signInvitation({
    companyId: session.viewer.companyId,
    userId,
    version: version.toISOString(),
  });

/**
 * The user about to get a `role` in the viewer's company (created if new to the API), refused
 * with CONFLICT when they already have it. For a person new to this company, the registrar
 * decides the password (sets it, or gets an invitation to pass on). A person already here who
 * gains a role that sees other people's data (staff, marketer) must choose their own password:
 * whatever password someone else may have chosen for them stops working, their sign-ins end, and
 * the registrar gets an invitation to pass on. Becoming a client changes nothing about sign-in.
 */
export async function registrant(
  session: Session,
  person: CheckedPerson,
  role: keyof typeof ALREADY,
): Promise<{ userId: string; invitation: Invitation | null }> {
  const standing = await standingInCompany(
    session.db,
    session.viewer.companyId,
    await session.runtime.personId(person.email),
    person.email,
    person.passwordHash ?? AWAITING_INVITATION,
  );
  const { userId } = standing;
  if (standing[role]) throw conflict(ALREADY[role], { field: 'email' });
  // New to this company: the statement above has set the password the registrar decided.
  if (standing.credentialVersion)
    return {
      userId,
      invitation: person.passwordHash ? null : await invitationFor(session, userId, standing.credentialVersion),
    };
  if (role === 'client') return { userId, invitation: null };
  await endSignIns(session, session.viewer.companyId, userId);
  return { userId, invitation: await decidePassword(session, userId, null) };
}

/**
 * Ends every sign-in of a person in the session's company: each profile's token generation moves
 * on, so no token issued before works again, here or (once notified) on any replica.
 */
export async function endSignIns(
  session: Pick<Session, 'db' | 'runtime' | 'afterCommit'>,
  companyId: string,
  userId: string,
): Promise<void> {
  const where = { userId };
  const data = { tokenGeneration: { increment: 1 } };
  const select = { id: true };
  const changed = await Promise.all([
    session.db.staffMember.updateManyAndReturn({ where, data, select }),
    session.db.marketer.updateManyAndReturn({ where, data, select }),
    session.db.client.updateManyAndReturn({ where, data, select }),
  ]);
  await announceSignIns(
    session,
    companyId,
    changed.flat().map((p) => p.id),
  );
  session.afterCommit(() => session.runtime.viewers.forgetUser(userId));
}

/** A new invitation to set (or reset) a person's password; earlier ones stop working once it is used. */
export async function newInvitation(session: Session, userId: string): Promise<Invitation> {
  const user = await session.db.user.findUnique({ where: byId(session, userId), select: { id: true } });
  if (!user) throw notFound('User', 'userId');
  const credential = await session.db.credential.findUnique({
    where: { companyId_userId: { companyId: session.viewer.companyId, userId } },
  });
  if (!credential) return (await decidePassword(session, userId, null))!;
  return session.runtime.tokens.signInvitation({
    userId,
    companyId: session.viewer.companyId,
    version: credential.updatedAt.toISOString(),
  });
}

/** Where a person signs in: the company's slug and their email. */
export interface SignInPlace {
  companySlug: string;
  email: string;
}

/**
 * Sets the password an invitation is for; the session then acts only for the invitation. The
 * invitation is checked first: its holder is the one to tell about the password's rules.
 */
export async function setPassword(
  session: PublicSession,
  input: { token: string; password: string },
): Promise<SignInPlace> {
  const claims = await session.runtime.tokens.verifyInvitation(input.token);
  if (!claims) throw badInput('token', 'This invitation is invalid or has expired.');
  const password = valid.password('password', input.password);
  const passwordHash = await session.runtime.passwords.hash(password);
  await session.switchCompany(claims.companyId, claims.userId);
  session.viewer = null; // whoever sent the request, this operation now acts only for the invitation
  // Conditional on the version the invitation was issued for: of two uses, one wins, and a
  // password set or reset since then voids it.
  const key = { companyId: claims.companyId, userId: claims.userId };
  const { count } = await session.db.credential.updateMany({
    where: { ...key, updatedAt: new Date(claims.version) },
    data: { passwordHash },
  });
  if (count === 0) throw badInput('token', 'This invitation has already been used.');
  // A new password ends the sign-ins made with the old one.
  await endSignIns(session, claims.companyId, claims.userId);
  const { company, user } = await session.db.credential.findUniqueOrThrow({
    where: { companyId_userId: key },
    select: { company: { select: { slug: true } }, user: { select: { email: true } } },
  });
  return { companySlug: company.slug, email: user.email };
}

/** Removes the company's password for a person who no longer has any role in it. */
export async function forgetPasswordIfNoRole(session: Session, userId: string): Promise<void> {
  const where = { userId };
  const [members, marketers, clients] = await Promise.all([
    session.db.staffMember.count({ where }),
    session.db.marketer.count({ where }),
    session.db.client.count({ where }),
  ]);
  if (members + marketers + clients === 0) await session.db.credential.deleteMany({ where: { userId } });
}

/** The marketer with this id, which must be active (NOT_FOUND or BAD_USER_INPUT naming `field`). */
export async function activeMarketerId(session: Session, id: string, field: string): Promise<string> {
  const marketer = await session.db.marketer.findUnique({
    where: byId(session, id),
    select: { id: true, status: true },
  });
  if (!marketer) throw notFound('Marketer', field);
  if (marketer.status !== 'ACTIVE') throw badInput(field, 'This marketer is archived.');
  return marketer.id;
}

/** The client with this id, which must be active (NOT_FOUND or BAD_USER_INPUT naming `field`). */
export async function activeClientId(session: Session, id: string, field: string): Promise<string> {
  const client = await session.db.client.findUnique({ where: byId(session, id), select: { id: true, status: true } });
  if (!client) throw notFound('Client', field);
  if (client.status !== 'ACTIVE') throw badInput(field, 'This client is archived.');
  return client.id;
}

export type ProfileStatus = 'ACTIVE' | 'ARCHIVED';

/**
 * A search argument as a `contains` pattern: trimmed, null when empty, at most 200 characters, and
 * with LIKE's wildcards (`%`, `_`) and escape character taken literally.
 */
export function searchText(field: string, value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  if (value.length > 200) throw badInput(field, 'Use at most 200 characters.');
  return value.trim().replace(/[\\%_]/g, '\\$&');
}

/** Filter for directories: text in name, email or uid; status (active only unless asked). */
export function personFilter(search: string | null | undefined, status: readonly ProfileStatus[], field = 'search') {
  const text = searchText(field, search);
  return {
    status: { in: [...status] },
    ...(text
      ? {
          OR: [
            { fullName: { contains: text, mode: 'insensitive' as const } },
            { uid: { contains: text.toUpperCase() } },
            { user: { email: { contains: text.toLowerCase() } } },
          ],
        }
      : {}),
  };
}

/** A directory's `filter` argument: every field given must match. */
export interface DirectoryFilter extends CreatedFilter {
  search?: string | null;
  /** Takes the place of the list's own `status` argument. */
  status?: readonly ProfileStatus[] | null;
}

/** When a row was created, as a list's filter takes it. */
export interface CreatedFilter {
  /** Created at or after this instant. */
  createdFrom?: Date | null;
  /** Created before this instant. */
  createdTo?: Date | null;
  /** Created in this period of the company's days (resolveCreatedIn turns it into createdWithin). */
  createdIn?: RelativePeriod | null;
  createdWithin?: { start: Date; end: Date } | null;
}

/** A filter with its `createdIn` resolved to instants in the company's time zone. */
export async function resolveCreatedIn<F extends CreatedFilter>(
  session: Session,
  filter: F | null | undefined,
): Promise<F | null | undefined> {
  if (filter?.createdIn == null) return filter;
  return { ...filter, createdWithin: await periodInstants(session, filter.createdIn) };
}

/** Whether a filter names a relative period not yet resolved (a statement must read the company's dates first). */
export const createdInPending = (filter: CreatedFilter | null | undefined): boolean =>
  filter?.createdIn != null && filter.createdWithin == null;

/** Rows created in the bounds a filter gives: [createdFrom, createdTo) and the period it names. */
export function createdBetween(filter: CreatedFilter | null | undefined) {
  if (filter?.createdIn != null && !filter.createdWithin) throw new Error('createdIn was not resolved');
  const range = (from: Date | null | undefined, to: Date | null | undefined) =>
    from == null && to == null
      ? {}
      : { createdAt: { ...(from != null ? { gte: from } : {}), ...(to != null ? { lt: to } : {}) } };
  return {
    AND: [
      range(filter?.createdFrom, filter?.createdTo),
      range(filter?.createdWithin?.start, filter?.createdWithin?.end),
    ],
  };
}

/** A directory's arguments (search, status) and its filter as one Prisma filter. */
export function directoryFilter(
  args: { search?: string | null; status: readonly ProfileStatus[] },
  filter: DirectoryFilter | null | undefined,
) {
  const status = filter?.status ?? args.status;
  return {
    AND: [
      personFilter(args.search, status),
      filter?.search != null ? personFilter(filter.search, status, 'filter.search') : {},
      createdBetween(filter),
    ],
  };
}

/**
 * New status fields of a profile: archivedAt keeps the first archive's time, and archiving moves
 * the token generation on, so no token issued before works again, even after a restore.
 */
export const statusChange = (status: ProfileStatus, archivedAt: Date | null) =>
  status === 'ARCHIVED'
    ? { status, archivedAt: archivedAt ?? new Date(), tokenGeneration: { increment: 1 } }
    : { status, archivedAt: null };

/**
 * Announces that these profiles' sign-ins changed (archived, restored, deleted, password reset):
 * every process drops what it remembers of them once the change commits, this one at once, the
 * others when the NOTIFY sent by the same transaction arrives. The API announces its own changes
 * (no trigger: on Citus a trigger fires on a worker, whose notifications reach no API process).
 */
export const signInChanged = (session: Session, profileIds: string[]) =>
  announceSignIns(session, session.viewer.companyId, profileIds);

async function announceSignIns(
  session: Pick<Session, 'db' | 'runtime' | 'afterCommit'>,
  companyId: string,
  profileIds: string[],
): Promise<void> {
  if (!profileIds.length) return;
  await notify(session.db, { kind: 'viewer', companyId, profileIds });
  session.afterCommit(() => session.runtime.viewers.forget(profileIds));
}

export interface PersonDetails {
  fullName: string;
  phone: string | null;
}

/** How the session's company knows a person: the name and phone on its own profile of them. */
export const personDetails = sessionLoader<string, PersonDetails | null>(async ({ db }, userIds) => {
  const where = { userId: { in: [...userIds] } };
  const select = { userId: true, fullName: true, phone: true };
  // Staff record first, then marketer, then client: the first profile found names the person.
  const [members, marketers, clients] = await Promise.all([
    db.staffMember.findMany({ where, select }),
    db.marketer.findMany({ where, select }),
    db.client.findMany({ where, select }),
  ]);
  const byUser = new Map<string, PersonDetails>();
  for (const p of [...members, ...marketers, ...clients]) if (!byUser.has(p.userId)) byUser.set(p.userId, p);
  return userIds.map((id) => byUser.get(id) ?? null);
});

/**
 * personDetails' `column` of the user `user` in the company `company`, as SQL for the read planner:
 * the staff profile's, else the marketer's, else the client's; NULL when there is none.
 */
export function personDetailSql(company: Prisma.Sql, user: Prisma.Sql, column: 'fullName' | 'phone'): Prisma.Sql {
  const from = (k: number, table: string) =>
    Prisma.sql`SELECT ${Prisma.raw(String(k))} AS k, p.${Prisma.raw(`"${column}"`)} AS v FROM ${Prisma.raw(`"${table}"`)} p WHERE p."companyId" = ${company} AND p."userId" = ${user}`;
  return Prisma.sql`(SELECT d.v FROM (${from(1, 'StaffMember')} UNION ALL ${from(2, 'Marketer')} UNION ALL ${from(3, 'Client')}) d ORDER BY d.k LIMIT 1)`;
}
