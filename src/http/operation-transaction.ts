// One database transaction per query or mutation, opened when the operation first uses the
// database, with the company set first (row-level security). Any error rolls the whole operation
// back, so a mutation that fails half-way leaves nothing behind; events queued with afterCommit()
// go out after COMMIT.
import { type ExecutionResult, locatedError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';
import { withTypedErrors } from './errors.ts';

export function useOperationTransaction(): Plugin<Context> {
  return {
    onExecute({ setExecuteFn, executeFn }) {
      setExecuteFn(async (args) => {
        const ctx = args.contextValue as Context;
        const { transaction } = ctx;
        try {
          const executed = (await executeFn(args)) as ExecutionResult;
          // graphql-js keeps adding errors of fields still running to its array: answer with these.
          const result = executed.errors ? { ...executed, errors: [...executed.errors] } : executed;
          if (result.errors?.length) {
            await transaction.finish(false);
            return withTypedErrors(result);
          }
          await transaction.finish(true);
          for (const announce of ctx.announcements.splice(0)) announce();
          return result;
        } catch (error) {
          // Failing to begin or commit: typed when it is the database being out of reach
          // (SERVICE_UNAVAILABLE, retry shortly), masked otherwise.
          await transaction.finish(false);
          return withTypedErrors({ errors: [locatedError(error, undefined)] });
        }
      });
    },
  };
}
