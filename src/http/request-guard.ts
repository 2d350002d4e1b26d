// What one operation may ask, checked before anything runs (variables included, which the token
// limit cannot see): every list argument is bounded, every text argument is bounded and free of
// control characters, every page is at most MAX_PAGE, and the operation's cost — the objects it
// could return, counting each connection's page size — is at most MAX_COST. A refusal is a typed
// error naming the limit; nothing of the request is echoed back.
import {
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLScalarType,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { HTTP_STATUS } from '../shared/errors.ts';
import type { Context } from './context.ts';

export const PAGE = { default: 20, max: 100 } as const;
export const MAX_COST = 20_000;
/** Items in a list argument unless its definition says otherwise (`extensions: { maxItems }`). */
export const MAX_LIST_ITEMS = 100;
/** Characters in a text argument; IDs are shorter. */
export const MAX_TEXT = 10_000;
const MAX_ID = 200;
/** A list field that is not a connection is priced as this many objects. */
const LIST_ESTIMATE = 10;
// Tab, line feed and carriage return are text; every other control character is refused.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

interface Problem {
  field: string;
  message: string;
}

/** Problems with one argument value of type `type`, found under `path` (its input path; '' for a mutation's input itself). */
function checkValue(value: unknown, type: GraphQLInputType, path: string, maxItems: number, out: Problem[]): void {
  if (value == null) return;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (nullable instanceof GraphQLList) {
    const items = value as unknown[];
    if (items.length > maxItems) out.push({ field: path, message: `Give at most ${maxItems} items.` });
    else for (const item of items) checkValue(item, nullable.ofType, path, MAX_LIST_ITEMS, out);
  } else if (nullable instanceof GraphQLInputObjectType) {
    for (const field of Object.values(nullable.getFields())) {
      const limit = (field.extensions?.maxItems as number | undefined) ?? MAX_LIST_ITEMS;
      checkValue(
        (value as Record<string, unknown>)[field.name],
        field.type,
        path ? `${path}.${field.name}` : field.name,
        limit,
        out,
      );
    }
  } else if (typeof value === 'string' && nullable instanceof GraphQLScalarType) {
    const max = nullable.name === 'ID' ? MAX_ID : MAX_TEXT;
    if (value.length > max) out.push({ field: path, message: `Use at most ${max} characters.` });
    else if (CONTROL.test(value)) out.push({ field: path, message: 'Control characters are not allowed.' });
  }
}

const isConnection = (type: GraphQLCompositeType) => type.name.endsWith('Connection');

/**
 * The cost of a selection: each field 1, plus what it selects times how many of it there can be
 * (a connection's page size for its edges or nodes, LIST_ESTIMATE for other lists).
 */
function walk(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  pageSize: number | null,
  problems: Problem[],
  depth = 0,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection
          : document.definitions.find(
              (d): d is FragmentDefinitionNode =>
                d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
            );
      // Fragments that spread each other forever are refused by validation; stop here regardless.
      if (!fragment || depth > 50) continue;
      const on = fragment.typeCondition
        ? (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined)
        : parent;
      if (on) cost += walk(schema, document, variables, fragment.selectionSet, on, pageSize, problems, depth + 1);
      continue;
    }
    const field =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
    if (!field) continue; // __typename, or unknown (validation reports it)
    const args = getArgumentValues(field, selection, variables);
    for (const arg of field.args) {
      // Fields of a mutation's `input` are named as the services name them: `body`, not `input.body`.
      checkValue(
        args[arg.name],
        arg.type,
        arg.name === 'input' ? '' : arg.name,
        (arg.extensions?.maxItems as number | undefined) ?? MAX_LIST_ITEMS,
        problems,
      );
    }
    const type = getNamedType(field.type);
    let childPage: number | null = null;
    if (isCompositeType(type) && isConnection(type)) {
      const size = (args.first ?? args.last ?? PAGE.default) as number;
      for (const name of ['first', 'last'] as const) {
        const value = args[name] as number | undefined;
        if (value != null && (value < 0 || value > PAGE.max))
          problems.push({ field: name, message: `${name} is from 0 to ${PAGE.max}.` });
      }
      childPage = Math.min(Math.max(size, 0), PAGE.max);
    }
    const many = isListType(getNullableType(field.type)) ? (pageSize ?? LIST_ESTIMATE) : 1;
    const below =
      selection.selectionSet && isCompositeType(type)
        ? walk(schema, document, variables, selection.selectionSet, type, childPage, problems, depth + 1)
        : 0;
    cost += 1 + many * below;
  }
  return cost;
}

const refusal = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { ...extensions, http: { status: HTTP_STATUS.BAD_USER_INPUT ?? 400 } } });

/** The reason to refuse this operation before running it, or null. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null; // execution reports it
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null; // execution reports the bad variable
  const problems: Problem[] = [];
  let cost: number;
  try {
    cost = walk(schema, document, coerced.coerced, operation.selectionSet, root, null, problems);
  } catch {
    return null; // an argument execution will refuse on its own
  }
  if (problems.length) {
    return refusal(problems[0].message, { code: 'BAD_USER_INPUT', field: problems[0].field, fields: problems });
  }
  if (cost > MAX_COST) {
    return refusal(
      `This operation could return ${cost} objects; the limit is ${MAX_COST}. Ask for smaller pages or fewer nested lists.`,
      { code: 'QUERY_TOO_COMPLEX', cost, limit: MAX_COST },
    );
  }
  return null;
}

export function useRequestGuard(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = checkOperation(args.schema, args.document, args.operationName, args.variableValues);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = checkOperation(args.schema, args.document, args.operationName, args.variableValues);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}
