// Reads answered by one SQL statement that builds the response (src/modules/estates/compiled-read.ts)
// instead of the resolvers. Runs inside the operation's transaction (it is listed before that
// plugin, so the transaction wraps it) and only for a signed-in viewer; whatever it does not
// compile goes to the resolvers unchanged. COMPILED_READS=false turns it off.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { compileEstatesRead } from '../modules/estates/compiled-read.ts';
import type { Context } from '../schema/context.ts';

/**
 * The statement's JSON goes out as PostgreSQL wrote it: Yoga serialises a result with its own
 * `stringify` when it has one (HTTP, SSE), so the response is never parsed and re-serialised;
 * `data` is parsed only if something reads it (graphql-ws, or a plugin).
 */
function compiledResult(text: string): ExecutionResult & { stringify: () => string } {
  let data: Record<string, unknown> | undefined;
  return {
    get data() {
      data ??= JSON.parse(text) as Record<string, unknown>;
      return data;
    },
    stringify: () => `{"data":${text}}`,
  };
}

export function useCompiledReads(): Plugin<Context> {
  return {
    onExecute({ setExecuteFn, executeFn }) {
      setExecuteFn(async (args) => {
        const ctx = args.contextValue as Context;
        const statement =
          ctx.viewer &&
          compileEstatesRead(
            args.schema,
            args.document,
            args.operationName,
            args.variableValues ?? undefined,
            ctx.viewer,
          );
        if (!statement) return executeFn(args);
        const [{ data: text }] = await ctx.db.$queryRaw<{ data: string }[]>(statement);
        return compiledResult(text);
      });
    },
  };
}
