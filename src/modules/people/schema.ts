// A person as one company sees them (User), and what every kind of person shares in the schema:
// status, the details a registration takes, password invitations and setPassword.
import { signedIn } from '../../http/context.ts';
import { canSeeUser } from '../../policy/visibility.ts';
import { builder } from '../../schema/builder.ts';
import { localId } from '../../schema/ids.ts';
import { newInvitation, personDetails, setPassword, type Invitation } from './service.ts';

export const ProfileStatusEnum = builder.enumType('ProfileStatus', { values: ['ACTIVE', 'ARCHIVED'] as const });

/**
 * Users are global; the tenant client shows only people with a membership or profile in the
 * viewer's company, and name and phone come from that company's own record of them.
 */
export const UserType = builder.prismaNode('User', {
  id: { field: 'id' },
  description: 'Staff and marketers see everyone in their company; a client sees themself and their marketer.',
  authScopes: (user, ctx) => !!ctx.viewer && canSeeUser(signedIn(ctx), user.id),
  fields: (t) => ({
    fullName: t.string({ resolve: async (user, _args, ctx) => (await personDetails(signedIn(ctx)).load(user.id))?.fullName ?? '' }),
    email: t.exposeString('email'),
    phone: t.string({ nullable: true, resolve: async (user, _args, ctx) => (await personDetails(signedIn(ctx)).load(user.id))?.phone ?? null }),
  }),
});

export const PasswordInvitationType = builder.objectRef<Invitation>('PasswordInvitation').implement({
  description: 'Lets a person choose their password for this company (setPassword). Valid for 7 days, once.',
  fields: (t) => ({
    token: t.exposeString('token'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

export const DeletedPayload = builder.objectRef<{ deletedId: string }>('DeletedPayload').implement({
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'Global id of what was deleted.' }) }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** Input fields of a person's details as this company records them. */
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

export interface Registered {
  /** The new profile's id. */
  id: string;
  invitation: Invitation | null;
}

/** The `invitation` field of a registration's payload. */
export const invitationField = (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Registered>) =>
  t.field({
    type: PasswordInvitationType,
    nullable: true,
    description: 'Present when the person is new to this company and no password was given: pass it on so they choose their own.',
    resolve: (p) => p.invitation,
  });

builder.mutationFields((t) => ({
  setPassword: t.boolean({
    description: 'Sets the password an invitation is for. Public: the invitation is the proof. Must be the only field of its operation.',
    authScopes: { public: true },
    extensions: { soleRootField: true },
    args: { input: t.arg({ type: builder.inputType('SetPasswordInput', { fields: (f) => ({ token: f.string(), password: f.string() }) }) }) },
    resolve: (_root, { input }, ctx) => setPassword(ctx, input),
  }),
  createPasswordInvitation: t.withAuth({ can: 'RESET_PASSWORDS' }).field({
    type: PasswordInvitationType,
    description: "A new invitation to set (or reset) a person's password for this company; earlier ones stop working once it is used.",
    args: { userId: t.arg.id() },
    resolve: (_root, { userId }, ctx) => newInvitation(ctx, localId(userId, 'User', 'userId')),
  }),
}));
