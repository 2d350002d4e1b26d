// A person, as one company sees them (users are global; the tenant client shows only people
// with a membership or profile in the viewer's company).
import type { Context } from '../context.ts';
import { builder } from './builder.ts';

/** Contact details: staff and marketers of the company, and the person themself. */
const canSeeContact = (ctx: Context, userId: string) =>
  !!ctx.viewer && (ctx.viewer.role !== 'CLIENT' || ctx.viewer.userId === userId);

export const UserType = builder.prismaNode('User', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  fields: (t) => ({
    fullName: t.exposeString('fullName'),
    email: t.string({
      nullable: true,
      description: 'Visible to company staff, marketers and the person themself; null otherwise.',
      select: { email: true },
      resolve: (user, _args, ctx) => (canSeeContact(ctx, user.id) ? user.email : null),
    }),
    phone: t.string({
      nullable: true,
      description: 'Visible to company staff, marketers and the person themself; null otherwise.',
      select: { phone: true },
      resolve: (user, _args, ctx) => (canSeeContact(ctx, user.id) ? user.phone : null),
    }),
  }),
});
