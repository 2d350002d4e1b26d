// The Pothos schema builder: Prisma objects read through ctx.db (the tenant transaction), Relay
// ids and connections, and authorization on every entry point in the policy's vocabulary.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import type { Context, SignedInContext } from './context.ts';
import { getNamedType, getNullableType, isListType } from 'graphql';
import { PAGE } from '../shared/limits.ts';
import { can, type Permission } from '../policy/permissions.ts';
import { forbidden, notFound, unauthenticated } from '../shared/errors.ts';
import { isUuid } from '../shared/validation.ts';

export interface AuthScopes {
  /** Anyone, signed in or not. */
  public: boolean;
  /** Any signed-in viewer. */
  authenticated: boolean;
  /** A viewer whose role has this permission (src/policy/permissions.ts). */
  can: Permission;
}

/** Relay ids are base64 of "Typename:uuid". Anything else names nothing: NOT_FOUND, without echoing it. */
export function decodeGlobalID(globalID: string, field = 'id'): { typename: string; id: string } {
  const decoded = globalID.length <= 200 ? Buffer.from(globalID, 'base64').toString() : '';
  const colon = decoded.indexOf(':');
  const id = decoded.slice(colon + 1);
  if (colon < 1 || !isUuid(id)) throw notFound('Nothing with this id was', field);
  return { typename: decoded.slice(0, colon), id };
}

/** A list that is not a connection is priced as this many items (a field may declare its own). */
const LIST_ESTIMATE = 10;

/**
 * What a field costs (http/cost-limit.ts bounds the sum): 1, and everything it selects once per
 * item it can return: a connection's page size (`first` or `last`, PAGE.default when neither),
 * LIST_ESTIMATE for another list. A connection's edges were counted by their connection.
 */
function fieldCost(args: Record<string, unknown>, _ctx: unknown, field: { type: Parameters<typeof getNamedType>[0] }) {
  const named = getNamedType(field.type)?.name ?? '';
  if (named.endsWith('Connection')) {
    const page = (args.first ?? args.last ?? PAGE.default) as number;
    return { field: 1, multiplier: Math.min(Math.max(page, 0), PAGE.max) };
  }
  if (named.endsWith('Edge')) return { field: 1, multiplier: 1 };
  return isListType(getNullableType(field.type)) ? { field: 1, multiplier: LIST_ESTIMATE } : 1;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  AuthContexts: { authenticated: SignedInContext; can: SignedInContext };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    BigInt: { Input: bigint; Output: bigint | number };
    ID: { Input: string; Output: string | number | bigint };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  // Costs only: the limit is checked before execution (http/cost-limit.ts), not in resolvers.
  complexity: { fieldComplexity: fieldCost, disabled: true },
  prisma: {
    // The tenant transaction: Pothos' own relation and node loads are scoped like everything else.
    // (Pothos types this as a full client; a transaction lacks only $connect and friends.)
    client: (ctx) => ctx.db as unknown as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    // Pages: PAGE.default when first/last are omitted; larger than PAGE.max is refused before execution.
    defaultConnectionSize: PAGE.default,
    maxConnectionSize: PAGE.max,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID: (globalID) => decodeGlobalID(globalID),
    // node and nodes are src/schema/node.ts: null for anything missing or hidden, as Relay expects.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // The Relay built-ins the docs explorer shows on every list, described once here.
    idFieldOptions: { description: 'Global id: refetch with node(id:), or name the object in arguments and filters.' },
    nodeTypeOptions: { description: 'An object with a global id, which node(id:) refetches.' },
    pageInfoTypeOptions: {
      description: 'Where a page sits in its list, and the cursors to ask for the pages around it.',
    },
    hasNextPageFieldOptions: { description: 'True when items follow this page (ask for them with after: endCursor).' },
    hasPreviousPageFieldOptions: {
      description: 'True when items come before this page (ask for them with before: startCursor).',
    },
    startCursorFieldOptions: { description: "The first item's cursor; null for an empty page." },
    endCursorFieldOptions: { description: "The last item's cursor; null for an empty page." },
    defaultConnectionTypeOptions: {
      description: 'One page of a list: its items (edges), where it sits (pageInfo), and totalCount.',
    },
    defaultEdgeTypeOptions: { description: 'One item of a page, with the cursor to continue from it.' },
    edgesFieldOptions: { description: "The page's items, in the list's order." },
    pageInfoFieldOptions: { description: 'Whether there are more items, and the cursors to ask for them.' },
    cursorFieldOptions: { description: 'Opaque: pass it as `after` (or `before`) to continue from this item.' },
    nodeFieldOptions: { description: 'The item.' },
    firstArgOptions: {
      description: `The first this many items, 0 to ${PAGE.max} (more is BAD_USER_INPUT naming first); ${PAGE.default} when neither first nor last is given.`,
    },
    lastArgOptions: { description: `The last this many items, 0 to ${PAGE.max} (more is BAD_USER_INPUT naming last).` },
    afterArgOptions: { description: "Items after this cursor (an endCursor, or an edge's cursor)." },
    beforeArgOptions: { description: "Items before this cursor (a startCursor, or an edge's cursor)." },
  },
  scopeAuth: {
    // Subscriptions are checked once, when they start; each event is re-checked by the server.
    authorizeOnSubscribe: true,
    // Loaders, not values: sign-in and sign-up set the viewer during the operation, and a scope
    // is evaluated (then cached for the request) only when a field first asks for it.
    authScopes: (ctx) => ({
      public: true,
      authenticated: () => !!ctx.viewer,
      can: (permission) => can(ctx.viewer, permission),
    }),
    unauthorizedError: (_parent, ctx) => (ctx.viewer ? forbidden() : unauthenticated(ctx.tokenProblem ?? undefined)),
  },
});

/** The builder's type parameters, for helpers that take one of its field builders. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
