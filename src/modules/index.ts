// Assembles the schema from each module's schema.ts, and refuses to build it if any entry point
// (a root field, or a type reachable through `node`) has not declared who may use it.
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { builder } from '../schema/builder.ts';
import '../schema/scalars.ts';
import '../schema/node.ts';
import './people/schema.ts';
import './auth/schema.ts';
import './companies/schema.ts';
import './staff/schema.ts';
import './marketers/schema.ts';
import './clients/schema.ts';
import './assignments/schema.ts';
import './estates/schema.ts';
import './messages/schema.ts';
import './sequences/schema.ts';
import './sales/schema.ts';
import './payments/schema.ts';
import './commissions/schema.ts';
import './insights/schema.ts';
import './documents/schema.ts';
import './webhooks/schema.ts';
import './reminders/schema.ts';
import './notifications/schema.ts';
import './gateway/schema.ts';

builder.queryType({
  description:
    'What can be read. Each field says who may use it; `me { permissions }` lists what the signed-in viewer may do.',
});
builder.mutationType({
  description: 'What can be changed: each mutation takes one `input` and returns a payload with what it changed.',
});

/** Names of root fields and Node types that declare no authScopes: the schema must have none. */
export function undeclaredAccess(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const options = field.extensions?.pothosOptions as { authScopes?: unknown } | undefined;
      if (!options?.authScopes) missing.push(`${root!.name}.${field.name}`);
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
    const options = type.extensions?.pothosOptions as { authScopes?: unknown } | undefined;
    if (!options?.authScopes) missing.push(type.name);
  }
  return missing;
}

/** The prisma plugin's totalCount field takes no description, so every one gets the same here. */
function describeTotalCounts(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType)) continue;
    const field = type.getFields().totalCount;
    if (field?.extensions?.pothosPrismaTotalCount && !field.description)
      field.description = 'How many items the whole list holds (with its filters), across every page.';
  }
}

export function buildSchema(): GraphQLSchema {
  const schema = builder.toSchema();
  describeTotalCounts(schema);
  const missing = undeclaredAccess(schema);
  if (missing.length) throw new Error(`No authScopes declared (default is deny) on: ${missing.join(', ')}`);
  return schema;
}

export const schema = buildSchema();
