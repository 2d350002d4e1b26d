// The typed errors a client can act on (extensions.code); everything else is masked by Yoga.
import { GraphQLError } from 'graphql';

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
