// One JSON line per operation: request id, operation name and type, the checked viewer's company,
// duration, HTTP status and error codes. Only these fields are written: never the document,
// variables, headers or anything a person typed, so no token, password or personal data.
// Operations over HTTP (and server-sent events) are written when their response starts;
// WebSocket operations, which have no HTTP response, when their result is ready (a subscription:
// when it has started).
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';
import { type Logger, logContext } from '../shared/logger.ts';
import { requestId } from './request-id.ts';

export interface OperationLogEntry {
  time: string;
  level: 'info';
  msg: 'graphql operation';
  requestId: string;
  operation: string | null;
  type: string;
  companyId: string | null;
  durationMs: number;
  /** HTTP status; null over WebSocket. */
  status: number | null;
  errors: string[];
}

interface Pending {
  started: number;
  operation: string | null;
  type: string;
  companyId: string | null;
  errors: string[];
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const errorCodes = (result: unknown): string[] =>
  isAsyncIterable(result)
    ? []
    : ((Array.isArray(result) ? result : [result]) as ExecutionResult[])
        .flatMap((r) => r?.errors ?? [])
        .map((e) => String(e.extensions?.code ?? 'INTERNAL'));

export function useRequestLog(logger: Logger): Plugin<Context> {
  const pending = new WeakMap<Request, Pending>();
  const finish = (request: Request, entry: Pending, status: number | null) => {
    const line: Omit<OperationLogEntry, 'time' | 'level' | 'msg'> = {
      requestId: requestId(request),
      operation: entry.operation,
      type: entry.type,
      companyId: entry.companyId,
      durationMs: Math.round((performance.now() - entry.started) * 10) / 10,
      status,
      errors: entry.errors,
    };
    logger.info('graphql operation', line);
  };
  /**
   * Takes the operation as parsed (its name is a GraphQL name, so nothing else rides along in it);
   * the returned hook notes the checked viewer's company once the result is ready, and writes the
   * line of a WebSocket operation (one with no HTTP request behind it).
   */
  const track = (args: { contextValue: unknown; document: DocumentNode; operationName?: string | null }) => {
    const ctx = args.contextValue as Context;
    const known = pending.get(ctx.request);
    const entry = known ?? {
      started: performance.now(),
      operation: null,
      type: 'unknown',
      companyId: null,
      errors: [],
    };
    const operation = getOperationAST(args.document, args.operationName);
    entry.operation = operation?.name?.value ?? null;
    entry.type = operation?.operation ?? 'unknown';
    const logged = logContext.getStore();
    if (logged) logged.operation = entry.operation;
    return ({ result }: { result: unknown }) => {
      entry.companyId = ctx.viewer?.companyId ?? null;
      if (!known) finish(ctx.request, { ...entry, errors: errorCodes(result) }, null);
    };
  };
  return {
    onParams({ request, params }) {
      const named =
        typeof params.operationName === 'string' && NAME.test(params.operationName) ? params.operationName : null;
      const logged = logContext.getStore();
      if (logged) logged.operation = named;
      pending.set(request, {
        started: performance.now(),
        operation: named,
        type: 'unknown',
        companyId: null,
        errors: [],
      });
    },
    onExecute: ({ args }) => ({ onExecuteDone: track(args) }),
    onSubscribe: ({ args }) => ({ onSubscribeResult: track(args) }),
    onResultProcess({ request, result }) {
      const entry = pending.get(request);
      if (entry) entry.errors = errorCodes(result);
    },
    onResponse({ request, response }) {
      const entry = pending.get(request);
      if (!entry) return;
      pending.delete(request);
      finish(request, entry, response.status);
    },
  };
}
