// What a client sees of a failure: a UserError becomes a GraphQL error with its code, expected
// database refusals (a unique or foreign key violation, a malformed id) become typed errors, and
// anything else is masked by Yoga, with no stack trace, SQL or internal detail.
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { maskError as yogaMaskError, type Plugin, type YogaLogger, type YogaServerOptions } from 'graphql-yoga';
import { Prisma } from '../generated/prisma/client.ts';
import { badInput, conflict, HTTP_STATUS, notFound, unavailable, UserError } from '../shared/errors.ts';
import { errorFields, type Logger } from '../shared/logger.ts';

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
  'P1000',
  'P1001',
  'P1002',
  'P1017',
  'P2024',
  'P2028',
  'P2037',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  '53300',
  // The app role's password refused (another process changed it): no operation can run here.
  '28P01',
  '28000',
]);
// Prisma puts PostgreSQL's own code only in the message ("Code: `57P03`").
const UNREACHABLE_WORDS =
  /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|connection (?:is )?closed|terminating connection|the database system is|Unable to start a transaction in the given time|too many (?:clients|connections)|not queryable|password authentication failed|Authentication failed against|\b(?:57P0[1-3]|08\d{3}|53300|28P01|28000)\b/i;

/**
 * Refusals that a retry of the whole operation gets past: a deadlock or serialization failure
 * (the transaction was rolled back), and, on Citus, a statement planned for a shard that a shard
 * split or move has just replaced, or a call delegated to a worker that the company's shard has
 * just left.
 */
const TRANSIENT =
  /\bP2034\b|write conflict or a deadlock|\b(?:40P01|40001)\b|could not find valid entry for shard|deadlock detected|cannot execute a distributed query from a query on a shard/i;

/** Whether `error` (or what caused it) says the database cannot be reached now. */
export function unreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if ((typeof code === 'string' && UNREACHABLE_CODES.has(code)) || UNREACHABLE_WORDS.test(e.message)) return true;
    if (code === 'P2034' || TRANSIENT.test(e.message)) return true;
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

/** The typed error a thrown error stands for (a UserError, or a database refusal the API expects), or null. */
export const knownError = (cause: unknown) =>
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

/** graphql-js refusing a variable's value ("Variable "$i" of non-null type … must not be null"). */
const VARIABLE = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/;

/**
 * Every error a client sees has a code: a variable graphql-js refused (null for a non-null
 * argument, a wrong type) is BAD_USER_INPUT naming it (`field`: the variable, or the path in it).
 */
function withCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  const variable = VARIABLE.exec(error.message);
  if (!variable) return error;
  const field = / at "([^"]+)"/.exec(error.message)?.[1] ?? variable[1];
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', field },
  });
}

/** The result as clients get it: every error coded and no message over MAX_MESSAGE. */
export function finishedErrors<R extends ExecutionResult>(result: R): R {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => bounded(withCode(e)));
  return errors.every((e, i) => e === result.errors![i]) ? result : { ...result, errors };
}

/**
 * No error message echoes unbounded input, whichever layer wrote it (parser, validation,
 * execution), and none goes without a code.
 */
export function useBoundedErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const finished = finishedErrors(result as ExecutionResult);
      if (finished !== result) setResult(finished);
    },
  };
}

/**
 * Logs what went wrong under an operation, by what it means: a client's own mistake (a UserError, a
 * refused argument, a constraint) is not logged (the request line has its code); the database out
 * of reach is a warning; anything unexpected is an error, with its stack. The request id and
 * operation come from the log context.
 */
export function logFailure(logger: Logger, error: unknown): void {
  const cause = rootCause(error);
  if (cause instanceof UserError || argumentError(cause)) return;
  const known = expectedDatabaseError(cause);
  if (known?.code === 'SERVICE_UNAVAILABLE')
    logger.warn('operation failed: database unavailable', { code: known.code, ...errorFields(cause) });
  else if (!known) logger.error('operation failed', { code: 'INTERNAL_SERVER_ERROR', ...errorFields(cause) });
}

/** Yoga's logger: its errors (those it masks) through logFailure, its chatter dropped. */
export function yogaLogger(logger: Logger): YogaLogger {
  return {
    debug: () => {},
    info: () => {},
    warn: (...args: unknown[]) => logger.warn(args.map(String).join(' ')),
    error: (...args: unknown[]) => {
      for (const arg of args) logFailure(logger, arg);
    },
  };
}
