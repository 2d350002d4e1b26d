// The typed errors a client can act on (extensions.code); everything else is masked by Yoga.
import { GraphQLError, Kind, type GraphQLResolveInfo } from 'graphql';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, RATE_LIMITED: 429 };

export function userError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
}

export const unauthenticated = (message = 'Sign in to continue.') => userError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => userError('FORBIDDEN', message);
export const notFound = (what: string) => userError('NOT_FOUND', `${what} not found.`);
export const badInput = (field: string, message: string) => userError('BAD_USER_INPUT', message, { field });
export const conflict = (message: string, extensions: Record<string, unknown> = {}) => userError('CONFLICT', message, extensions);

/**
 * Sign-in, sign-up and setPassword switch the operation to another company and viewer part-way:
 * other root fields in the same operation could run with rights they should not have (scopes are
 * evaluated once per request), so these must be the only field of their operation.
 */
export function requireSoleRootField(info: GraphQLResolveInfo): void {
  const selections = info.operation.selectionSet.selections;
  if (selections.length !== 1 || selections[0].kind !== Kind.FIELD) {
    throw userError('BAD_USER_INPUT', `${info.fieldName} must be the only field of its operation.`, { field: info.fieldName });
  }
}
