// What a client sees of a failure: a UserError becomes a GraphQL error with its code, expected
// database refusals (a unique or foreign key violation, a malformed id) become typed errors, and
// anything else is masked by Yoga, with no stack trace, SQL or internal detail.
import { GraphQLError, type ExecutionResult } from 'graphql';
import { maskError as yogaMaskError, type YogaServerOptions } from 'graphql-yoga';
import { Prisma } from '../generated/prisma/client.ts';
import { conflict, HTTP_STATUS, notFound, UserError } from '../shared/errors.ts';

type Located = { nodes?: GraphQLError['nodes']; path?: GraphQLError['path'] };

/** A GraphQL error with the UserError's code (and no originalError: Yoga passes it on as it is). */
export function toGraphQLError(error: UserError, located: Located = {}, message = error.message): GraphQLError {
  const status = HTTP_STATUS[error.code];
  const retryAfter = error.extensions.retryAfterSeconds;
  const http = status ? { status, ...(typeof retryAfter === 'number' ? { headers: { 'Retry-After': String(retryAfter) } } : {}) } : undefined;
  return new GraphQLError(message, { ...located, extensions: { ...error.extensions, ...(http ? { http } : {}) } });
}

/** A database refusal the API expects (constraints, malformed ids), as the UserError it means. */
function expectedDatabaseError(error: unknown): UserError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  // Raw statements (the allocator) report constraint failures as P2010 with the driver's cause.
  const cause = error.code === 'P2010' ? JSON.stringify(error.meta ?? {}) : '';
  if (error.code === 'P2002' || /UniqueConstraintViolation|23505/.test(cause)) return conflict('That already exists.');
  if (error.code === 'P2003' || /ForeignKeyConstraintViolation|23503/.test(cause)) return conflict('Other records still refer to this, or it refers to something gone.');
  if (error.code === 'P2025') return notFound('Record');
  // A malformed id or cursor that reached the database (not a UUID): nothing has it.
  if (error.code === 'P2007' || error.code === 'P2023' || /22P02/.test(cause)) return notFound('Record');
  return null;
}

/** What was first thrown under a GraphQL error (graphql-tools wraps a bad variable's error twice). */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

const knownError = (cause: unknown) => (cause instanceof UserError ? cause : expectedDatabaseError(cause));

/** The typed error an execution error stands for, or the error itself (masked later if unexpected). */
function typed(error: GraphQLError): GraphQLError {
  const original = rootCause(error);
  const known = knownError(original);
  // graphql-js prefixes a bad variable's message with where it is: keep that.
  return known ? toGraphQLError(known, { nodes: error.nodes, path: error.path }, original instanceof UserError ? error.message : known.message) : error;
}

/** Gives an execution result's expected errors their codes before Yoga masks the rest. */
export function withTypedErrors<R extends ExecutionResult>(result: R): R {
  return result.errors?.length ? { ...result, errors: result.errors.map(typed) } : result;
}

/** The last line: anything that still reaches Yoga's masking untyped. */
export const maskError: NonNullable<Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean>>['maskError'] = (error, message, isDev) => {
  if (error instanceof GraphQLError) {
    const withCode = typed(error);
    if (withCode !== error) return withCode;
  } else {
    const known = knownError(error);
    if (known) return toGraphQLError(known);
  }
  return yogaMaskError(error, message, isDev);
};
