// A test file's own app: a fresh database (copy of the migrated template), the real Yoga server
// over it, and helpers to call it as a client would.
import { randomBytes } from 'node:crypto';
import { print, type ExecutionResult } from 'graphql';
import pg from 'pg';
import { inject } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createRuntime, type Runtime } from '../../src/runtime/runtime.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { prepareAppRole } from '../../src/db/migrations.ts';
import { quoteIdent } from '../../src/db/tables.ts';
import { createCitusDatabase, dropCitusDatabase } from '../../tools/citus/cluster.ts';
import { createServer, type Server } from '../../src/http/server.ts';
import type { OnQuery } from '../../src/db/client.ts';

export const AUTH_SECRET = 'test-secret-that-is-at-least-32-characters-long';

export interface TestApp {
  yoga: Server;
  runtime: Runtime;
  /** Owner connection to this file's database (bypasses the API; for setup and inspection). */
  owner: pg.Client;
  ownerUrl: string;
  appUrl: string;
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<ExecutionResult<R>>;
  /** Sends `query` as written; `operationName` picks one of several operations. */
  raw(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    operationName?: string,
  ): Promise<ExecutionResult<any>>;
  close(): Promise<void>;
}

async function createDatabaseFromTemplate(templateUrl: string): Promise<string> {
  const template = new URL(templateUrl);
  const admin = new URL(templateUrl);
  admin.pathname = '/postgres';
  const name = `estate_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    // PostgreSQL copies a template for one CREATE DATABASE at a time ("source database is being
    // accessed by other users", 55006): files starting together wait their turn.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template.pathname.slice(1))}`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestApp(overrides: Partial<Config> = {}, onQuery?: OnQuery): Promise<TestApp> {
  const citusUrl = inject('citusUrl');
  const ownerUrl = citusUrl
    ? await createCitusDatabase(citusUrl).then(async (url) => {
        await prepareAppRole(url, inject('appPassword'));
        return url;
      })
    : await createDatabaseFromTemplate(inject('templateUrl'));
  const appUrl = new URL(ownerUrl);
  appUrl.username = 'estate_app';
  appUrl.password = inject('appPassword');
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', AUTH_SECRET, PASSWORD_HASHING: 'test' }, false),
    logRequests: false,
    ...overrides,
  };
  const runtime = createRuntime(config, appUrl.toString(), AUTH_SECRET, 20, onQuery);
  const yoga = createServer(runtime);
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();

  const raw = async (query: string, variables?: Record<string, unknown>, token?: string, operationName?: string) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return (await response.json()) as ExecutionResult<any>;
  };
  return {
    yoga,
    runtime,
    owner,
    ownerUrl,
    appUrl: appUrl.toString(),
    raw,
    gql: (document, variables, token) => raw(print(document), variables as Record<string, unknown>, token),
    async close() {
      await runtime.close();
      await owner.end();
      if (citusUrl) return dropCitusDatabase(citusUrl, ownerUrl);
      const admin = new URL(ownerUrl);
      const name = admin.pathname.slice(1);
      admin.pathname = '/postgres';
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The `extensions.code` of each error, in order. */
export const codes = (result: ExecutionResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);

/**
 * Retries `assertion` until it passes or `ms` have gone by (then fails with its last error): for
 * what is stated to happen within a bound, such as a notification from another connection.
 */
export async function expectWithin(ms: number, assertion: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
