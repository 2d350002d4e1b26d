// The HTTP server: Yoga for GraphQL over HTTP and server-sent events, graphql-ws for WebSocket,
// on one port and one path.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Runtime } from '../runtime/runtime.ts';
import { createServer } from './server.ts';
import { serveWebSocket } from './websocket.ts';

export interface Listening {
  port: number;
  /** Stops accepting, closes every connection and socket (the runtime stays open). */
  close(): Promise<void>;
}

export async function listen(runtime: Runtime, port: number, host: string): Promise<Listening> {
  const yoga = createServer(runtime);
  const http = createHttpServer(yoga);
  const closeSockets = serveWebSocket(http, yoga);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, resolve);
  });
  return {
    port: (http.address() as AddressInfo).port,
    async close() {
      await closeSockets();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}
