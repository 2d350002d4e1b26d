// The fields an operation selects on one object type, by response name, as execution collects
// them: through named and inline fragments whose type condition applies, with @skip and @include.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  isAbstractType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

export interface Operation {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Nodes of one response key (a field asked for twice merges, as execution merges it). */
export type Selected = Map<string, FieldNode[]>;

export function collectFields(
  op: Operation,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  into: Selected = new Map(),
  visited = new Set<string>(),
): Selected {
  for (const set of selectionSets) {
    for (const selection of set.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, op.variables)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, op.variables)?.if === false) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (visited.has(selection.name.value)) continue;
        visited.add(selection.name.value);
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : op.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition ? op.schema.getType(fragment.typeCondition.name.value) : type;
      const applies =
        condition === type || (!!condition && isAbstractType(condition) && op.schema.isSubType(condition, type));
      if (applies) collectFields(op, type, [fragment.selectionSet], into, visited);
    }
  }
  return into;
}

/** The selection sets under the nodes of one response key. */
export const subSelections = (nodes: readonly FieldNode[]) =>
  nodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => !!set);
