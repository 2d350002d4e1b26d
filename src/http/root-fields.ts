// The root fields an operation selects, as written or through fragments.
import { Kind, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';

/** Root fields of an operation with their response keys, through fragments. */
export function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, out: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, document, out);
    else {
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) rootFields(fragment.selectionSet, document, out);
    }
  }
  return out;
}
