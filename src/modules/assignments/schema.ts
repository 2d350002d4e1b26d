// Who a client's marketer is and was: Client.assignmentHistory and assignClient.
import { signedIn } from '../../schema/context.ts';
import { builder } from '../../schema/builder.ts';
import { localId } from '../../schema/ids.ts';
import { clientPayload } from '../clients/schema.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { planned } from '../../schema/planning.ts';
import { personDetailSql, personDetails } from '../people/service.ts';
import { assignClient } from './service.ts';

builder.prismaObject('ClientAssignment', {
  description: "One change of a client's marketer.",
  authScopes: { can: 'READ_ASSIGNMENT_HISTORY' },
  fields: (t) => ({
    marketer: t.relation('marketer', { nullable: true, description: 'Null when the client was unassigned.' }),
    assignedAt: t.expose('assignedAt', { type: 'DateTime', description: 'When the change was made.' }),
    assignedBy: t.string({
      nullable: true,
      description: 'Name of who made the change, as the company knows them.',
      resolve: async (a, _args, ctx) =>
        a.assignedByUserId ? ((await personDetails(signedIn(ctx)).load(a.assignedByUserId))?.fullName ?? null) : null,
      extensions: planned({
        kind: 'sql',
        json: ({ row, aliases }) =>
          personDetailSql(
            aliases.company ?? Prisma.raw(`${row}."companyId"`),
            Prisma.raw(`${row}."assignedByUserId"`),
            'fullName',
          ),
      }),
    }),
  }),
});

builder.prismaObjectField('Client', 'assignmentHistory', (t) =>
  t.relatedConnection('assignments', {
    cursor: 'companyId_id',
    totalCount: true,
    description: 'Every change of marketer, newest first (staff only).',
    authScopes: { can: 'READ_ASSIGNMENT_HISTORY' },
    query: { orderBy: [{ assignedAt: 'desc' }, { id: 'desc' }] },
  }),
);

const AssignClientInput = builder.inputType('AssignClientInput', {
  description: 'A client and their new marketer (or none).',
  fields: (t) => ({
    clientId: t.id({ description: 'Global id of the Client.' }),
    marketerId: t.id({
      required: false,
      description: 'Global id of the new Marketer; null (or omitted) leaves the client without one.',
    }),
  }),
});

builder.mutationFields((t) => ({
  assignClient: t.withAuth({ can: 'MANAGE_CLIENTS' }).field({
    type: clientPayload('AssignClientPayload', 'The client with their new marketer.'),
    description: "Makes a marketer the client's current marketer (or none, with marketerId null), keeping the history.",
    args: { input: t.arg({ type: AssignClientInput, description: 'The client and the marketer.' }) },
    resolve: async (_root, { input }, ctx) => {
      const marketerId = input.marketerId == null ? null : localId(input.marketerId, 'Marketer', 'marketerId');
      return { id: await assignClient(ctx, localId(input.clientId, 'Client', 'clientId'), marketerId) };
    },
  }),
}));
