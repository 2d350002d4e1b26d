// Who a client's marketer is and was: Client.assignmentHistory and assignClient.
import { signedIn } from '../../http/context.ts';
import { builder } from '../../schema/builder.ts';
import { localId } from '../../schema/ids.ts';
import { personDetails } from '../people/service.ts';
import { assignClient } from './service.ts';
import { byId } from '../session.ts';

builder.prismaObject('ClientAssignment', {
  description: "One change of a client's marketer.",
  authScopes: { can: 'READ_ASSIGNMENT_HISTORY' },
  fields: (t) => ({
    marketer: t.relation('marketer', { nullable: true, description: 'Null when the client was unassigned.' }),
    assignedAt: t.expose('assignedAt', { type: 'DateTime' }),
    assignedBy: t.string({
      nullable: true,
      description: 'Name of who made the change, as the company knows them.',
      resolve: async (a, _args, ctx) => (a.assignedByUserId ? ((await personDetails(signedIn(ctx)).load(a.assignedByUserId))?.fullName ?? null) : null),
    }),
  }),
});

builder.prismaObjectField('Client', 'assignmentHistory', (t) =>
  t.relatedConnection('assignments', {
    cursor: 'companyId_id',
    description: 'Every change of marketer, newest first (staff only).',
    authScopes: { can: 'READ_ASSIGNMENT_HISTORY' },
    query: { orderBy: [{ assignedAt: 'desc' }, { id: 'desc' }] },
  }),
);

builder.mutationFields((t) => ({
  assignClient: t.withAuth({ can: 'MANAGE_CLIENTS' }).prismaField({
    type: 'Client',
    description: "Makes a marketer the client's current marketer (or none, with marketerId null), keeping the history.",
    args: { clientId: t.arg.id(), marketerId: t.arg.id({ required: false }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.client.findUniqueOrThrow({ ...query, where: byId(ctx, await assignClient(ctx, localId(args.clientId, 'Client', 'clientId'), args.marketerId == null ? null : localId(args.marketerId, 'Marketer', 'marketerId'))) }),
  }),
}));
