// The failures a client can act on, each with a code it can switch on (GraphQL's
// `extensions.code`). Services throw them without knowing about GraphQL; src/http/errors.ts turns
// them into GraphQL errors and masks everything else.

/** Every code the API answers with; anything else a client sees is masked (INTERNAL_SERVER_ERROR). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  // Request limits (src/http/limits.ts): too costly or too large to run at all.
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  // Trusted documents (src/http/trusted-documents.ts): text where only hashes run, an unknown hash.
  'PERSISTED_QUERY_ONLY',
  'PERSISTED_QUERY_NOT_FOUND',
  // Trusted documents off: a hash alone cannot run (Apollo's automatic persisted queries).
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // WebSocket: more operations at once than one socket or one sign-in may run (src/shared/limits.ts).
  'TOO_MANY_OPERATIONS',
  // Document links (src/http/documents.ts): a signed link whose time is up.
  'LINK_EXPIRED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** HTTP status of a response whose only error has this code (GraphQL over HTTP answers 200 otherwise). */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  PERSISTED_QUERY_ONLY: 400,
  PERSISTED_QUERY_NOT_FOUND: 404,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  LINK_EXPIRED: 410,
};

export class UserError extends Error {
  /** `code` and what else the client gets (the field, a suggestion); graphql-js copies these. */
  readonly extensions: { code: ErrorCode } & Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'UserError';
    this.extensions = { ...details, code };
  }
}

export const unauthenticated = (message = 'Sign in to continue.') => new UserError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new UserError('FORBIDDEN', message);
export const notFound = (what: string, field?: string) =>
  new UserError('NOT_FOUND', `${what} not found.`, field ? { field } : {});
/** One invalid field of an input: its path in the input (such as `admin.email`) and what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}
/** BAD_USER_INPUT for every invalid field of an input: `field` and the message tell the first (as they always have), `fields` lists all. */
export const invalidInput = (problems: readonly FieldProblem[]) =>
  new UserError('BAD_USER_INPUT', problems[0].message, { field: problems[0].field, fields: [...problems] });
export const badInput = (field: string, message: string) => invalidInput([{ field, message }]);
export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new UserError('CONFLICT', message, extensions);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new UserError('RATE_LIMITED', message, { retryAfterSeconds });
export const unavailable = (message: string, retryAfterSeconds = 1) =>
  new UserError('SERVICE_UNAVAILABLE', message, { retryAfterSeconds });

/** A start that cannot go on for a reason an operator fixes (a setting, another process): logged as its message, no stack. */
export class RefusedStart extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedStart';
  }
}

/**
 * A value an operation reads once before its lists are built (the company's today) was not read
 * yet: the read planner leaves such a list to the resolvers, which read it first.
 */
export class NotReadYet extends Error {
  constructor(what: string) {
    super(`${what} was not read before this list`);
    this.name = 'NotReadYet';
  }
}
