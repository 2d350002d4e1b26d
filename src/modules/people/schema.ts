// A person as one company sees them (User), and what every kind of person shares in the schema:
// status, the details a registration takes, password invitations and setPassword.
import { signedIn } from '../../schema/context.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { planned, visibleRows } from '../../schema/planning.ts';
import { builder, type Types } from '../../schema/builder.ts';
import { localId } from '../../schema/ids.ts';
import {
  newInvitation,
  personDetailSql,
  personDetails,
  setPassword,
  type Invitation,
  type SignInPlace,
} from './service.ts';

export const ProfileStatusEnum = builder.enumType('ProfileStatus', {
  description: 'Whether a person (staff, marketer or client) is active in the company.',
  values: {
    ACTIVE: { description: 'Listed and able to sign in.' },
    ARCHIVED: { description: 'Kept with their UID and history, but out of listings and unable to sign in.' },
  } as const,
});

/**
 * Users are global; the tenant client shows only people with a membership or profile in the
 * viewer's company, and name and phone come from that company's own record of them.
 */
export const UserType = builder.prismaNode('User', {
  id: { field: 'id' },
  description: 'Staff and marketers see everyone in their company; a client sees themself and their marketer.',
  ...visibleRows('User'),
  fields: (t) => ({
    fullName: t.string({
      description: "The person's name as this company records it.",
      resolve: async (user, _args, ctx) => (await personDetails(signedIn(ctx)).load(user.id))?.fullName ?? '',
      extensions: planned({
        kind: 'sql',
        json: ({ row, session }) =>
          Prisma.sql`coalesce(${personDetailSql(Prisma.sql`${session.viewer.companyId}::uuid`, Prisma.raw(`${row}."id"`), 'fullName')}, '')`,
      }),
    }),
    email: t.exposeString('email', {
      description: 'Their email, lower-cased: the same for every company they deal with.',
    }),
    phone: t.string({
      nullable: true,
      description: 'Their phone number as this company records it (+ and digits).',
      resolve: async (user, _args, ctx) => (await personDetails(signedIn(ctx)).load(user.id))?.phone ?? null,
      extensions: planned({
        kind: 'sql',
        json: ({ row, session }) =>
          personDetailSql(Prisma.sql`${session.viewer.companyId}::uuid`, Prisma.raw(`${row}."id"`), 'phone'),
      }),
    }),
  }),
});

export const PasswordInvitationType = builder.objectRef<Invitation>('PasswordInvitation').implement({
  description: 'Lets a person choose their password for this company (setPassword). Valid for 7 days, once.',
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Pass it to setPassword(input: { token }) with the new password.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When it stops working.' }),
  }),
});

/** The payload of a mutation that deletes one object: its global id. */
export const deletedPayload = (name: string, description: string) =>
  builder.objectRef<{ deletedId: string }>(name).implement({
    description,
    fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'Global id of what was deleted.' }) }),
  });

/** An input that names one `typename` by its global id (each mutation has its own, so it can grow). */
export const idInput = (name: string, description: string, typename: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ id: t.id({ description: `Global id of the ${typename}.` }) }),
  });

/** Input fields of a person's details as this company records them. */
export function personInputFields(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) {
  return {
    email: t.string({ description: 'Their email address; it names them at sign-in.' }),
    fullName: t.string({ description: 'Their full name, up to 120 characters.' }),
    phone: t.string({
      required: false,
      description: 'Their phone number: 7 to 15 digits, spaces, dashes, dots and brackets allowed.',
    }),
    password: t.string({
      required: false,
      description:
        'At least 8 characters. Omit to get an invitation instead. Ignored for a person who already has a role in this company (except when an admin adds them to the staff).',
    }),
  };
}

export interface Registered {
  /** The new profile's id. */
  id: string;
  invitation: Invitation | null;
  /** The row as inserted, when the service has it. */
  row?: Record<string, unknown>;
}

/**
 * The registered row itself when the payload asks only for its columns: the payload then needs no
 * second read while the allocation's counter is still locked. Null when it asks for relations.
 */
export function insertedRow<T>(
  query: { select?: Record<string, unknown>; include?: Record<string, unknown> },
  registered: Registered,
): T | null {
  const { row } = registered;
  if (!row || (query.include && Object.keys(query.include).length)) return null;
  if (query.select && !Object.entries(query.select).every(([column, asked]) => asked === true && column in row))
    return null;
  return row as T;
}

/** The `invitation` field of a registration's payload. */
export const invitationField = (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Registered>) =>
  t.field({
    type: PasswordInvitationType,
    nullable: true,
    description:
      'Present when the person is new to this company and no password was given: pass it on so they choose their own.',
    resolve: (p) => p.invitation,
  });

const SetPasswordInput = builder.inputType('SetPasswordInput', {
  description: 'An invitation and the password it is used to set.',
  fields: (t) => ({
    token: t.string({ description: 'The invitation token (PasswordInvitation.token).' }),
    password: t.string({ description: 'The new password: at least 8 characters.' }),
  }),
});

const SetPasswordPayload = builder.objectRef<SignInPlace>('SetPasswordPayload').implement({
  description: 'Where the person whose password was set now signs in.',
  fields: (t) => ({
    companySlug: t.exposeString('companySlug', { description: 'The company to sign in to (LoginInput.company).' }),
    email: t.exposeString('email', { description: 'The email to sign in with.' }),
  }),
});

const CreatePasswordInvitationInput = builder.inputType('CreatePasswordInvitationInput', {
  description: 'Whose password the invitation is for.',
  fields: (t) => ({ userId: t.id({ description: 'Global id of the User.' }) }),
});

const CreatePasswordInvitationPayload = builder.objectRef<Invitation>('CreatePasswordInvitationPayload').implement({
  description: 'The new invitation, to pass on to the person.',
  fields: (t) => ({
    invitation: t.field({
      type: PasswordInvitationType,
      description: 'The invitation to pass on.',
      resolve: (invitation) => invitation,
    }),
  }),
});

builder.mutationFields((t) => ({
  setPassword: t.field({
    type: SetPasswordPayload,
    description:
      'Sets the password an invitation is for. Public: the invitation is the proof. Must be the only field of its operation.',
    authScopes: { public: true },
    extensions: { soleRootField: true },
    args: { input: t.arg({ type: SetPasswordInput, description: 'The invitation and the new password.' }) },
    resolve: (_root, { input }, ctx) => setPassword(ctx, input),
  }),
  createPasswordInvitation: t.withAuth({ can: 'RESET_PASSWORDS' }).field({
    type: CreatePasswordInvitationPayload,
    description:
      "A new invitation to set (or reset) a person's password for this company; earlier ones stop working once it is used.",
    args: { input: t.arg({ type: CreatePasswordInvitationInput, description: 'Whose password.' }) },
    resolve: (_root, { input }, ctx) => newInvitation(ctx, localId(input.userId, 'User', 'userId')),
  }),
}));
