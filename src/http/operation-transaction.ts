// One database transaction per query or mutation: it first sets the company (for row-level
// security) and checks the viewer the token names; any error rolls the whole operation back, so a
// mutation that fails half-way leaves nothing behind. Events queued with afterCommit() go out only
// after COMMIT.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { inTenantTransaction } from '../db/tenant.ts';
import { loadViewer } from '../modules/auth/service.ts';
import { unauthenticated } from '../shared/errors.ts';
import { outsideTransaction, type Context } from './context.ts';
import { toGraphQLError, withTypedErrors } from './errors.ts';

export const SIGN_IN_AGAIN = 'This sign-in is no longer valid: sign in again.';

/** Carries a result with errors out of the transaction callback, which then rolls back. */
class Rollback {
  constructor(readonly result: ExecutionResult) {}
}

export function useOperationTransaction(): Plugin<Context> {
  return {
    onExecute({ setExecuteFn, executeFn }) {
      setExecuteFn(async (args) => {
        const ctx = args.contextValue as Context;
        let result: ExecutionResult;
        try {
          result = await inTenantTransaction(ctx.runtime.base, ctx.scope, async (tx) => {
            ctx.db = tx;
            if (ctx.claims) {
              ctx.viewer = await loadViewer(tx, ctx.claims);
              if (!ctx.viewer) return { errors: [toGraphQLError(unauthenticated(SIGN_IN_AGAIN))] };
            }
            const executed = (await executeFn(args)) as ExecutionResult;
            if (executed.errors?.length) throw new Rollback(executed);
            return executed;
          });
        } catch (error) {
          if (error instanceof Rollback) return withTypedErrors(error.result);
          throw error;
        } finally {
          ctx.db = outsideTransaction;
        }
        for (const announce of ctx.announcements.splice(0)) announce();
        return result;
      });
    },
  };
}
