// The Pothos schema builder: Prisma objects read through ctx.db (the tenant transaction), Relay
// ids and connections, and per-field authorization by role.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from '../context.ts';
import { Kind } from 'graphql';
import { forbidden, unauthenticated, userError } from '../domain/errors.ts';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';

export interface AuthScopes {
  /** Anyone, signed in or not. */
  public: boolean;
  /** Any signed-in viewer. */
  authenticated: boolean;
  admin: boolean;
  /** ADMIN or ANALYST. */
  staff: boolean;
  marketer: boolean;
  client: boolean;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    BigInt: { Input: bigint; Output: bigint | number };
    ID: { Input: string; Output: string | number | bigint };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  prisma: {
    client: (ctx) => ctx.db as never,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { authScopes: { authenticated: true } },
    nodesQueryOptions: { authScopes: { authenticated: true } },
  },
  scopeAuth: {
    // Subscriptions are checked once, when they start (their events carry no database access).
    authorizeOnSubscribe: true,
    // Loaders, not values: sign-in and sign-up set the viewer during the operation, and a scope
    // is evaluated (then cached for the request) only when a field first asks for it.
    authScopes: (ctx) => {
      const role = () => ctx.viewer?.role;
      return {
        public: true,
        authenticated: () => !!ctx.viewer,
        admin: () => role() === 'ADMIN',
        staff: () => role() === 'ADMIN' || role() === 'ANALYST',
        marketer: () => role() === 'MARKETER',
        client: () => role() === 'CLIENT',
      };
    },
    unauthorizedError: (_parent, ctx) => (ctx.viewer ? forbidden() : unauthenticated()),
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) throw userError('BAD_USER_INPUT', 'DateTime must be an ISO-8601 string.');
    return date;
  },
});

builder.scalarType('BigInt', {
  description: 'A whole number of any size, as a string of digits (amounts in minor units).',
  serialize: (value) => BigInt(value).toString(),
  parseValue: (value) => {
    if ((typeof value === 'string' && /^-?\d{1,30}$/.test(value)) || (typeof value === 'number' && Number.isSafeInteger(value))) return BigInt(value);
    throw userError('BAD_USER_INPUT', 'BigInt must be a whole number, given as a string of digits.');
  },
  parseLiteral: (ast) => {
    if ((ast.kind === Kind.STRING || ast.kind === Kind.INT) && /^-?\d{1,30}$/.test(ast.value)) return BigInt(ast.value);
    throw userError('BAD_USER_INPUT', 'BigInt must be a whole number, given as a string of digits.');
  },
});
