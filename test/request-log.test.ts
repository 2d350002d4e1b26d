// One JSON line per operation, with what an operator needs to follow a request and nothing a
// person sent: no token, password, variables or document.
import { localId } from './support/ids.ts';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listen } from '../src/http/listen.ts';
import type { OperationLogEntry } from '../src/http/request-log.ts';
import { createLogger } from '../src/shared/logger.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { createCompany, PASSWORD, type CompanyFixture } from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;
beforeAll(async () => {
  app = await createTestApp({ logRequests: true });
  a = await createCompany(app, 'Logging Company');
});
afterAll(async () => {
  await app?.close();
});

/** Sends one request and returns the response with the log lines written meanwhile. */
async function logged(body: object, headers: Record<string, string> = {}) {
  const spy = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    const response = await app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    await response.text();
    const lines = spy.mock.calls.map((call) => String(call[0]));
    return { response, lines, entries: lines.map((line) => JSON.parse(line) as OperationLogEntry) };
  } finally {
    spy.mockRestore();
  }
}

describe('the request log', () => {
  it('writes one JSON line for a signed-in operation, with the request id it echoes', async () => {
    const { response, entries } = await logged(
      { query: 'query LogMe { me { role user { email } } }' },
      { authorization: `Bearer ${a.admin.token}`, 'x-request-id': 'client-req-42' },
    );
    expect(response.headers.get('x-request-id')).toBe('client-req-42');
    expect(entries).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: 'info',
        msg: 'graphql operation',
        requestId: 'client-req-42',
        operation: 'LogMe',
        type: 'query',
        companyId: localId(a.id),
        durationMs: expect.any(Number),
        status: 200,
        errors: [],
      },
    ]);
  });

  it('never writes the password, token, variables or answer of the request', async () => {
    const secret = `${PASSWORD}-not-this-one`;
    const { entries, lines } = await logged(
      {
        query: 'mutation LogSignIn($input: LoginInput!) { login(input: $input) { token } }',
        variables: { input: { company: a.slug, email: a.admin.email, password: secret } },
      },
      { authorization: `Bearer ${a.marketer.token}`, 'x-request-id': 'not sane; has spaces' },
    );
    expect(lines).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      operation: 'LogSignIn',
      type: 'mutation',
      status: 401,
      errors: ['UNAUTHENTICATED'],
    });
    // An id that is not a plain token is replaced by a fresh one.
    expect(entries[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
    for (const leaked of [secret, a.marketer.token, a.admin.email, a.slug, 'LoginInput'])
      expect(lines[0]).not.toContain(leaked);
  });

  it('logs refusals before execution with their codes and status', async () => {
    const parse = await logged({ query: '{ me { ', operationName: 'Broken' });
    expect(parse.entries).toEqual([
      expect.objectContaining({
        operation: 'Broken',
        type: 'unknown',
        status: parse.response.status,
        errors: ['GRAPHQL_PARSE_FAILED'],
        companyId: null,
      }),
    ]);
    // A client-chosen operation name that is no GraphQL name is not written.
    const odd = await logged({ query: '{ me { role } }', operationName: 'x y@example.com' });
    expect(odd.entries[0]).toMatchObject({ operation: null, errors: ['OPERATION_RESOLUTION_FAILURE'] });
    expect(odd.lines[0]).not.toContain('example.com');
  });

  it('writes a line for an operation over WebSocket, with no HTTP status', async () => {
    const server = await listen(app.runtime, 0, '127.0.0.1');
    const client = createClient({
      url: `ws://127.0.0.1:${server.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${a.client.token}` },
      retryAttempts: 0,
    });
    const spy = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const result = await new Promise((resolve, reject) => {
        client.subscribe(
          { query: 'query LogOverSocket { me { role } }' },
          { next: resolve, error: reject, complete: () => {} },
        );
      });
      expect(result).toEqual({ data: { me: { role: 'CLIENT' } } });
      const entries = spy.mock.calls.map((call) => JSON.parse(String(call[0])) as OperationLogEntry);
      expect(entries).toEqual([
        expect.objectContaining({
          operation: 'LogOverSocket',
          type: 'query',
          status: null,
          errors: [],
          companyId: localId(a.id),
        }),
      ]);
      expect(JSON.stringify(entries)).not.toContain(a.client.token);
    } finally {
      spy.mockRestore();
      await client.dispose();
      await server.close();
    }
  });
});

describe('errors in the log', () => {
  /** Lines written to stdout while `fn` runs, parsed. */
  async function captured(fn: () => Promise<unknown>) {
    const spy = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await fn();
      return spy.mock.calls.map((call) => String(call[0]));
    } finally {
      spy.mockRestore();
    }
  }

  it('an unexpected error is one JSON line with the request id, operation and code, through the same logger', async () => {
    const server = await listen(app.runtime, 0, '127.0.0.1');
    // A column the code expects is gone: the database's error is unexpected.
    await app.owner.query('ALTER TABLE "Estate" RENAME COLUMN "location" TO "whereabouts"');
    try {
      const lines = await captured(async () => {
        const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${a.admin.token}`,
            'x-request-id': 'user-quoted-17',
          },
          body: JSON.stringify({ query: 'query BrokenRead { estates { edges { node { location } } } }' }),
        });
        expect(
          ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
        ).toBe('INTERNAL_SERVER_ERROR');
      });
      // Each line one JSON object, no colours.
      const entries = lines.map((line) => JSON.parse(line) as Record<string, any>);
      for (const line of lines) expect(line.includes('\u001b[')).toBe(false);
      const failure = entries.find((e) => e.level === 'error');
      expect(failure).toMatchObject({
        msg: 'operation failed',
        requestId: 'user-quoted-17',
        operation: 'BrokenRead',
        code: 'INTERNAL_SERVER_ERROR',
        error: { message: expect.stringContaining('location') },
      });
      expect(failure!.error.stack).toEqual(expect.any(String));
      expect(entries.find((e) => e.msg === 'graphql operation')).toMatchObject({
        requestId: 'user-quoted-17',
        operation: 'BrokenRead',
        errors: ['INTERNAL_SERVER_ERROR'],
      });
      expect(lines.join('\n')).not.toContain(a.admin.token);
    } finally {
      await app.owner.query('ALTER TABLE "Estate" RENAME COLUMN "whereabouts" TO "location"');
      await server.close();
    }
  });

  it('a client’s own mistakes are not logged as errors: their codes are in the request line', async () => {
    const lines = await captured(() =>
      app.raw('mutation Bad($i: LoginInput!) { login(input: $i) { token } }', {
        i: { company: a.slug, email: 'nobody@example.com', password: 'wrong' },
      }),
    );
    expect(lines.map((line) => JSON.parse(line).level)).toEqual(['info']);
  });

  it('never writes a password in a connection URL or a bearer token, whatever an error says', () => {
    const lines: string[] = [];
    const logger = createLogger('json', (line) => lines.push(line));
    logger.error('operation failed', {
      error: { message: `Can't reach postgresql://estate_app:s3cret-pass@db:5432/estate with Bearer ${a.admin.token}` },
    });
    expect(lines[0]).toContain('postgresql://estate_app:***@db:5432/estate');
    expect(lines[0]).not.toMatch(/s3cret-pass/);
    expect(lines[0]).not.toContain(a.admin.token);
    const pretty: string[] = [];
    createLogger('pretty', (line) => pretty.push(line)).warn('database unavailable', { code: 'SERVICE_UNAVAILABLE' });
    expect(pretty).toEqual(['[estate-api] warn: database unavailable code=SERVICE_UNAVAILABLE']);
  });
});
