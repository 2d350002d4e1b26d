// One log line per operation: its name, how long it took, and the codes of any errors.
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';

export function useRequestLog(log: (line: string) => void): Plugin<Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const name = args.operationName ?? 'anonymous';
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result && result.errors ? result.errors.map((e) => e.extensions?.code ?? 'INTERNAL').join(',') : '';
          log(`${name} ${(performance.now() - started).toFixed(1)}ms${errors ? ` errors=${errors}` : ''}`);
        },
      };
    },
  };
}
