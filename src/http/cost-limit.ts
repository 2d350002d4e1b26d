// What an operation could return is bounded before it runs: its cost, the sum over the fields it
// selects of what each field declares (Pothos' complexity plugin: schema/builder.ts states the
// rule once, fields with their own price declare it beside their resolver), must stay within
// LIMITS.cost. Variables count as given (a `first: $n` multiplies by $n).
import { createComplexityRule } from '@pothos/plugin-complexity';
import { type DocumentNode, GraphQLError, Kind, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';
import { LIMITS } from '../shared/limits.ts';
import { type CoercedOperation, coercedOperation, refuseBeforeRunning } from './operation.ts';

/** The operation's cost: the complexity plugin's sum, over this operation alone and its fragments. */
export function operationCost(
  schema: Parameters<typeof validate>[0],
  document: DocumentNode,
  operation: CoercedOperation,
  context: object,
): number | null {
  let cost: number | null = null;
  const only: DocumentNode = {
    ...document,
    definitions: [operation.node, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  const rule = createComplexityRule({
    context,
    variableValues: operation.variables,
    onResult: (result) => {
      cost = result.complexity;
    },
  });
  try {
    validate(schema, only, [rule]);
  } catch {
    return null; // an argument execution will refuse on its own
  }
  return cost;
}

export const useCostLimit = (): Plugin<Context> =>
  refuseBeforeRunning((args) => {
    const operation = coercedOperation(args);
    const cost = operation && operationCost(args.schema, args.document, operation, args.contextValue as object);
    if (cost == null || cost <= LIMITS.cost) return null;
    return new GraphQLError(
      `This operation could return ${cost} objects; the limit is ${LIMITS.cost}. Ask for smaller pages or fewer nested lists.`,
      { extensions: { code: 'QUERY_TOO_COMPLEX', cost, limit: LIMITS.cost, http: { status: 400 } } },
    );
  });
