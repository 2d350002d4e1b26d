// The HTTP server: Yoga for GraphQL over HTTP and server-sent events, graphql-ws for WebSocket,
// on one port and one path. The port is taken first, before the database starts (a port in use
// is reported at once), and answers 503 until the API is ready.
import { createServer as createHttpServer, type Server as NodeHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Runtime } from '../runtime/runtime.ts';
import { logContext } from '../shared/logger.ts';
import { createServer } from './server.ts';
import { serveWebSocket } from './websocket.ts';

export interface Listening {
  port: number;
  /** Stops accepting, closes every connection and socket (the runtime stays open). */
  close(): Promise<void>;
}

export interface Listener extends Listening {
  /** Serves the API on the port taken (until then every request gets 503 with Retry-After). */
  serve(runtime: Runtime): Listening;
}

const STARTING = JSON.stringify({ status: 'starting' });

/** Takes `port` on `host` now; fails with EADDRINUSE (and the like) before anything else starts. */
export async function openListener(port: number, host: string): Promise<Listener> {
  const http: NodeHttpServer = createHttpServer((_request, response) => {
    response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' }).end(STARTING);
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  let closeSockets = async () => {};
  const close = async () => {
    await closeSockets();
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  };
  const bound = (http.address() as AddressInfo).port;
  return {
    port: bound,
    close,
    serve(runtime) {
      const yoga = createServer(runtime);
      http.removeAllListeners('request');
      // Each request runs in a log context of its own: lines written for it carry its id.
      http.on('request', (request, response) => logContext.run({}, () => yoga(request, response)));
      closeSockets = serveWebSocket(http, yoga, runtime);
      return { port: bound, close };
    },
  };
}

export async function listen(runtime: Runtime, port: number, host: string): Promise<Listening> {
  return (await openListener(port, host)).serve(runtime);
}
