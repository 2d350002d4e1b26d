// A table that is a page of a list the server exports whole (clients, sales, receivables by
// client, …) can be downloaded in full: the same field arguments (`filter`, `orderBy`, `asOf`, …;
// paging aside) sent to GET /exports/<list>.csv|xlsx, read from the operation in the editor.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getOperationAST,
  Kind,
  parse,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/** A list the server exports whole, and the field names that reach it from Query. */
export interface ExportPath {
  list: string;
  path: string[];
}

const PAGING = new Set(['first', 'last', 'after', 'before']);

/** The fields answered under `key` in a selection set, through fragments. */
function fieldsAt(set: SelectionSetNode, key: string, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  return set.selections.flatMap((s): FieldNode[] => {
    if (s.kind === Kind.FIELD) return (s.alias ?? s.name).value === key ? [s] : [];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsAt(s.selectionSet, key, fragments);
    const fragment = fragments.get(s.name.value);
    return fragment ? fieldsAt(fragment.selectionSet, key, fragments) : [];
  });
}

/** `/exports/<list>` and its query string for the list at `path` (response keys), or null. */
export function exportFor(
  path: string[],
  operation: { query: string; variables: Record<string, unknown>; operationName: string | null },
  exports: ExportPath[],
): { list: string; params: URLSearchParams } | null {
  try {
    const document = parse(operation.query);
    const op = getOperationAST(document, operation.operationName ?? undefined);
    if (op?.operation !== 'query') return null;
    const fragments = new Map(
      document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const params = new URLSearchParams();
    const names: string[] = [];
    let set: SelectionSetNode | undefined = op.selectionSet;
    for (const key of path) {
      const matches: FieldNode[] = set ? fieldsAt(set, key, fragments) : [];
      if (matches.length !== 1) return null;
      const field: FieldNode = matches[0];
      names.push(field.name.value);
      for (const arg of field.arguments ?? []) {
        const value = valueFromASTUntyped(arg.value, operation.variables);
        if (!PAGING.has(arg.name.value) && value !== undefined) params.set(arg.name.value, JSON.stringify(value));
      }
      set = field.selectionSet;
    }
    const match = exports.find((e) => e.path.join('.') === names.join('.'));
    return match ? { list: match.list, params } : null;
  } catch {
    return null;
  }
}
