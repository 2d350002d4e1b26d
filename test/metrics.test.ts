// GET /metrics: operations counted by name (bounded), latency, error codes, and registrations by
// company, from a registry of each server's own.
import { localId } from './support/ids.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OperationLabels } from '../src/http/metrics.ts';
import { createServer } from '../src/http/server.ts';
import type { TestApp } from './support/app.ts';
import { data, RegisterClient, RegisterMarketer, type CompanyFixture, twoCompanies } from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;

beforeAll(async () => ({ app, a } = await twoCompanies()));
afterAll(async () => {
  await app?.close();
});

async function scrape(server = app.yoga): Promise<string> {
  const response = await server.fetch('http://test/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one sample with exactly these labels, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const got = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    const keys = Object.keys(labels);
    if (Object.keys(got).length === keys.length && keys.every((k) => got[k] === labels[k])) return Number(match[3]);
  }
  return undefined;
}

async function post(body: Record<string, unknown>, token?: string) {
  const response = await app.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return response.json() as Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>;
}

describe('/metrics', () => {
  it('counts operations by name, with their outcome, latency and error codes', async () => {
    for (let i = 0; i < 2; i++)
      expect((await post({ query: 'query MetricsProbe { company { name } }' }, a.admin.token)).errors).toBeUndefined();
    expect((await post({ query: '{ company { prefix } }' }, a.admin.token)).errors).toBeUndefined();
    const forbidden = await post({ query: 'query MetricsForbidden { sequenceStatus { healthy } }' }, a.marketer.token);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const invalid = await post(
      { query: 'query MetricsInvalid { noSuchField }', operationName: 'MetricsInvalid' },
      a.admin.token,
    );
    expect(invalid.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const text = await scrape();
    const ops = 'estate_graphql_operations_total';
    expect(sample(text, ops, { operation: 'MetricsProbe', type: 'query', outcome: 'ok' })).toBe(2);
    expect(sample(text, ops, { operation: 'anonymous', type: 'query', outcome: 'ok' })).toBe(1);
    expect(sample(text, ops, { operation: 'MetricsForbidden', type: 'query', outcome: 'error' })).toBe(1);
    // Refused before execution: its name is not trusted as a label.
    expect(sample(text, ops, { operation: 'refused', type: 'unknown', outcome: 'error' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toMatch(/MetricsInvalid/);
    expect(
      sample(text, 'estate_graphql_operation_duration_seconds_count', { operation: 'MetricsProbe', type: 'query' }),
    ).toBe(2);
    expect(
      sample(text, 'estate_graphql_operation_duration_seconds_sum', { operation: 'MetricsProbe', type: 'query' }),
    ).toBeGreaterThan(0);
    expect(sample(text, 'estate_graphql_errors_total', { operation: 'MetricsForbidden', code: 'FORBIDDEN' })).toBe(1);
    expect(
      sample(text, 'estate_graphql_errors_total', { operation: 'refused', code: 'GRAPHQL_VALIDATION_FAILED' }),
    ).toBeGreaterThanOrEqual(1);
    // Process metrics come along, in this registry.
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it("counts committed registrations by the registering viewer's company, and not failed ones", async () => {
    const labels = (kind: string) => ({ company_id: localId(a.id), kind });
    // The fixture's marketer and client were registered through the services, not this server.
    expect(sample(await scrape(), 'estate_registrations_total', labels('client'))).toBeUndefined();

    data(
      await app.gql(
        RegisterMarketer,
        { input: { email: `counted-m-${Date.now()}@example.com`, fullName: 'Counted Marketer' } },
        a.admin.token,
      ),
    );
    data(
      await app.gql(
        RegisterClient,
        { input: { email: `counted-${Date.now()}@example.com`, fullName: 'Counted' } },
        a.marketer.token,
      ),
    );
    // Two in one operation under aliases, where the second fails: both roll back, none counts.
    const failed = await app.raw(
      `mutation($ok: RegisterClientInput!, $bad: RegisterClientInput!) { one: registerClient(input: $ok) { client { uid } } two: registerClient(input: $bad) { client { uid } } }`,
      {
        ok: { email: `rolled-back-${Date.now()}@example.com`, fullName: 'Rolled back' },
        bad: { email: 'not-an-email', fullName: 'Bad' },
      },
      a.admin.token,
    );
    expect(failed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Two that succeed in one operation, under aliases, count twice.
    const twice = await app.raw(
      `mutation($x: RegisterClientInput!, $y: RegisterClientInput!) { x: registerClient(input: $x) { client { uid } } y: registerClient(input: $y) { client { uid } } }`,
      {
        x: { email: `x-${Date.now()}@example.com`, fullName: 'X' },
        y: { email: `y-${Date.now()}@example.com`, fullName: 'Y' },
      },
      a.admin.token,
    );
    expect(twice.errors).toBeUndefined();

    const after = await scrape();
    expect(sample(after, 'estate_registrations_total', labels('client'))).toBe(3);
    expect(sample(after, 'estate_registrations_total', labels('marketer'))).toBe(1);
  });

  it('keeps a registry per server: a second server starts from zero', async () => {
    const other = createServer(app.runtime);
    const text = await scrape(other);
    expect(
      sample(text, 'estate_graphql_operations_total', { operation: 'MetricsProbe', type: 'query', outcome: 'ok' }),
    ).toBeUndefined();
    expect(text).not.toMatch(/^estate_registrations_total\{/m);
    expect(
      sample(await scrape(), 'estate_graphql_operations_total', {
        operation: 'MetricsProbe',
        type: 'query',
        outcome: 'ok',
      }),
    ).toBe(2);
  });

  it('answers only GET and HEAD', async () => {
    const response = await app.yoga.fetch('http://test/metrics', { method: 'POST' });
    expect(response.status).toBe(405);
  });
});

describe('operation name labels', () => {
  it('are bounded: anonymous, names only, and at most a fixed number of distinct ones', () => {
    const labels = new OperationLabels(2);
    expect(labels.label(undefined)).toBe('anonymous');
    expect(labels.label('')).toBe('anonymous');
    expect(labels.label('First')).toBe('First');
    expect(labels.label('not a name')).toBe('other');
    expect(labels.label('x'.repeat(65))).toBe('other');
    expect(labels.label('Second')).toBe('Second');
    expect(labels.label('Third')).toBe('other');
    expect(labels.label('First')).toBe('First');
  });
});

describe('access to /metrics', () => {
  it('needs the bearer token when METRICS_TOKEN is set, and is off in production without one', async () => {
    const guarded = createServer({
      ...app.runtime,
      config: { ...app.runtime.config, metricsToken: 'scrape-token-for-tests' },
    });
    expect((await guarded.fetch('http://test/metrics')).status).toBe(401);
    expect((await guarded.fetch('http://test/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(
      401,
    );
    expect(
      (await guarded.fetch('http://test/metrics', { headers: { authorization: 'Bearer scrape-token-for-tests' } }))
        .status,
    ).toBe(200);
    const production = createServer({
      ...app.runtime,
      config: { ...app.runtime.config, production: true, metricsToken: undefined },
    });
    expect((await production.fetch('http://test/metrics')).status).not.toBe(200);
  });
});
