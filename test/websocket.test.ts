// GraphQL over WebSocket under abuse: a socket or a sign-in cannot hold more operations than its
// caps (each refusal a typed error of that one operation, the socket carrying on), an operation
// that cannot get a connection answers SERVICE_UNAVAILABLE, no error or close reason carries
// internal text, and the legacy subprotocol is refused with a reason that names the right one.
// Raw graphql-ws messages over real sockets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { listen, type Listening } from '../src/http/listen.ts';
import { LEGACY_REFUSAL, SOCKET_REFUSED, TOO_MANY_SOCKETS } from '../src/http/websocket.ts';
import { createRuntime } from '../src/runtime/runtime.ts';
import { SOCKET_LIMITS } from '../src/shared/limits.ts';
import { AUTH_SECRET, createTestApp, type TestApp } from './support/app.ts';
import { createCompany, data, SendMessage, type CompanyFixture } from './support/fixtures.ts';

let app: TestApp;
let server: Listening;
let a: CompanyFixture;
beforeAll(async () => {
  app = await createTestApp();
  a = await createCompany(app, 'Socket Estates');
  server = await listen(app.runtime, 0, '127.0.0.1');
});
afterAll(async () => {
  await server?.close();
  await app?.close();
});

interface Message {
  id?: string;
  type: string;
  payload?: any;
}

/** A graphql-ws socket spoken to message by message. */
class Socket {
  readonly received: Message[] = [];
  closed: { code: number; reason: string } | null = null;
  private readonly waiters: (() => void)[] = [];

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.received.push(JSON.parse(String(data)));
      for (const wake of this.waiters.splice(0)) wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(port: number, token: string | null, protocol = 'graphql-transport-ws'): Promise<Socket> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, protocol);
    const socket = new Socket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.send(JSON.stringify({ type: 'connection_init', payload: token ? { Authorization: `Bearer ${token}` } : {} }));
    await socket.until(() => socket.closed !== null || socket.received.some((m) => m.type === 'connection_ack'));
    return socket;
  }

  send(message: Message) {
    this.ws.send(JSON.stringify(message));
  }

  async until(done: () => boolean, ms = 30_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out; received ${JSON.stringify(this.received.slice(-3))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** What operation `id` was answered with: its error or next messages. */
  answers(id: string) {
    return this.received.filter((m) => m.id === id && m.type !== 'complete');
  }

  close() {
    this.ws.close();
  }
}

const SUBSCRIBE = 'subscription { messageAdded { subject } }';

describe('caps', () => {
  it('2,000 subscriptions on one socket: refused past the cap, alone; the socket and another viewer carry on', async () => {
    const flooded = await Socket.open(server.port, a.client.token);
    const other = await Socket.open(server.port, a.admin.token);
    try {
      other.send({ id: 'watch', type: 'subscribe', payload: { query: SUBSCRIBE } });
      for (let i = 0; i < 2_000; i++) flooded.send({ id: `s${i}`, type: 'subscribe', payload: { query: SUBSCRIBE } });
      const cap = SOCKET_LIMITS.operationsPerSocket;
      const refusedIds = () => flooded.received.filter((m) => m.type === 'error').map((m) => m.id);
      await flooded.until(() => refusedIds().length >= 2_000 - cap);
      const refusals = flooded.received.filter((m) => m.type === 'error');
      expect(refusals).toHaveLength(2_000 - cap);
      for (const refusal of refusals)
        expect(refusal.payload).toEqual([
          expect.objectContaining({ extensions: { code: 'TOO_MANY_OPERATIONS', limit: cap } }),
        ]);
      expect(flooded.closed).toBeNull();
      // The first `cap` are running: one message reaches each of them, and the other viewer.
      await new Promise((resolve) => setTimeout(resolve, 500));
      data(
        await app.gql(SendMessage, { input: { type: 'GENERAL', subject: 'To all', body: 'Hello' } }, a.client.token),
      );
      await flooded.until(() => flooded.received.filter((m) => m.type === 'next').length >= cap);
      await other.until(() => other.answers('watch').length > 0);
      expect(other.answers('watch')[0].payload).toEqual({ data: { messageAdded: { subject: 'To all' } } });
      // Ending one makes room for one more.
      flooded.send({ id: 's0', type: 'complete' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      flooded.send({ id: 'again', type: 'subscribe', payload: { query: '{ __typename }' } });
      await flooded.until(() => flooded.answers('again').length > 0);
      expect(flooded.answers('again')[0]).toMatchObject({ type: 'next', payload: { data: { __typename: 'Query' } } });
      expect(flooded.closed).toBeNull();
    } finally {
      flooded.close();
      other.close();
    }
  }, 120_000);

  it('a sign-in holds at most its cap of subscriptions across its sockets', async () => {
    const per = SOCKET_LIMITS.operationsPerSocket;
    const sockets = await Promise.all(
      Array.from({ length: Math.ceil(SOCKET_LIMITS.subscriptionsPerViewer / per) + 1 }, () =>
        Socket.open(server.port, a.marketer.token),
      ),
    );
    try {
      sockets.forEach((socket, s) => {
        for (let i = 0; i < per; i++)
          socket.send({ id: `m${s}-${i}`, type: 'subscribe', payload: { query: SUBSCRIBE } });
      });
      const errors = () => sockets.flatMap((socket) => socket.received.filter((m) => m.type === 'error'));
      const refused = sockets.length * per - SOCKET_LIMITS.subscriptionsPerViewer;
      await sockets[0].until(() => errors().length >= refused);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(errors()).toHaveLength(refused);
      for (const error of errors()) expect(error.payload[0].extensions).toMatchObject({ code: 'TOO_MANY_OPERATIONS' });
      // Another sign-in is not held back.
      const client = await Socket.open(server.port, a.client.token);
      client.send({ id: 'c', type: 'subscribe', payload: { query: SUBSCRIBE } });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(client.answers('c')).toEqual([]);
      client.close();
    } finally {
      for (const socket of sockets) socket.close();
    }
  }, 60_000);

  it('a sign-in opens at most its cap of sockets; the next is closed with 4429, saying why', async () => {
    const sockets: Socket[] = [];
    try {
      for (let i = 0; i < SOCKET_LIMITS.socketsPerViewer; i++)
        sockets.push(await Socket.open(server.port, a.admin.token));
      expect(sockets.every((s) => s.closed === null)).toBe(true);
      const extra = await Socket.open(server.port, a.admin.token);
      await extra.until(() => extra.closed !== null);
      expect(extra.closed).toEqual({ code: SOCKET_REFUSED, reason: TOO_MANY_SOCKETS });
      // Closing one frees a place.
      sockets.pop()!.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const again = await Socket.open(server.port, a.admin.token);
      expect(again.closed).toBeNull();
      expect(again.received.some((m) => m.type === 'connection_ack')).toBe(true);
      again.close();
    } finally {
      for (const socket of sockets) socket.close();
    }
  }, 60_000);
});

describe('what a client is told', () => {
  it('an operation that cannot get a connection answers SERVICE_UNAVAILABLE, with no internal text; the socket carries on', async () => {
    // One connection, held by a long statement: the next transaction cannot start in time.
    const runtime = createRuntime(app.runtime.config, app.appUrl, AUTH_SECRET, 1);
    const narrow = await listen(runtime, 0, '127.0.0.1');
    const socket = await Socket.open(narrow.port, a.client.token);
    try {
      await runtime.base.$queryRawUnsafe('SELECT 1');
      // (A Prisma promise runs only once awaited: then() starts it now.)
      const held = runtime.base.$executeRawUnsafe('SELECT pg_sleep(5)').then((n) => n);
      await new Promise((resolve) => setTimeout(resolve, 300));
      socket.send({ id: 'starved', type: 'subscribe', payload: { query: SUBSCRIBE } });
      await socket.until(() => socket.answers('starved').length > 0);
      const answer = socket.answers('starved')[0];
      const errors = answer.type === 'error' ? answer.payload : answer.payload.errors;
      expect(errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(answer)).not.toMatch(/Transaction API|Prisma|Unable to start|pg_sleep|\.ts:\d/i);
      await held;
      expect(socket.closed).toBeNull();
      socket.send({ id: 'after', type: 'subscribe', payload: { query: '{ __typename }' } });
      await socket.until(() => socket.answers('after').length > 0);
      expect(socket.answers('after')[0].payload).toEqual({ data: { __typename: 'Query' } });
    } finally {
      socket.close();
      await narrow.close();
      await runtime.close();
    }
  }, 60_000);

  it('a malformed message closes the socket with a fixed reason, never an error’s text', async () => {
    const socket = await Socket.open(server.port, a.client.token);
    socket.send({ id: 'x', type: 'no-such-type' });
    await socket.until(() => socket.closed !== null);
    expect([4400, 4500]).toContain(socket.closed!.code);
    expect(['Invalid message received', 'Internal server error']).toContain(socket.closed!.reason);
  });

  it('the legacy graphql-ws subprotocol is refused with a reason that names graphql-transport-ws', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, 'graphql-ws');
    const closed = await new Promise<{ code: number; reason: string }>((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
    expect(closed).toEqual({ code: 4406, reason: LEGACY_REFUSAL });
    expect(closed.reason).toContain('graphql-transport-ws');
  });
});
