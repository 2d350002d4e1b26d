// Queries answered by the read planner (src/planner/): each root field it plans is one statement
// whose JSON goes out as PostgreSQL wrote it; the root fields it does not plan (and any whose
// answer holds a row the resolvers would refuse) run through the resolvers, and the two are put
// back together in the order asked. Runs inside the operation's transaction (it is listed before
// that plugin, which wraps it) and only for a signed-in viewer. COMPILED_READS=false turns it off.
import { type ExecutionArgs, type ExecutionResult, getOperationAST, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Prisma } from '../generated/prisma/client.ts';
import { FALLBACK_TEXT } from '../planner/json.ts';
import { planRoots } from '../planner/roots.ts';
import type { Context } from '../schema/context.ts';
import { coercedOperation } from './operation.ts';

/** JSON text of each root key's value, in order; `errors` from the resolvers' part. */
function mergedResult(order: string[], texts: Map<string, string>, resolved: ExecutionResult | null): ExecutionResult {
  let data: Record<string, unknown> | undefined;
  const dataText = () =>
    `{${order.map((key) => `${JSON.stringify(key)}:${texts.get(key) ?? JSON.stringify(resolved?.data?.[key] ?? null)}`).join(',')}}`;
  return {
    ...(resolved?.errors ? { errors: resolved.errors } : {}),
    get data() {
      data ??= JSON.parse(dataText()) as Record<string, unknown>;
      return data;
    },
    // Yoga writes a result with `stringify` through it: the statements' JSON is never parsed here.
    stringify: (result: ExecutionResult) =>
      `{${result.errors?.length ? `"errors":${JSON.stringify(result.errors)},` : ''}"data":${dataText()}}`,
  } as ExecutionResult;
}

export function usePlannedReads(): Plugin<Context> {
  return {
    onExecute({ setExecuteFn, executeFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const ctx = args.contextValue as Context;
        const operation = ctx.viewer ? getOperationAST(args.document, args.operationName) : null;
        const coerced = operation?.operation === 'query' ? coercedOperation(args) : null;
        if (!coerced) return executeFn(args);
        const plans = planRoots(args.schema, args.document, coerced.node, coerced.variables, ctx as never);
        if (plans.every((plan) => !plan.statement)) return executeFn(args);
        const texts = new Map<string, string>();
        const planned = plans.filter((plan) => plan.statement);
        const answers = await ctx.transaction.readTexts(planned.map((plan) => plan.statement as Prisma.Sql));
        planned.forEach((plan, i) => {
          const json = answers[i] ?? 'null';
          if (!json.includes(FALLBACK_TEXT)) texts.set(plan.key, json);
        });
        const rest = plans.filter((plan) => !texts.has(plan.key));
        let resolved: ExecutionResult | null = null;
        if (rest.length) {
          // The resolvers answer the other root fields, through the same execute (and transaction).
          const only: OperationDefinitionNode = {
            ...coerced.node,
            selectionSet: { kind: Kind.SELECTION_SET, selections: rest.flatMap((plan) => plan.nodes) },
          };
          const document = {
            ...args.document,
            definitions: args.document.definitions.map((d) => (d === coerced.node ? only : d)),
          };
          resolved = (await executeFn({ ...args, document })) as ExecutionResult;
          // A non-null root field failed: there is no data at all, as there would have been none.
          if (resolved.data === null) return resolved;
        }
        return mergedResult(
          plans.map((plan) => plan.key),
          texts,
          resolved,
        );
      });
    },
  };
}
