// GraphQL over WebSocket (the graphql-ws protocol that Apollo Kotlin, Apollo iOS and most web
// clients speak), on the same endpoint as HTTP. Every operation goes through the same Yoga
// plugins as over HTTP: the same token checks, operation transaction and subscription ending
// rules. The token comes from the connection_init payload ({ "Authorization": "Bearer …" }) or
// the upgrade request's Authorization header.
import type { Server as HttpServer } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from '../schema/context.ts';
import { LIMITS } from '../shared/limits.ts';
import type { Server } from './server.ts';
import { trustedDocuments } from './trusted-documents.ts';

/** Yoga's enveloped execute and subscribe, carried to graphql-ws in the root value. */
interface Operations {
  execute(args: ExecutionArgs): OperationResult;
  subscribe(args: ExecutionArgs): OperationResult;
}

function authorization(
  connectionParams: Record<string, unknown> | undefined,
  upgradeHeader: string | undefined,
): string | null {
  const fromParams = connectionParams?.Authorization ?? connectionParams?.authorization;
  return typeof fromParams === 'string' ? fromParams : (upgradeHeader ?? null);
}

/** Serves graphql-ws on `path` of `http`; returns a function that closes every socket. */
export function serveWebSocket(http: HttpServer, yoga: Server, path = '/graphql'): () => Promise<void> {
  const sockets = new WebSocketServer({ server: http, path, maxPayload: LIMITS.bodyBytes });
  useServer(
    {
      execute: (args) => (args.rootValue as Operations).execute(args),
      subscribe: (args) => (args.rootValue as Operations).subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        const header = authorization(ctx.connectionParams, ctx.extra.request.headers.authorization);
        const request = new Request(`http://websocket${path}`, {
          method: 'POST',
          headers: header ? { authorization: header } : {},
        });
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          request,
          params: payload,
        });
        const contextValue = await contextFactory();
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
          // A syntax error or a refused document (too many tokens) answers this operation only;
          // thrown, it would close the socket and every other subscription on it.
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
        return errors.length ? errors : args;
      },
    },
    sockets,
  );
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets.clients) socket.terminate();
      sockets.close(() => resolve());
    });
}
