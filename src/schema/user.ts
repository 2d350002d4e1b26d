// A person, as one company sees them. Users are global; the tenant client shows only people with
// a membership or profile in the viewer's company, and name and phone come from that company's
// own record of them.
import { canSeeUser } from './access.ts';
import { builder } from './builder.ts';

export const UserType = builder.prismaNode('User', {
  id: { field: 'id' },
  description: 'Staff and marketers see everyone in their company; a client sees themself and their marketer.',
  authScopes: async (user, ctx) => canSeeUser(ctx, user.id),
  fields: (t) => ({
    fullName: t.string({
      resolve: async (user, _args, ctx) => (await ctx.loaders.personDetails.load(user.id))?.fullName ?? '',
    }),
    email: t.exposeString('email'),
    phone: t.string({
      nullable: true,
      resolve: async (user, _args, ctx) => (await ctx.loaders.personDetails.load(user.id))?.phone ?? null,
    }),
  }),
});
