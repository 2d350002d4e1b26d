// A local HTTP receiver for webhook tests: it checks each delivery's signature the way the README
// tells receivers to, records what arrived, and answers with the status `respond` gives.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verify } from '../../src/modules/webhooks/signature.ts';

export interface Received {
  id: string;
  type: string;
  data: Record<string, unknown>;
  attempt: number;
  signed: boolean;
  status: number;
}

export async function startReceiver(secret: () => string, respond: (n: number, event: Received) => number = () => 200) {
  const received: Received[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const timestamp = Number(req.headers['x-estate-timestamp']);
    const signed = verify(secret(), timestamp, body, String(req.headers['x-estate-signature'] ?? ''));
    const event = JSON.parse(body) as { id: string; type: string; data: Record<string, unknown> };
    const entry: Received = {
      id: event.id,
      type: event.type,
      data: event.data,
      attempt: Number(req.headers['x-estate-delivery-attempt']),
      signed,
      status: 0,
    };
    entry.status = signed ? respond(received.length, entry) : 401;
    received.push(entry);
    res.statusCode = entry.status;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    /** Deliveries the receiver accepted (2xx). */
    accepted: () => received.filter((r) => r.status >= 200 && r.status < 300),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
