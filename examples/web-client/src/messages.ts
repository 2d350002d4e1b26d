// The `messageAdded` subscription, two ways: server-sent events (a POST with
// `Accept: text/event-stream`, the token in the Authorization header), which needs nothing but
// fetch; and WebSocket with graphql-ws (the token in connectionParams), which Apollo Kotlin and
// Apollo iOS also speak. Either ends when the token expires or the sign-in is withdrawn.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ApiError, authorization, documentIdOf, operationBody, type Api, type GraphQLErrorBody } from './api.ts';
import { graphql } from './gql/index.ts';
import type { WebMessageAddedSubscription } from './gql/graphql.ts';

const MessageAdded = graphql(`
  subscription WebMessageAdded { messageAdded { messageId threadId subject body fromStaff authorName createdAt } }
`);

export type AddedMessage = WebMessageAddedSubscription['messageAdded'];

export interface Subscription {
  /** Resolves once the server has accepted the subscription (SSE: its response has started). */
  started: Promise<void>;
  stop(): void;
}

/** Over server-sent events: each `data:` line of a `next` event is one GraphQL result. */
export function messagesOverSSE(
  api: Api,
  onMessage: (message: AddedMessage) => void,
  onError: (error: ApiError) => void = () => {},
): Subscription {
  const controller = new AbortController();
  const started = (async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      signal: controller.signal,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...authorization(api) },
      body: JSON.stringify(operationBody(api, MessageAdded)),
    });
    if (!response.ok || !response.body) {
      const body = (await response.json().catch(() => ({}))) as { errors?: GraphQLErrorBody[] };
      throw body.errors?.length
        ? ApiError.from(body.errors[0], response.status)
        : new ApiError('BAD_REQUEST', `HTTP ${response.status}`, [], response.status);
    }
    return response.body;
  })();
  void started
    .then(async (stream) => {
      // A reader loop rather than `for await`, which not every browser offers on a stream.
      const reader = stream.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        // Events end with a blank line; keep a partial one for the next chunk.
        const events = buffer.split('\n\n');
        buffer = events.pop() ?? '';
        for (const event of events) {
          const data = event
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (!data || !/^event: next$/m.test(event)) continue;
          const result = JSON.parse(data) as { data?: WebMessageAddedSubscription; errors?: GraphQLErrorBody[] };
          if (result.errors?.length) onError(ApiError.from(result.errors[0], 200));
          else if (result.data) onMessage(result.data.messageAdded);
        }
      }
    })
    .catch((error: unknown) => {
      if (!controller.signal.aborted)
        onError(error instanceof ApiError ? error : new ApiError('NETWORK', String(error)));
    });
  return { started: started.then(() => undefined), stop: () => controller.abort() };
}

/** A graphql-ws connection to the API's endpoint (ws:// for http://), signed in through connectionParams. */
export interface Socket {
  client: Client;
  /** Resolves when the server has accepted the connection (and so the token). */
  connected: Promise<void>;
}

export function webSocketClient(api: Api): Socket {
  let markConnected: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    markConnected = resolve;
  });
  const client = createClient({
    url: api.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: api.token ? { Authorization: `Bearer ${api.token}` } : {},
    retryAttempts: 0,
    on: { connected: () => markConnected() },
  });
  return { client, connected };
}

/** Over WebSocket: the same subscription through graphql-ws. */
export function messagesOverWebSocket(
  socket: Socket,
  api: Api,
  onMessage: (message: AddedMessage) => void,
  onError: (error: ApiError) => void = () => {},
): Subscription {
  // graphql-ws always sends `query`: on a trusted-documents server, an empty one and the hash.
  const hash = api.trusted ? documentIdOf(MessageAdded)?.replace(/^sha256:/, '') : undefined;
  const payload = hash
    ? { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
    : { query: operationBody(api, MessageAdded).query ?? '' };
  const unsubscribe = socket.client.subscribe<WebMessageAddedSubscription>(payload, {
    next: (result) => {
      if (result.errors?.length) onError(ApiError.from(result.errors[0] as GraphQLErrorBody, 200));
      else if (result.data) onMessage(result.data.messageAdded);
    },
    error: (error) =>
      onError(
        Array.isArray(error)
          ? ApiError.from(error[0] as GraphQLErrorBody, 200)
          : new ApiError('NETWORK', String(error)),
      ),
    complete: () => {},
  });
  // The protocol has no acknowledgement of a subscription: it starts once the connection is up.
  return { started: socket.connected, stop: unsubscribe };
}
