// One database transaction per query or mutation, opened when the operation first uses the
// database, with the company set first (row-level security). The viewer the token names is
// checked before anything runs. Any error rolls the whole operation back, so a mutation that
// fails half-way leaves nothing behind; events queued with afterCommit() go out after COMMIT.
import { locatedError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';
import { withTypedErrors } from './errors.ts';

export const SIGN_IN_AGAIN = 'This sign-in is no longer valid: sign in again.';

export function useOperationTransaction(): Plugin<Context> {
  return {
    onExecute({ setExecuteFn, executeFn }) {
      setExecuteFn(async (args) => {
        const ctx = args.contextValue as Context;
        const { transaction } = ctx;
        try {
          if (ctx.claims) {
            ctx.viewer = await ctx.runtime.viewers.check(ctx.db, ctx.claims);
            // A check that had to ask the database ends its transaction here, so nothing that
            // follows (a password hash) holds a connection before it needs one.
            await transaction.commit();
            if (!ctx.viewer) {
              // A withdrawn sign-in is a signed-out request, like an expired token: public fields
              // (sign in again) work, the rest answer UNAUTHENTICATED saying why.
              ctx.claims = null;
              ctx.tokenProblem = SIGN_IN_AGAIN;
              transaction.scope.companyId = null;
              transaction.scope.userId = null;
            }
          }
          const result = (await executeFn(args)) as ExecutionResult;
          if (result.errors?.length) {
            await transaction.rollback();
            return withTypedErrors(result);
          }
          await transaction.commit();
          for (const announce of ctx.announcements.splice(0)) announce();
          return result;
        } catch (error) {
          // Failing to begin, check the viewer or commit: typed when it is the database being out
          // of reach (SERVICE_UNAVAILABLE, retry shortly), masked otherwise.
          await transaction.rollback();
          return withTypedErrors({ errors: [locatedError(error, undefined)] });
        }
      });
    },
  };
}
