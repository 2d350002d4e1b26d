// Companies: sign-up with the first admin, and settings. The prefix starts every UID the company
// issues, so it is unique across companies and fixed once the first UID is out.
import { Prisma } from '../../generated/prisma/client.ts';
import { randomUUID } from 'node:crypto';
import { addCompanyUser, prefixTaken, slugTaken } from '../../db/cross-company.ts';
import type { TenantTx } from '../../db/tenant.ts';
import type { Viewer } from '../../policy/roles.ts';
import { badInput, conflict, forbidden, NotReadYet } from '../../shared/errors.ts';
import * as valid from '../../shared/validation.ts';
import { type DateSpan, isoDate, periodDates, type RelativePeriod } from '../../shared/dates.ts';
import type { PublicSession, Session } from '../../runtime/session.ts';
import { PREFIX_PATTERN, derivePrefix, prefixCandidates, slugify } from './prefix.ts';

const todays = new WeakMap<Session, Promise<Date>>();
const known = new WeakMap<Session, Date>();

/**
 * Today's date where the company works (its time zone), asked once per operation: the one "today"
 * of every state (instalments, sales, statements, receivables), relative period and default date
 * (a sale, payment or payout), so a Lagos admin can record a payment just after midnight there.
 */
export function companyToday(session: Session): Promise<Date> {
  let day = todays.get(session);
  if (!day) {
    day = session.db.$queryRaw<{ day: string }[]>`
      SELECT to_char(now() AT TIME ZONE "timeZone", 'YYYY-MM-DD') AS day FROM "Company" WHERE "id" = ${session.viewer.companyId}::uuid`.then(
      ([row]) => {
        const date = new Date(`${row.day}T00:00:00Z`);
        known.set(session, date);
        return date;
      },
    );
    todays.set(session, day);
  }
  return day;
}

/**
 * The company's today when this operation already asked for it (a relation's page is built before
 * anything can wait: the operation asks first when its lists take a filter or an order).
 */
export function knownCompanyToday(session: Session): Date {
  const day = known.get(session);
  if (!day) throw new NotReadYet("the company's today");
  return day;
}

/** Dates asked for as `from` and `to`, or as a period relative to the company's today (not both). */
export interface DatesAsked {
  from?: Date | null;
  to?: Date | null;
  relative?: RelativePeriod | null;
}

/** The days asked for, or BAD_USER_INPUT naming `field`.from (or .relative) when they are not one span. */
export async function datesAsked(session: Session, asked: DatesAsked, field: string): Promise<DateSpan> {
  if (asked.relative != null) {
    if (asked.from != null || asked.to != null)
      throw badInput(`${field}.relative`, 'Give either a relative period or from and to, not both.');
    return periodDates(asked.relative, await companyToday(session));
  }
  if (asked.from == null || asked.to == null)
    throw badInput(`${field}.from`, 'Give from and to, or a relative period.');
  return { from: asked.from, to: asked.to };
}

/** Local midnight at the start of `from` and after `to` in the company's time zone, as instants. */
export async function companyDayBounds(session: Session, span: DateSpan): Promise<{ start: Date; end: Date }> {
  const [row] = await session.db.$queryRaw<{ start: Date; end: Date }[]>`
    SELECT (${isoDate(span.from)}::date::timestamp AT TIME ZONE "timeZone") AS start,
           ((${isoDate(span.to)}::date + 1)::timestamp AT TIME ZONE "timeZone") AS "end"
    FROM "Company" WHERE "id" = ${session.viewer.companyId}::uuid`;
  return row;
}

/** A period relative to the company's today, as instants (registered or created in it), or undefined. */
export async function periodInstants(
  session: Session,
  period: RelativePeriod | null | undefined,
): Promise<{ start: Date; end: Date } | undefined> {
  return period == null ? undefined : companyDayBounds(session, periodDates(period, await companyToday(session)));
}

function normalisePrefix(check: valid.InputCheck, value: string): string {
  const prefix = value.trim().toUpperCase();
  check.that(PREFIX_PATTERN.test(prefix), 'prefix', 'A prefix is 2 to 5 letters A–Z.');
  return prefix;
}

/** CONFLICT when another company has `prefix`, with the nearest free one as a suggestion. */
async function refuseTakenPrefix(db: TenantTx, name: string, prefix: string): Promise<void> {
  if (!(await prefixTaken(db, prefix))) return;
  let suggestedPrefix: string | null = null;
  for (const candidate of prefixCandidates(name, prefix)) {
    if (!(await prefixTaken(db, candidate))) {
      suggestedPrefix = candidate;
      break;
    }
  }
  throw conflict(`The prefix ${prefix} is taken${suggestedPrefix ? `; ${suggestedPrefix} is free` : ''}.`, {
    field: 'prefix',
    suggestedPrefix,
  });
}

async function freeSlug(db: TenantTx, name: string): Promise<string> {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(db, slug))) return slug;
  }
}

export interface CreateCompanyInput {
  name: string;
  prefix?: string | null;
  admin: { email: string; fullName: string; password: string; phone?: string | null };
}

/** Signs up a company with its first admin; the session then acts as that admin. */
export async function createCompany(session: PublicSession, input: CreateCompanyInput): Promise<Viewer> {
  if (session.runtime.config.signup !== 'open') throw forbidden('Sign-up is closed on this server.');
  const check = new valid.InputCheck();
  const name = check.text('name', input.name, 120);
  const givenPrefix = input.prefix != null ? normalisePrefix(check, input.prefix) : null;
  const email = check.email('admin.email', input.admin.email);
  const fullName = check.text('admin.fullName', input.admin.fullName, 120);
  const password = check.password('admin.password', input.admin.password);
  const phone = check.phone('admin.phone', input.admin.phone);
  check.done();
  // Derived only from a valid name, so this problem is never a mere echo of the name's.
  const prefix = givenPrefix ?? derivePrefix(name);
  if (!prefix) throw badInput('prefix', 'The name has too few letters to derive a prefix: give one.');
  // Hashed before the first statement: no connection waits on it.
  const passwordHash = await session.runtime.passwords.hash(password);

  await refuseTakenPrefix(session.db, name, prefix);
  const userId = await session.runtime.personId(email);
  const companyId = randomUUID();
  await session.switchCompany(companyId, userId);
  await session.db.company.create({
    data: { id: companyId, name, prefix, slug: await freeSlug(session.db, name) },
    select: { id: true },
  });
  await session.db.companyAnchor.create({ data: { companyId, prefix }, select: { companyId: true } });
  await addCompanyUser(session.db, companyId, userId, email);
  await session.db.credential.create({ data: { companyId, userId, passwordHash }, select: { userId: true } });
  const member = await session.db.staffMember.create({
    data: { companyId, userId, fullName, phone, role: 'ADMIN' },
    select: { id: true },
  });
  session.viewer = { userId, companyId, role: 'ADMIN', profileId: member.id };
  return session.viewer;
}

/** The time zone as PostgreSQL (which buckets in it) spells it, matched without regard to case; null when unknown. */
async function knownTimeZone(db: TenantTx, value: string): Promise<string | null> {
  const name = value.trim();
  if (name.length === 0 || name.length > 64) return null;
  const [found] = await db.$queryRaw<{ name: string }[]>`
    SELECT name FROM pg_timezone_names WHERE lower(name) = lower(${name}) ORDER BY name = ${name} DESC, name LIMIT 1`;
  return found?.name ?? null;
}

export interface CompanyChanges {
  name?: string | null;
  prefix?: string | null;
  timeZone?: string | null;
}

/** Changes the company's name, time zone and (until the first UID) its prefix; returns the company's id. */
export async function updateCompany(session: Session, input: CompanyChanges): Promise<string> {
  const { db, viewer } = session;
  const check = new valid.InputCheck();
  const newName = input.name != null ? check.text('name', input.name, 120) : null;
  const newPrefix = input.prefix != null ? normalisePrefix(check, input.prefix) : null;
  const timeZone = input.timeZone != null ? await knownTimeZone(db, input.timeZone) : undefined;
  check.that(timeZone !== null, 'timeZone', 'Use an IANA time zone name, such as Africa/Lagos or UTC.');
  check.done();
  // Locks out numbering (it share-locks this row) while the prefix may change.
  await db.$executeRaw`SELECT 1 FROM "CompanyAnchor" WHERE "companyId" = ${viewer.companyId}::uuid FOR UPDATE`;
  const current = await db.company.findUniqueOrThrow({ where: { id: viewer.companyId } });
  const name = newName ?? current.name;
  const prefix = newPrefix ?? current.prefix;
  if (prefix !== current.prefix) {
    if ((await db.companySequence.count()) > 0)
      throw conflict('The prefix is fixed once a UID has been issued.', { field: 'prefix' });
    await refuseTakenPrefix(db, name, prefix);
  }
  await db.company.update({
    where: { id: current.id },
    data: { name, prefix, timeZone: timeZone ?? undefined },
    select: { id: true },
  });
  if (prefix !== current.prefix)
    await db.companyAnchor.update({ where: { companyId: current.id }, data: { prefix }, select: { companyId: true } });
  return current.id;
}

/** True once a UID has been issued: the prefix can no longer change. */
export async function prefixLocked(session: { db: TenantTx }, companyId: string): Promise<boolean> {
  return (await session.db.companySequence.count({ where: { companyId } })) > 0;
}

/** prefixLocked of the company row `company` (whose id is `id`), in SQL (for the read planner). */
export const prefixLockedSql = (company: string, id: Prisma.Sql = Prisma.raw(`${company}."id"`)) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "CompanySequence" q WHERE q."companyId" = ${Prisma.raw(company)}."id" AND q."companyId" = ${id})`;
