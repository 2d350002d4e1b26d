// Every argument an operation passes is bounded, checked before anything runs (variables
// included, which the token limit cannot see): each list argument holds at most LIMITS.listItems
// (or its definition's `extensions: { maxItems }`), each text at most LIMITS.text characters (IDs
// LIMITS.id) and no control characters, and each page (`first`, `last`) at most PAGE.max. A
// refusal is one BAD_USER_INPUT naming every argument at fault; nothing of the request is echoed.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLScalarType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';
import { HTTP_STATUS } from '../shared/errors.ts';
import { LIMITS, PAGE } from '../shared/limits.ts';
import { coercedOperation, refuseBeforeRunning } from './operation.ts';

// Tab, line feed and carriage return are text; every other control character is refused.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface Problem {
  field: string;
  message: string;
}

/** Problems with one argument value of type `type`, found under `path` (its input path; '' for a mutation's input itself). */
export function checkValue(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  maxItems: number,
  out: Problem[],
): void {
  if (value == null) return;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (nullable instanceof GraphQLList) {
    const items = value as unknown[];
    if (items.length > maxItems) out.push({ field: path, message: `Give at most ${maxItems} items.` });
    else for (const item of items) checkValue(item, nullable.ofType, path, LIMITS.listItems, out);
  } else if (nullable instanceof GraphQLInputObjectType) {
    for (const field of Object.values(nullable.getFields())) {
      const limit = (field.extensions?.maxItems as number | undefined) ?? LIMITS.listItems;
      const at = path ? `${path}.${field.name}` : field.name;
      checkValue((value as Record<string, unknown>)[field.name], field.type, at, limit, out);
    }
  } else if (typeof value === 'string' && nullable instanceof GraphQLScalarType) {
    const max = nullable.name === 'ID' ? LIMITS.id : LIMITS.text;
    if (value.length > max) out.push({ field: path, message: `Use at most ${max} characters.` });
    else if (CONTROL.test(value)) out.push({ field: path, message: 'Control characters are not allowed.' });
  }
}

/** The arguments of every field `selectionSet` selects on `parent`, through fragments. */
function checkSelection(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  selectionSet: SelectionSetNode,
  parent: ReturnType<GraphQLSchema['getType']> | null,
  problems: Problem[],
  depth = 0,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      // Fragments that spread each other forever are refused by validation; stop here regardless.
      if (!fragment || depth > 50) continue;
      const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      checkSelection(schema, fragments, variables, fragment.selectionSet, on, problems, depth + 1);
      continue;
    }
    const field =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
    if (!field) continue; // __typename, or unknown (validation reports it)
    const args = getArgumentValues(field, selection, variables);
    for (const arg of field.args) {
      // Fields of a mutation's `input` are named as the services name them: `body`, not `input.body`.
      const maxItems = (arg.extensions?.maxItems as number | undefined) ?? LIMITS.listItems;
      checkValue(args[arg.name], arg.type, arg.name === 'input' ? '' : arg.name, maxItems, problems);
    }
    for (const name of ['first', 'last'] as const) {
      const value = args[name] as number | undefined;
      if (value != null && (value < 0 || value > PAGE.max)) {
        problems.push({ field: name, message: `${name} is from 0 to ${PAGE.max}.` });
      }
    }
    const type = getNamedType(field.type);
    if (selection.selectionSet && isCompositeType(type)) {
      checkSelection(schema, fragments, variables, selection.selectionSet, type, problems, depth + 1);
    }
  }
}

/** The refusal of an operation whose arguments are out of bounds, or null. */
export function argumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | null {
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const problems: Problem[] = [];
  try {
    checkSelection(
      schema,
      fragments,
      variables,
      operation.selectionSet,
      schema.getRootType(operation.operation),
      problems,
    );
  } catch {
    return null; // an argument execution will refuse on its own
  }
  if (!problems.length) return null;
  return new GraphQLError(problems[0].message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      field: problems[0].field,
      fields: problems,
      http: { status: HTTP_STATUS.BAD_USER_INPUT ?? 400 },
    },
  });
}

export const useArgumentBounds = (): Plugin<Context> =>
  refuseBeforeRunning((args) => {
    const operation = coercedOperation(args);
    return operation && argumentProblems(args.schema, args.document, operation.node, operation.variables);
  });
