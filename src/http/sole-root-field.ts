// Sign-up, sign-in and setPassword switch the operation to another company and viewer part-way:
// any other root field in the same operation could run with rights it should not have (scopes are
// evaluated once per request). Fields marked `extensions: { soleRootField: true }` must therefore
// be the only field of their operation, checked before anything runs.
import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';
import { rootFields } from './root-fields.ts';

function soleRootFieldRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      const alone =
        operation.selectionSet.selections.length === 1 && operation.selectionSet.selections[0].kind === Kind.FIELD;
      if (!root || alone) return;
      for (const field of rootFields(operation.selectionSet, context.getDocument())) {
        if (!root.getFields()[field.name.value]?.extensions?.soleRootField) continue;
        context.reportError(
          new GraphQLError(`${field.name.value} must be the only field of its operation.`, {
            nodes: [field],
            extensions: { code: 'BAD_USER_INPUT', field: field.name.value },
          }),
        );
      }
    },
  };
}

export function useSoleRootFields(): Plugin<Context> {
  return { onValidate: ({ addValidationRule }) => addValidationRule(soleRootFieldRule) };
}
