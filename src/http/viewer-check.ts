// The one check of a signed-in viewer against the database, for queries, mutations and
// subscriptions alike, over HTTP and WebSocket: the token's profile must be active and at the
// token's generation. A withdrawn sign-in is a signed-out request, like an expired token: public
// fields (sign in again) work, the rest answer UNAUTHENTICATED saying why.
import type { ExecutionArgs } from 'graphql';
import { locatedError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';
import { withTypedErrors } from './errors.ts';

export const SIGN_IN_AGAIN = 'This sign-in is no longer valid: sign in again.';

/** Sets ctx.viewer from ctx.claims; an error (the database out of reach) to answer instead, or null. */
async function checkViewer(args: ExecutionArgs) {
  const ctx = args.contextValue as Context;
  if (!ctx.claims) return null;
  try {
    ctx.viewer = await ctx.runtime.viewers.check(ctx.claims);
  } catch (error) {
    return withTypedErrors({ errors: [locatedError(error, undefined)] });
  }
  if (!ctx.viewer) {
    ctx.claims = null;
    ctx.tokenProblem = SIGN_IN_AGAIN;
    ctx.transaction.scope.companyId = null;
    ctx.transaction.scope.userId = null;
  }
  return null;
}

export function useViewerCheck(): Plugin<Context> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const refused = await checkViewer(args);
      if (refused) setResultAndStopExecution(refused);
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const refused = await checkViewer(args);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
