// What marketers and clients share: registration details, passwords and invitations, status.
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { ensureUser, standingInCompany } from '../db/lookups.ts';
import { switchCompany } from '../db/tenant.ts';
import { badInput, conflict, notFound, requireSoleRootField } from '../domain/errors.ts';
import { hashPassword } from '../domain/passwords.ts';
import * as valid from '../domain/validation.ts';
import { builder } from './builder.ts';

export const ProfileStatusEnum = builder.enumType('ProfileStatus', { values: ['ACTIVE', 'ARCHIVED'] as const });

export interface Invitation {
  token: string;
  expiresAt: Date;
}

export const PasswordInvitationType = builder.objectRef<Invitation>('PasswordInvitation').implement({
  description: 'Lets a person choose their password for this company (setPassword). Valid for 7 days, once.',
  fields: (t) => ({
    token: t.exposeString('token'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

export interface PersonInput {
  email: string;
  fullName: string;
  phone?: string | null;
  password?: string | null;
}

/** Input fields of a person's details as this company records them. */
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export function personInputFields(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) {
  return {
    email: t.string(),
    fullName: t.string(),
    phone: t.string({ required: false }),
    password: t.string({
      required: false,
      description: 'At least 8 characters. Omit to get an invitation instead. Ignored for a person who already has a role in this company (except when an admin adds them to the staff).',
    }),
  };
}

export interface CheckedPerson {
  email: string;
  fullName: string;
  phone: string | null;
  passwordHash: string | null;
}

/** Validates and normalises a person's details; the password is hashed before any lock is taken. */
export async function checkPerson(input: PersonInput): Promise<CheckedPerson> {
  const email = valid.email('email', input.email);
  const fullName = valid.text('fullName', input.fullName, 120);
  const phone = valid.phone('phone', input.phone);
  const password = input.password == null || input.password === '' ? null : valid.password('password', input.password);
  return { email, fullName, phone, passwordHash: password ? await hashPassword(password) : null };
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
async function decidePassword(ctx: Context, userId: string, passwordHash: string | null): Promise<Invitation | null> {
  const key = { companyId: ctx.viewer!.companyId, userId };
  const hash = passwordHash ?? AWAITING_INVITATION;
  const credential = await ctx.db.credential.upsert({ where: { companyId_userId: key }, create: { ...key, passwordHash: hash }, update: { passwordHash: hash } });
  if (passwordHash) return null;
  return ctx.services.tokens.signInvitation({ ...key, version: credential.updatedAt.toISOString() });
}

/**
 * The user about to get a `role` in the viewer's company (created if new to the API), refused
 * with CONFLICT when they already have it. The registrar decides the password (sets it, or gets
 * an invitation to pass on) for a person new to this company, and an admin adding staff does so
 * for anyone: a password someone else chose, or an invitation they hold, must never carry a new
 * staff role. For a person already here in another role, a marketer or admin registering them
 * changes nothing about their sign-in (a marketer could otherwise take over a colleague's).
 */
export async function registrant(ctx: Context, person: CheckedPerson, role: keyof typeof ALREADY): Promise<{ userId: string; invitation: Invitation | null }> {
  const companyId = ctx.viewer!.companyId;
  const userId = await ensureUser(ctx.db, person.email);
  const standing = await standingInCompany(ctx.db, companyId, userId);
  if (standing[role]) throw conflict(ALREADY[role], { field: 'email' });
  const newHere = !standing.member && !standing.marketer && !standing.client;
  if (!newHere && role !== 'member') return { userId, invitation: null };
  return { userId, invitation: await decidePassword(ctx, userId, person.passwordHash) };
}

/** An invitation to set (or reset) the password, voiding earlier ones once used. */
export async function newInvitation(ctx: Context, userId: string): Promise<Invitation> {
  const credential = await ctx.db.credential.findUnique({ where: { companyId_userId: { companyId: ctx.viewer!.companyId, userId } } });
  if (!credential) return (await decidePassword(ctx, userId, null))!;
  return ctx.services.tokens.signInvitation({ userId, companyId: ctx.viewer!.companyId, version: credential.updatedAt.toISOString() });
}

/** Removes the company's password for a person who no longer has any role in it. */
export async function forgetPasswordIfNoRole(ctx: Context, userId: string): Promise<void> {
  const where = { userId };
  const [members, marketers, clients] = await Promise.all([
    ctx.db.companyMember.count({ where }), ctx.db.marketer.count({ where }), ctx.db.client.count({ where }),
  ]);
  if (members + marketers + clients === 0) await ctx.db.credential.deleteMany({ where: { userId } });
}

/** Relay global id -> database id of a `typename`; anything else (malformed, other type) is NOT_FOUND. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function localId(globalId: string | number, typename: string, what = typename): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw notFound(what);
  }
  if (decoded.typename !== typename || !UUID.test(decoded.id)) throw notFound(what);
  return decoded.id;
}

export function searchText(field: string, value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  if (value.length > 200) throw badInput(field, 'Use at most 200 characters.');
  return value.trim();
}

/** Filter for listings: text in name, email or uid; status (active only unless asked). */
export function personFilter(search: string | null, status: readonly ('ACTIVE' | 'ARCHIVED')[]) {
  return {
    status: { in: [...status] },
    ...(search
      ? {
          OR: [
            { fullName: { contains: search, mode: 'insensitive' as const } },
            { uid: { contains: search.toUpperCase() } },
            { user: { email: { contains: search.toLowerCase() } } },
          ],
        }
      : {}),
  };
}

builder.mutationFields((t) => ({
  setPassword: t.boolean({
    description: 'Sets the password an invitation is for. Public: the invitation is the proof.',
    authScopes: { public: true },
    args: { input: t.arg({ type: builder.inputType('SetPasswordInput', { fields: (f) => ({ token: f.string(), password: f.string() }) }) }) },
    resolve: async (_root, { input }, ctx, info) => {
      requireSoleRootField(info);
      const claims = await ctx.services.tokens.verifyInvitation(input.token);
      if (!claims) throw badInput('token', 'This invitation is invalid or has expired.');
      const password = valid.password('password', input.password);
      await switchCompany(ctx.db, ctx.scope, claims.companyId, claims.userId);
      ctx.viewer = null; // whoever sent the request, this operation now acts only for the invitation
      const key = { companyId: claims.companyId, userId: claims.userId };
      const passwordHash = await hashPassword(password);
      // Conditional on the version the invitation was issued for: of two uses, one wins, and a
      // password set or reset since then voids it.
      const used = (await ctx.db.credential.updateMany({ where: { ...key, updatedAt: new Date(claims.version) }, data: { passwordHash } })).count === 0;
      if (used) throw badInput('token', 'This invitation has already been used.');
      return true;
    },
  }),
  createPasswordInvitation: t.field({
    type: PasswordInvitationType,
    description: "A new invitation to set (or reset) a person's password for this company; earlier ones stop working once it is used.",
    authScopes: { admin: true },
    args: { userId: t.arg.id() },
    resolve: async (_root, { userId }, ctx) => {
      const id = localId(userId, 'User', 'User');
      const user = await ctx.db.user.findUnique({ where: { id }, select: { id: true } });
      if (!user) throw notFound('User');
      return newInvitation(ctx, user.id);
    },
  }),
}));
