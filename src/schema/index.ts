// Assembles the schema from one module per domain type, and refuses to build it if any entry
// point (a root field, or a type reachable through `node`) has not declared who may use it.
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './user.ts';
import './company.ts';
import './auth.ts';
import './people.ts';
import './marketer.ts';
import './client.ts';
import './staff.ts';
import './estate.ts';
import './assignment.ts';
import './message.ts';
import './sequence-status.ts';

builder.queryType({});
builder.mutationType({});

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

export function buildSchema(): GraphQLSchema {
  const schema = builder.toSchema();
  const missing = undeclaredAccess(schema);
  if (missing.length) throw new Error(`No authScopes declared (default is deny) on: ${missing.join(', ')}`);
  return schema;
}

export const schema = buildSchema();
