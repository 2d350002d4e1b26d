// Client–marketer assignments: one current marketer per client (Client.marketerId, a composite
// foreign key, so it can only name a marketer of the same company) and the full history.
import { conflict, notFound, badInput } from '../domain/errors.ts';
import { builder } from './builder.ts';
import { localId } from './people.ts';

builder.prismaObject('ClientMarketerAssignment', {
  name: 'ClientAssignment',
  description: 'One change of a client\'s marketer.',
  authScopes: { staff: true },
  fields: (t) => ({
    marketer: t.relation('marketer', { nullable: true, description: 'Null when the client was unassigned.' }),
    assignedAt: t.expose('assignedAt', { type: 'DateTime' }),
    assignedBy: t.string({
      nullable: true,
      description: 'Name of who made the change, as the company knows them.',
      resolve: async (a, _args, ctx) => (a.assignedByUserId ? ((await ctx.loaders.personDetails.load(a.assignedByUserId))?.fullName ?? null) : null),
    }),
  }),
});

builder.prismaObjectField('Client', 'assignmentHistory', (t) =>
  t.relatedConnection('assignments', {
    cursor: 'id',
    description: 'Every change of marketer, newest first (staff only).',
    authScopes: { staff: true },
    query: { orderBy: [{ assignedAt: 'desc' }, { id: 'desc' }] },
  }),
);

builder.prismaObjectField('Client', 'plots', (t) =>
  t.relatedConnection('plots', {
    cursor: 'id',
    description: 'Plots reserved for or allocated to this client.',
    query: { orderBy: { heldAt: 'desc' } },
  }),
);

builder.mutationFields((t) => ({
  assignClient: t.prismaField({
    type: 'Client',
    description: "Makes a marketer the client's current marketer (or none, with marketerId null), keeping the history.",
    authScopes: { admin: true },
    args: { clientId: t.arg.id(), marketerId: t.arg.id({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const clientId = localId(args.clientId, 'Client');
      // Serialises concurrent reassignments of one client (each then sees the other's result).
      await ctx.db.$executeRaw`SELECT 1 FROM "Client" WHERE "id" = ${clientId}::uuid FOR UPDATE`;
      const client = await ctx.db.client.findUnique({ where: { id: clientId } });
      if (!client) throw notFound('Client');
      if (client.status !== 'ACTIVE') throw badInput('clientId', 'This client is archived.');
      let marketerId: string | null = null;
      if (args.marketerId != null) {
        const marketer = await ctx.db.marketer.findUnique({ where: { id: localId(args.marketerId, 'Marketer') }, select: { id: true, status: true } });
        if (!marketer) throw notFound('Marketer');
        if (marketer.status !== 'ACTIVE') throw badInput('marketerId', 'This marketer is archived.');
        marketerId = marketer.id;
      }
      if (client.marketerId === marketerId) throw conflict(marketerId ? 'The client already has this marketer.' : 'The client has no marketer.');
      await ctx.db.clientMarketerAssignment.create({ data: { companyId: client.companyId, clientId: client.id, marketerId, assignedByUserId: ctx.viewer!.userId } });
      return ctx.db.client.update({ ...query, where: { id: client.id }, data: { marketerId } });
    },
  }),
}));
