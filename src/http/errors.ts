// What a client sees of a failure: a UserError becomes a GraphQL error with its code, expected
// database refusals (a unique or foreign key violation, a malformed id) become typed errors, and
// anything else is masked by Yoga, with no stack trace, SQL or internal detail.
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { maskError as yogaMaskError, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import { Prisma } from '../generated/prisma/client.ts';
import { badInput, conflict, HTTP_STATUS, notFound, unavailable, UserError } from '../shared/errors.ts';

type Located = { nodes?: GraphQLError['nodes']; path?: GraphQLError['path'] };

/** A GraphQL error with the UserError's code (and no originalError: Yoga passes it on as it is). */
export function toGraphQLError(error: UserError, located: Located = {}, message = error.message): GraphQLError {
  const status = HTTP_STATUS[error.code];
  const retryAfter = error.extensions.retryAfterSeconds;
  const http = status
    ? { status, ...(typeof retryAfter === 'number' ? { headers: { 'Retry-After': String(retryAfter) } } : {}) }
    : undefined;
  return new GraphQLError(message, { ...located, extensions: { ...error.extensions, ...(http ? { http } : {}) } });
}

/** Codes and words by which Prisma, the pg driver and PostgreSQL say the database is out of reach or too busy. */
const UNREACHABLE_CODES = new Set([
  'P1001',
  'P1002',
  'P1017',
  'P2024',
  'P2028',
  'P2037',
  'ECONNREFUSED',
  'ECONNRESET',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  '53300',
]);
// Prisma puts PostgreSQL's own code only in the message ("Code: `57P03`").
const UNREACHABLE_WORDS =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection (?:is )?closed|connection error and is not queryable|terminating connection|the database system is|Unable to start a transaction in the given time|too many (?:clients|connections)|\b(?:57P0[1-3]|08\d{3}|53300)\b/i;

/** Whether `error` (or what caused it) says the database cannot be reached now. */
function unreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if ((typeof code === 'string' && UNREACHABLE_CODES.has(code)) || UNREACHABLE_WORDS.test(e.message)) return true;
    if (e instanceof Prisma.PrismaClientInitializationError) return true;
  }
  return false;
}

/** A database refusal the API expects (constraints, malformed ids, no database), as the UserError it means. */
function expectedDatabaseError(error: unknown): UserError | null {
  if (unreachable(error)) return unavailable('The database is out of reach or too busy: try again in a moment.');
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  // Raw statements (the allocator) report constraint failures as P2010 with the driver's cause.
  const cause = error.code === 'P2010' ? JSON.stringify(error.meta ?? {}) : '';
  if (error.code === 'P2002' || /UniqueConstraintViolation|23505/.test(cause)) return conflict('That already exists.');
  if (error.code === 'P2003' || /ForeignKeyConstraintViolation|23503/.test(cause))
    return conflict('Other records still refer to this, or it refers to something gone.');
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

/**
 * Pothos' own refusals of arguments (cursors, ids, page arguments) as typed errors. Their messages
 * quote the input, so none is passed on.
 */
function argumentError(error: unknown): UserError | null {
  if (!(error instanceof PothosValidationError)) return null;
  const { message } = error;
  if (/global ID|^ID: /.test(message)) return notFound('Nothing with this id was', 'id');
  if (/cursor|base64/i.test(message)) return badInput('cursor', 'This cursor is not one this list gave out.');
  const argument = /^Arguments? "(\w+)"/.exec(message);
  if (argument && !message.includes(':')) return badInput(argument[1], message); // Pothos' fixed wording, no input in it
  return badInput('arguments', 'These arguments cannot be used.');
}

const knownError = (cause: unknown) =>
  cause instanceof UserError ? cause : (expectedDatabaseError(cause) ?? argumentError(cause));

/** The typed error an execution error stands for, or the error itself (masked later if unexpected). */
function typed(error: GraphQLError): GraphQLError {
  const original = rootCause(error);
  const known = knownError(original);
  // graphql-js prefixes a bad variable's message with where it is: keep that (bounded, see below).
  return known
    ? toGraphQLError(
        known,
        { nodes: error.nodes, path: error.path },
        original instanceof UserError ? error.message : known.message,
      )
    : error;
}

/** Gives an execution result's expected errors their codes before Yoga masks the rest. */
export function withTypedErrors<R extends ExecutionResult>(result: R): R {
  return result.errors?.length ? { ...result, errors: result.errors.map(typed) } : result;
}

/** The last line: anything that still reaches Yoga's masking untyped. */
export const maskError: NonNullable<Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean>>['maskError'] =
  (error, message, isDev) => {
    if (error instanceof GraphQLError) {
      const withCode = typed(error);
      if (withCode !== error) return withCode;
    } else {
      const known = knownError(error);
      if (known) return toGraphQLError(known);
    }
    return yogaMaskError(error, message, isDev);
  };

/** Longer messages are cut: graphql-js quotes bad values and unknown names, which can be huge. */
const MAX_MESSAGE = 300;

const bounded = (error: GraphQLError) =>
  error.message.length <= MAX_MESSAGE
    ? error
    : new GraphQLError(`${error.message.slice(0, MAX_MESSAGE)}…`, {
        nodes: error.nodes,
        path: error.path,
        extensions: error.extensions,
      });

/** No error message echoes unbounded input, whichever layer wrote it (parser, validation, execution). */
export function useBoundedErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (
        Array.isArray(result) ||
        !result ||
        typeof result !== 'object' ||
        !('errors' in result) ||
        !result.errors?.length
      )
        return;
      if (result.errors.some((e) => e.message.length > MAX_MESSAGE))
        setResult({ ...result, errors: result.errors.map((e) => bounded(e as GraphQLError)) });
    },
  };
}
