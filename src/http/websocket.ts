// GraphQL over WebSocket (the graphql-ws protocol, subprotocol `graphql-transport-ws`, that Apollo
// Kotlin, Apollo iOS and most web clients speak), on the same endpoint as HTTP. Every operation
// goes through the same Yoga plugins as over HTTP: the same token checks, operation transaction
// and subscription ending rules. The token comes from the connection_init payload
// ({ "Authorization": "Bearer …" }) or the upgrade request's Authorization header.
//
// What a client is told is always ours: a failure becomes a typed (or masked) error of that one
// operation, never a closed socket, and no close reason carries internal text. Caps (per process,
// src/shared/limits.ts): operations at once per socket, subscriptions and sockets per sign-in;
// past them an operation gets TOO_MANY_OPERATIONS and a socket is closed with 4429.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { GraphQLError, getOperationAST, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { CloseCode, type OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { isAsyncIterable } from 'graphql-yoga';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Runtime } from '../runtime/runtime.ts';
import type { VerifiedClaims } from '../runtime/tokens.ts';
import type { Context } from '../schema/context.ts';
import { UserError, unavailable } from '../shared/errors.ts';
import { Gate } from '../shared/gate.ts';
import { LIMITS, SOCKET_LIMITS } from '../shared/limits.ts';
import { logContext } from '../shared/logger.ts';
import { finishedErrors, logFailure, maskError, toGraphQLError, withTypedErrors } from './errors.ts';
import { requestId } from './request-id.ts';
import type { Server } from './server.ts';
import { trustedDocuments } from './trusted-documents.ts';

/** Yoga's enveloped execute and subscribe, carried to graphql-ws in the root value. */
interface Operations {
  execute(args: ExecutionArgs): OperationResult;
  subscribe(args: ExecutionArgs): OperationResult;
}

const TRANSPORT = 'graphql-transport-ws';
/** The legacy protocol (subscriptions-transport-ws), still Apollo Kotlin's default. */
const LEGACY = 'graphql-ws';
export const LEGACY_REFUSAL = `Subprotocol graphql-ws is not supported: use ${TRANSPORT}`;
export const TOO_MANY_SOCKETS = `Too many connections for this sign-in (at most ${SOCKET_LIMITS.socketsPerViewer})`;
/** Close code for a socket over a cap (4429, after HTTP's 429; graphql-ws leaves 4400–4499 to servers). */
export const SOCKET_REFUSED = 4429;

function authorization(
  connectionParams: Record<string, unknown> | undefined,
  upgradeHeader: string | undefined,
): string | null {
  const fromParams = connectionParams?.Authorization ?? connectionParams?.authorization;
  return typeof fromParams === 'string' ? fromParams : (upgradeHeader ?? null);
}

/** The sign-in a token names (counts are kept per profile), or null. */
async function viewerKey(runtime: Runtime, header: string | null): Promise<string | null> {
  const token = /^Bearer (\S+)$/.exec(header?.trim() ?? '')?.[1];
  const claims = token ? await runtime.tokens.verify(token) : null;
  if (typeof claims !== 'object' || claims === null) return null;
  const { companyId, profileId } = claims as VerifiedClaims;
  return `${companyId}:${profileId}`;
}

const tooMany = (message: string, limit: number) =>
  toGraphQLError(new UserError('TOO_MANY_OPERATIONS', message, { limit }));

/** Errors a client may see: typed ones as they are, anything else masked; unexpected ones logged. */
function safeErrors(runtime: Runtime, errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => {
    const safe = maskError!(error, 'Unexpected error.', false) as GraphQLError;
    if (safe !== error) logFailure(runtime.logger, error);
    return safe;
  });
}

/** Counts that outlive one operation: per sign-in, in this process. */
class Counter {
  private readonly counts = new Map<string, number>();
  get(key: string) {
    return this.counts.get(key) ?? 0;
  }
  add(key: string, n: number) {
    const next = this.get(key) + n;
    if (next > 0) this.counts.set(key, next);
    else this.counts.delete(key);
  }
}

interface SocketState {
  viewer: string | null;
  /** Subscriptions of this socket counted against its sign-in. */
  subscriptions: Set<string>;
  /**
   * Operations of this socket running (a query, or a subscription starting) at once: one socket
   * never holds more than this many database connections, whatever it sends.
   */
  running: Gate;
}

/** Serves graphql-ws on `path` of `http`; returns a function that closes every socket. */
export function serveWebSocket(
  http: HttpServer,
  yoga: Server,
  runtime: Runtime,
  path = '/graphql',
): () => Promise<void> {
  const sockets = new WebSocketServer({ server: http, path, maxPayload: LIMITS.bodyBytes });
  const states = new WeakMap<object, SocketState>();
  /** The socket an operation's context came from. */
  const socketOf = new WeakMap<Context, SocketState>();
  const socketsPerViewer = new Counter();
  const subscriptionsPerViewer = new Counter();
  const stateOf = (extra: { socket: WebSocket }) => {
    let state = states.get(extra.socket);
    if (!state) {
      state = {
        viewer: null,
        subscriptions: new Set(),
        running: new Gate(SOCKET_LIMITS.runningPerSocket, SOCKET_LIMITS.operationsPerSocket, () =>
          unavailable('Too many operations at once on this connection: try again in a moment.'),
        ),
      };
      states.set(extra.socket, state);
    }
    return state;
  };
  const release = (state: SocketState, id: string) => {
    if (state.viewer && state.subscriptions.delete(id)) subscriptionsPerViewer.add(state.viewer, -1);
  };
  /** Runs Yoga's execute or subscribe so that whatever it throws answers this operation alone. */
  const guarded = (kind: keyof Operations) => async (args: ExecutionArgs) => {
    const ctx = args.contextValue as Context;
    const running = socketOf.get(ctx)?.running;
    return logContext.run({ requestId: requestId(ctx.request), operation: args.operationName ?? null }, async () => {
      try {
        // A subscription's turn ends once it has started: its events then hold no connection.
        const run = async () => (args.rootValue as Operations)[kind](args);
        const result = await (running ? running.run(run) : run());
        return isAsyncIterable(result) ? result : finishedErrors(result as ExecutionResult);
      } catch (error) {
        const result: ExecutionResult = withTypedErrors({
          errors: [
            error instanceof GraphQLError
              ? error
              : new GraphQLError('Unexpected error.', { originalError: error as Error }),
          ],
        });
        return { errors: safeErrors(runtime, result.errors ?? []) };
      }
    });
  };

  // A client offering only the legacy protocol is accepted into the handshake, to be told which
  // one to use (otherwise it would only see that no subprotocol was chosen).
  sockets.on('connection', (socket) => {
    if (socket.protocol === LEGACY) socket.close(CloseCode.SubprotocolNotAcceptable, LEGACY_REFUSAL);
  });
  useServer(
    {
      // Close reasons never carry an error's text.
      isProd: true,
      execute: guarded('execute'),
      subscribe: guarded('subscribe'),
      onConnect: async (ctx) => {
        const state = stateOf(ctx.extra);
        const key = await viewerKey(
          runtime,
          authorization(ctx.connectionParams, ctx.extra.request.headers.authorization),
        );
        if (key && socketsPerViewer.get(key) >= SOCKET_LIMITS.socketsPerViewer) {
          ctx.extra.socket.close(SOCKET_REFUSED, TOO_MANY_SOCKETS);
          return false;
        }
        if (key) socketsPerViewer.add(key, 1);
        state.viewer = key;
        return true;
      },
      onClose: (ctx) => {
        const state = states.get(ctx.extra.socket);
        if (!state?.viewer) return;
        for (const id of [...state.subscriptions]) release(state, id);
        if (ctx.acknowledged) socketsPerViewer.add(state.viewer, -1);
      },
      onComplete: (ctx, id) => release(stateOf(ctx.extra), id),
      onError: (_ctx, _id, _payload, errors) => safeErrors(runtime, errors),
      onSubscribe: async (ctx, id, payload) => {
        try {
          const state = stateOf(ctx.extra);
          // graphql-ws has registered this operation already: it counts itself.
          if (Object.keys(ctx.subscriptions).length > SOCKET_LIMITS.operationsPerSocket)
            return [
              tooMany(
                `At most ${SOCKET_LIMITS.operationsPerSocket} operations at once on one connection: complete some first.`,
                SOCKET_LIMITS.operationsPerSocket,
              ),
            ];
          const header = authorization(ctx.connectionParams, ctx.extra.request.headers.authorization);
          const request = new Request(`http://websocket${path}`, {
            method: 'POST',
            headers: header ? { authorization: header } : {},
          });
          const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
            request,
            params: payload,
            req: ctx.extra.request as IncomingMessage,
          });
          const contextValue = await contextFactory();
          socketOf.set(contextValue as unknown as Context, state);
          let query: string | undefined;
          try {
            // A hash in place of the text, as over HTTP (TRUSTED_DOCUMENTS).
            query = await trustedDocuments((contextValue as unknown as Context).runtime).resolveQuery(payload, header);
          } catch (refusal) {
            if (refusal instanceof GraphQLError) return [refusal];
            throw refusal;
          }
          let document: ExecutionArgs['document'];
          try {
            document = parse(query ?? payload.query);
          } catch (refusal) {
            // A syntax error or a refused document (too many tokens) answers this operation only.
            if (refusal instanceof GraphQLError) return [refusal];
            throw refusal;
          }
          const args: ExecutionArgs = {
            schema,
            operationName: payload.operationName,
            document,
            variableValues: payload.variables,
            contextValue,
            rootValue: { execute, subscribe },
          };
          const errors = validate(args.schema, args.document);
          if (errors.length) return errors;
          if (state.viewer && getOperationAST(document, payload.operationName)?.operation === 'subscription') {
            if (subscriptionsPerViewer.get(state.viewer) >= SOCKET_LIMITS.subscriptionsPerViewer)
              return [
                tooMany(
                  `At most ${SOCKET_LIMITS.subscriptionsPerViewer} subscriptions at once for one sign-in: complete some first.`,
                  SOCKET_LIMITS.subscriptionsPerViewer,
                ),
              ];
            state.subscriptions.add(id);
            subscriptionsPerViewer.add(state.viewer, 1);
          }
          return args;
        } catch (error) {
          return safeErrors(runtime, [
            error instanceof GraphQLError
              ? error
              : new GraphQLError('Unexpected error.', { originalError: error as Error }),
          ]);
        }
      },
    },
    sockets,
  );
  // A socket's own errors (a message over the size limit, which ws answers by closing with 1009)
  // go through the logger, not graphql-ws's console lines.
  sockets.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) =>
      runtime.logger.warn('websocket error', { error: { name: error.name, message: error.message } }),
    );
  });
  // Chosen before graphql-ws's own choice runs: the legacy protocol is taken only to be refused.
  sockets.options.handleProtocols = (protocols) =>
    protocols.has(TRANSPORT) ? TRANSPORT : protocols.has(LEGACY) ? LEGACY : false;
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets.clients) socket.terminate();
      sockets.close(() => resolve());
    });
}
