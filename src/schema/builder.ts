// The Pothos schema builder: Prisma objects read through ctx.db (the tenant transaction), Relay
// ids and connections, and per-field authorization by role.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from '../context.ts';
import { forbidden, unauthenticated } from '../domain/errors.ts';
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
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO-8601 string');
    return date;
  },
});
