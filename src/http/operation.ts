// The operation a request runs and its variables, coerced as execution will coerce them, for the
// checks that run before it (argument bounds, cost). Null when execution will refuse it anyway
// (no such operation, a bad variable), which then answers with its own error.
import {
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
  getOperationAST,
  getVariableValues,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';

export interface CoercedOperation {
  node: OperationDefinitionNode;
  variables: Record<string, unknown>;
}

const seen = new WeakMap<object, CoercedOperation | null>();

export function coercedOperation(args: ExecutionArgs): CoercedOperation | null {
  if (seen.has(args)) return seen.get(args)!;
  const node = getOperationAST(args.document, args.operationName);
  let found: CoercedOperation | null = null;
  if (node && args.schema.getRootType(node.operation)) {
    const coerced = getVariableValues(args.schema, node.variableDefinitions ?? [], args.variableValues ?? {}, {
      maxErrors: 1,
    });
    if (!coerced.errors) found = { node, variables: coerced.coerced };
  }
  seen.set(args, found);
  return found;
}

/**
 * A plugin refusing, before a query, mutation or subscription runs, what `refusal` finds wrong
 * with it (null: let it run).
 */
export function refuseBeforeRunning(refusal: (args: ExecutionArgs) => GraphQLError | null): Plugin<Context> {
  const check = ({
    args,
    setResultAndStopExecution,
  }: {
    args: ExecutionArgs;
    setResultAndStopExecution(result: ExecutionResult): void;
  }) => {
    const refused = refusal(args);
    if (refused) setResultAndStopExecution({ errors: [refused] });
  };
  return { onExecute: check, onSubscribe: check };
}
