// The example web client (examples/web-client/) type-checks, its generated documents are current,
// and it works against the real HTTP server: sign-in, pages of clients, a mutation's errors, and
// messageAdded over server-sent events and over WebSocket, by text and by trusted-document hash.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../examples/web-client/codegen.ts';
import {
  allClients,
  clientsPage,
  messagesOverSSE,
  messagesOverWebSocket,
  registerClient,
  signIn,
  webSocketClient,
  type AddedMessage,
  type Api,
  type Subscription,
} from '../../examples/web-client/src/index.ts';
import type { Config } from '../../src/config.ts';
import { listen, type Listening } from '../../src/http/listen.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createCompany, PASSWORD, type CompanyFixture } from '../support/fixtures.ts';

const run = promisify(execFile);
const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/web-client');

let app: TestApp;
let a: CompanyFixture;
const servers: Listening[] = [];
beforeAll(async () => {
  app = await createTestApp();
  a = await createCompany(app, 'Web Client Company');
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await app?.close();
});

/** The real HTTP and WebSocket server on a free port, over this file's database. */
async function serve(overrides: Partial<Config> = {}): Promise<Api> {
  const server = await listen({ ...app.runtime, config: { ...app.runtime.config, ...overrides } }, 0, '127.0.0.1');
  servers.push(server);
  return { url: `http://127.0.0.1:${server.port}/graphql` };
}

/** Starts a subscription, then sends staff replies to the client's thread until one arrives. */
async function receiveReply(
  start: (onMessage: (m: AddedMessage) => void) => Subscription,
  body: string,
): Promise<AddedMessage> {
  const received: AddedMessage[] = [];
  const subscription = start((message) => received.push(message));
  try {
    await subscription.started;
    for (let attempt = 0; attempt < 40 && !received.some((m) => m.body === body); attempt++) {
      await app.raw(
        'mutation($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id } } }',
        { input: { messageId: a.threadId, body } },
        a.admin.token,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    subscription.stop();
  }
  return received.find((m) => m.body === body)!;
}

describe('the example web client', () => {
  it('type-checks, and its typed documents and manifest match schema.graphql (run `npm run codegen`)', async () => {
    await run('npx', ['tsc', '-p', EXAMPLE]);
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.map((o) => path.basename(o.filename)).sort()).toEqual([
      'gql.ts',
      'graphql.ts',
      'index.ts',
      'persisted-documents.json',
    ]);
    for (const { filename, content } of outputs)
      expect(fs.readFileSync(filename, 'utf8'), `${filename} is stale`).toBe(content);
  });

  it('signs in, and says why a bad sign-in failed', async () => {
    const api = await serve();
    const admin = await signIn(api, a.slug, a.admin.email, PASSWORD);
    expect(admin).toMatchObject({
      role: 'ADMIN',
      token: expect.any(String),
      expiresAt: expect.stringMatching(/^\d{4}-/),
    });
    await expect(signIn(api, a.slug, a.admin.email, 'wrong password')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('registers clients, reporting every invalid field of a form at once, and a reference it cannot find by name', async () => {
    const admin = await signIn(await serve(), a.slug, a.admin.email, PASSWORD);
    const invalid = await registerClient(admin, { email: 'not an email', fullName: ' ', password: 'short' });
    expect(invalid).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', form: null });
    expect(Object.keys((invalid as { fields: object }).fields).sort()).toEqual(['email', 'fullName', 'password']);

    const unknownMarketer = await registerClient(admin, {
      email: `x-${Date.now()}@example.com`,
      fullName: 'X',
      marketerId: a.client.id,
    });
    expect(unknownMarketer).toMatchObject({ ok: false, code: 'NOT_FOUND', fields: { marketerId: expect.any(String) } });

    const asClient = await registerClient(
      { ...admin, token: a.client.token },
      { email: `y-${Date.now()}@example.com`, fullName: 'Y' },
    );
    expect(asClient).toEqual({ ok: false, code: 'FORBIDDEN', fields: {}, form: 'You may not register clients.' });

    for (let i = 0; i < 4; i++) {
      const done = await registerClient(admin, {
        email: `paged-${i}-${Date.now()}@example.com`,
        fullName: `Paged Client ${i}`,
      });
      expect(done).toMatchObject({
        ok: true,
        client: { uid: expect.stringMatching(/-CLT\d+$/) },
        invitationToken: expect.any(String),
      });
    }
  });

  it('pages through clients with first/after until hasNextPage is false, matching totalCount', async () => {
    const admin = await signIn(await serve(), a.slug, a.admin.email, PASSWORD);
    const first = await clientsPage(admin, 2);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const everyone = [];
    for await (const client of allClients(admin, 2)) everyone.push(client.uid);
    expect(everyone).toHaveLength(first.totalCount);
    expect(new Set(everyone).size).toBe(everyone.length);
    await expect(clientsPage(admin, 101)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'first' })],
    });
  });

  it('receives messageAdded over server-sent events and over WebSocket', async () => {
    const api = await serve();
    const client = { ...api, token: a.client.token };
    const overSSE = await receiveReply((onMessage) => messagesOverSSE(client, onMessage), 'Reply over SSE.');
    expect(overSSE).toMatchObject({
      body: 'Reply over SSE.',
      fromStaff: true,
      authorName: 'Admin of Web Client Company',
      threadId: a.threadId,
    });

    const socket = webSocketClient(client);
    try {
      const overWebSocket = await receiveReply(
        (onMessage) => messagesOverWebSocket(socket, client, onMessage),
        'Reply over WebSocket.',
      );
      expect(overWebSocket).toMatchObject({ body: 'Reply over WebSocket.', fromStaff: true });
    } finally {
      await socket.client.dispose();
    }
  });

  it('works against a server that runs only trusted documents, with the manifest its codegen wrote', async () => {
    const api = await serve({ trustedDocuments: 'only', trustedDocumentsDir: path.join(EXAMPLE, 'src/gql') });
    await expect(signIn(api, a.slug, a.admin.email, PASSWORD)).rejects.toMatchObject({
      code: 'PERSISTED_QUERY_ONLY',
      status: 400,
    });
    const trusted = { ...api, trusted: true };
    const admin = await signIn(trusted, a.slug, a.admin.email, PASSWORD);
    expect((await clientsPage(admin, 1)).edges).toHaveLength(1);
    const client = { ...trusted, token: a.client.token };
    expect(await receiveReply((onMessage) => messagesOverSSE(client, onMessage), 'Trusted SSE.')).toMatchObject({
      body: 'Trusted SSE.',
    });
    const socket = webSocketClient(client);
    try {
      expect(
        await receiveReply((onMessage) => messagesOverWebSocket(socket, client, onMessage), 'Trusted WebSocket.'),
      ).toMatchObject({ body: 'Trusted WebSocket.' });
    } finally {
      await socket.client.dispose();
    }
  });
});
