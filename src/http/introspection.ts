// Who may read the schema itself: INTROSPECTION=on (anyone; the default outside production),
// staff (signed-in admins and analysts), or off (the default in production). Outside `on`,
// validation errors also stop suggesting names ("Did you mean …?"), which would otherwise reveal
// the schema a field at a time.
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { isStaff } from '../policy/roles.ts';
import type { Context } from '../schema/context.ts';

const SUGGESTION = / Did you mean .*\?$/;

/** By document: Yoga hands every request with the same text the same parsed document. */
const introspecting = new WeakMap<DocumentNode, boolean>();

function introspects(document: DocumentNode): boolean {
  let found = introspecting.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      found = true;
      return BREAK;
    },
  });
  introspecting.set(document, found);
  return found;
}

export function useIntrospectionPolicy(config: Config): Plugin<Context> {
  const mode = config.introspection;
  if (mode === 'on') return {};
  const refused = new GraphQLError(
    mode === 'staff' ? 'Sign in as staff to read the schema.' : 'Reading the schema is off on this server.',
    {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    },
  );
  return {
    // Checked at execution, once the viewer is checked against the database (viewer-check.ts).
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as Context;
      const allowed = mode === 'staff' && isStaff(ctx.viewer);
      if (!allowed && introspects(args.document)) setResultAndStopExecution({ errors: [refused] });
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.some((e) => SUGGESTION.test(e.message))) {
          setResult(
            result.map(
              (e) => new GraphQLError(e.message.replace(SUGGESTION, ''), { nodes: e.nodes, extensions: e.extensions }),
            ),
          );
        }
      };
    },
  };
}
