// Trusted documents: the manifest codegen writes for this suite's own operations
// (test/gql/persisted-documents.json, kept current by schema.test.ts) is what the server trusts.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Config } from '../src/config.ts';
import { listen } from '../src/http/listen.ts';
import { createServer, type Server } from '../src/http/server.ts';
import { TrustedDocumentStore } from '../src/http/trusted-document-store.ts';
import { graphql } from './gql/index.ts';
import { codes, createTestApp, type TestApp } from './support/app.ts';
import { createCompany, login, PASSWORD, type CompanyFixture } from './support/fixtures.ts';

const MANIFESTS = path.resolve(import.meta.dirname, 'gql');

const TrustedEstates = graphql(
  `query TrustedEstates($first: Int) { estates(first: $first) { totalCount edges { node { name } } } }`,
);
const TrustedMessageAdded = graphql(`subscription TrustedMessageAdded { messageAdded { body } }`);
const TrustedReply = graphql(
  `mutation TrustedReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id } } }`,
);

/** The id codegen gave a document (`sha256:<hex>`), as the client preset's documents carry it. */
const idOf = (document: TypedDocumentNode<any, any>) => (document as { __meta__?: { hash: string } }).__meta__!.hash;

let app: TestApp;
let a: CompanyFixture;
let analyst: string;
beforeAll(async () => {
  app = await createTestApp();
  a = await createCompany(app, 'Trusted Company');
  const email = `analyst-${Date.now()}@example.com`;
  await app.raw(
    'mutation($i: AddStaffMemberInput!) { addStaffMember(input: $i) { member { id } } }',
    { i: { email, fullName: 'Ana Lyst', role: 'ANALYST', password: PASSWORD } },
    a.admin.token,
  );
  analyst = await login(app, a.slug, email);
});
afterAll(async () => {
  await app?.close();
});

const servers = new Map<string, Server>();
/** This file's database behind a server in the given mode, trusting test/gql's manifest. */
const server = (mode: Config['trustedDocuments']) => {
  if (!servers.has(mode))
    servers.set(
      mode,
      createServer({
        ...app.runtime,
        config: { ...app.runtime.config, trustedDocuments: mode, trustedDocumentsDir: MANIFESTS },
      }),
    );
  return servers.get(mode)!;
};

async function post(mode: Config['trustedDocuments'], body: object, token?: string) {
  const response = await server(mode).fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    ...((await response.json()) as {
      data?: any;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    }),
  };
}

const get = async (mode: Config['trustedDocuments'], search: Record<string, string>, token: string) => {
  const response = await server(mode).fetch(`http://test/graphql?${new URLSearchParams(search)}`, {
    headers: { accept: 'application/json', authorization: `Bearer ${token}` },
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
};

const estates = { data: { estates: { totalCount: 1, edges: [{ node: { name: 'Estate of Trusted Company' } }] } } };
const INTROSPECTION = 'query IntrospectionQuery { __schema { queryType { name } } }';

describe('the committed manifest', () => {
  it('holds every operation of the suite under the SHA-256 of its text', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(MANIFESTS, 'persisted-documents.json'), 'utf8')) as Record<
      string,
      string
    >;
    const text = manifest[idOf(TrustedEstates)];
    expect(text).toMatch(/^query TrustedEstates\(\$first: Int\)/);
    expect(idOf(TrustedEstates)).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    expect(TrustedDocumentStore.load(MANIFESTS).size).toBe(Object.keys(manifest).length);
  });
});

describe('TRUSTED_DOCUMENTS=allow', () => {
  it('runs a document by its client preset id, its Apollo hash, over GET, and runs text too', async () => {
    const variables = { first: 5 };
    expect(await post('allow', { documentId: idOf(TrustedEstates), variables }, a.admin.token)).toEqual({
      status: 200,
      ...estates,
    });
    const hex = idOf(TrustedEstates).slice('sha256:'.length);
    expect(
      await post(
        'allow',
        { extensions: { persistedQuery: { version: 1, sha256Hash: hex } }, variables },
        a.admin.token,
      ),
    ).toEqual({ status: 200, ...estates });
    expect(
      await get('allow', { documentId: idOf(TrustedEstates), variables: JSON.stringify(variables) }, a.admin.token),
    ).toEqual(estates);
    expect(
      await get(
        'allow',
        { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hex } }) },
        a.admin.token,
      ),
    ).toEqual(estates);
    expect(await post('allow', { query: '{ estates { totalCount } }' }, a.admin.token)).toEqual({
      status: 200,
      data: { estates: { totalCount: 1 } },
    });
  });

  it("answers an unknown hash with PERSISTED_QUERY_NOT_FOUND and Apollo's message PersistedQueryNotFound", async () => {
    const unknown = 'f'.repeat(64);
    // Apollo's carrier as Apollo Server answers it (200), so Apollo Kotlin and iOS read it and send the text.
    const apollo = await post('allow', { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } });
    expect(apollo).toEqual({
      status: 200,
      errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    });
    for (const body of [{ documentId: `sha256:${unknown}` }, { documentId: 'not-a-hash' }]) {
      const result = await post('allow', body, a.admin.token);
      expect(result.status).toBe(404);
      expect(result.errors).toEqual([
        { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      ]);
    }
  });
});

describe('TRUSTED_DOCUMENTS=only', () => {
  it('runs known hashes, and refuses any text with PERSISTED_QUERY_ONLY (400) before it is parsed', async () => {
    expect(await post('only', { documentId: idOf(TrustedEstates), variables: { first: 5 } }, a.admin.token)).toEqual({
      status: 200,
      ...estates,
    });
    for (const query of ['{ estates { totalCount } }', textOf(TrustedEstates), '{ not graphql']) {
      const result = await post('only', { query }, a.admin.token);
      expect(result.status).toBe(400);
      expect(codes(result as never)).toEqual(['PERSISTED_QUERY_ONLY']);
    }
    // Text next to a hash is still text.
    expect(
      codes(
        (await post(
          'only',
          { query: '{ estates { totalCount } }', documentId: idOf(TrustedEstates) },
          a.admin.token,
        )) as never,
      ),
    ).toEqual(['PERSISTED_QUERY_ONLY']);
  });

  it("does not let an archived analyst's unexpired token read the schema (checked against the database)", async () => {
    const email = `archived-analyst-${Date.now()}@example.com`;
    const added = await app.raw(
      'mutation($i: AddStaffMemberInput!) { addStaffMember(input: $i) { member { id } } }',
      { i: { email, fullName: 'Former Analyst', role: 'ANALYST', password: PASSWORD } },
      a.admin.token,
    );
    const token = await login(app, a.slug, email);
    expect((await post('only', { query: INTROSPECTION }, token)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const archived = await app.raw(
      'mutation($i: SetStaffMemberStatusInput!) { setStaffMemberStatus(input: $i) { member { id } } }',
      { i: { id: added.data.addStaffMember.member.id, status: 'ARCHIVED' } },
      a.admin.token,
    );
    expect(archived.errors).toBeUndefined();
    expect(codes((await post('only', { query: INTROSPECTION }, token)) as never)).toEqual(['PERSISTED_QUERY_ONLY']);
  });

  it('lets staff tokens, and only those, introspect with text', async () => {
    expect((await post('only', { query: INTROSPECTION }, a.admin.token)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect((await post('only', { query: INTROSPECTION }, analyst)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const forged = `${a.admin.token.slice(0, -4)}AAAA`;
    for (const token of [undefined, a.marketer.token, a.client.token, forged]) {
      expect(codes((await post('only', { query: INTROSPECTION }, token)) as never), String(token)).toEqual([
        'PERSISTED_QUERY_ONLY',
      ]);
    }
    // Introspection with anything else in it is not introspection.
    expect(
      codes(
        (await post(
          'only',
          { query: '{ __schema { queryType { name } } estates { totalCount } }' },
          a.admin.token,
        )) as never,
      ),
    ).toEqual(['PERSISTED_QUERY_ONLY']);
  });

  it('applies over WebSocket too: text refused, a hash subscribed', async () => {
    const listening = await listen(
      { ...app.runtime, config: { ...app.runtime.config, trustedDocuments: 'only', trustedDocumentsDir: MANIFESTS } },
      0,
      '127.0.0.1',
    );
    const client = createClient({
      url: `ws://127.0.0.1:${listening.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${a.client.token}` },
      retryAttempts: 0,
    });
    try {
      const refused = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'subscription { messageAdded { body } }' },
          { next: () => {}, error: resolve, complete: () => resolve(null) },
        );
      });
      expect((refused as { extensions?: { code?: string } }[])[0].extensions?.code).toBe('PERSISTED_QUERY_ONLY');

      const received: string[] = [];
      const done = new Promise<void>((resolve, reject) => {
        const stop = client.subscribe<{ messageAdded: { body: string } }>(
          { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: idOf(TrustedMessageAdded).slice(7) } } },
          {
            next: (r) => {
              if (r.data) {
                received.push(r.data.messageAdded.body);
                stop();
                resolve();
              }
            },
            error: reject,
            complete: resolve,
          },
        );
      });
      // The subscription goes live a moment after it starts: reply until one arrives.
      for (let i = 0; i < 40 && received.length === 0; i++) {
        await post(
          'only',
          { documentId: idOf(TrustedReply), variables: { input: { messageId: a.threadId, body: 'Trusted reply.' } } },
          a.admin.token,
        );
        await Promise.race([done, new Promise((r) => setTimeout(r, 100))]);
      }
      expect(received).toEqual(['Trusted reply.']);
    } finally {
      await client.dispose();
      await listening.close();
    }
  });
});

describe('TRUSTED_DOCUMENTS=off', () => {
  it("answers a hash alone with PERSISTED_QUERY_NOT_SUPPORTED and Apollo's message, and runs text", async () => {
    const hash = idOf(TrustedEstates).slice(7);
    expect(await post('off', { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).toEqual({
      status: 200,
      errors: [{ message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }],
    });
    expect(await post('off', { documentId: idOf(TrustedEstates) }, a.admin.token)).toEqual({
      status: 400,
      errors: [{ message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }],
    });
    expect((await post('off', { query: '{ estates { totalCount } }' }, a.admin.token)).data).toEqual({
      estates: { totalCount: 1 },
    });
  });
});

describe('manifests', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });
  const folder = (files: Record<string, unknown>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifests-'));
    made.push(dir);
    for (const [name, content] of Object.entries(files))
      fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
    return dir;
  };
  const text = '{ __typename }';
  const hex = createHash('sha256').update(text).digest('hex');

  it('are read from every *.json in the folder, in the client preset or Apollo format', () => {
    const dir = folder({
      'web.json': { [`sha256:${hex}`]: text },
      'ios.json': {
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [
          {
            id: createHash('sha256').update('{ me { role } }').digest('hex'),
            body: '{ me { role } }',
            name: 'Me',
            type: 'query',
          },
        ],
      },
      'notes.txt': 'ignored',
    });
    const store = TrustedDocumentStore.load(dir);
    expect(store.size).toBe(2);
    expect(store.get(hex)).toBe(text);
    expect(store.get(`sha256:${hex.toUpperCase()}`)).toBe(text);
  });

  it('refuse to load a hash that is not the SHA-256 of its document, a missing folder, or an empty one in only mode', () => {
    expect(() => TrustedDocumentStore.load(folder({ 'bad.json': { [`sha256:${hex}`]: '{ me { role } }' } }))).toThrow(
      /bad\.json: sha256:[0-9a-f]+ is not the SHA-256 of its document/,
    );
    expect(() => TrustedDocumentStore.load(folder({ 'sha1.json': { [hex.slice(0, 40)]: text } }))).toThrow(
      /is not a SHA-256 document id/,
    );
    expect(() => TrustedDocumentStore.load('/nonexistent/trusted')).toThrow(/does not exist/);
    const empty = folder({});
    expect(() =>
      createServer({
        ...app.runtime,
        config: { ...app.runtime.config, trustedDocuments: 'only', trustedDocumentsDir: empty },
      }),
    ).toThrow(/no manifest/);
  });
});

/** A document's text as the manifest holds it. */
function textOf(document: TypedDocumentNode<any, any>): string {
  return JSON.parse(fs.readFileSync(path.join(MANIFESTS, 'persisted-documents.json'), 'utf8'))[idOf(document)];
}
