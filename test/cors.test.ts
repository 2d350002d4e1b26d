// Browsers may call the API only from the origins CORS_ORIGINS allows (by default, outside
// production, localhost on any port) and from its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { originAllowed } from '../src/http/cors.ts';
import { createServer } from '../src/http/server.ts';
import { createTestApp, type TestApp } from './support/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ corsOrigins: ['https://app.example.com', 'http://localhost:*'] });
});
afterAll(async () => {
  await app?.close();
});

const preflight = (origin: string, yoga = app.yoga) =>
  yoga.fetch('http://api.test/graphql', {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

const post = (origin: string) =>
  app.yoga.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('CORS', () => {
  it('answers a preflight from an allowed origin with that origin, the headers a client sends, and no credentials', async () => {
    for (const origin of ['https://app.example.com', 'http://localhost:5173']) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
      expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('vary')).toContain('Origin');
    }
    const answer = await post('https://app.example.com');
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(answer.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });

  it('gives a refused origin no CORS headers, on the preflight or the request', async () => {
    for (const origin of [
      'https://evil.example.com',
      'https://app.example.com.evil.test',
      'http://app.example.com',
      'null',
    ]) {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(response.headers.get('access-control-allow-methods'), origin).toBeNull();
      expect((await post(origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it("allows the API's own origin, and by default localhost only outside production", async () => {
    expect((await preflight('http://api.test')).headers.get('access-control-allow-origin')).toBe('http://api.test');
    const production = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) });
    expect(production.corsOrigins).toEqual([]);
    const strict = createServer({ ...app.runtime, config: production });
    expect((await preflight('http://localhost:3000', strict)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('http://api.test', strict)).headers.get('access-control-allow-origin')).toBe(
      'http://api.test',
    );
    expect(loadConfig({}).corsOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
  });

  it('reads CORS_ORIGINS as a list of origins, refusing anything else by name', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.com, http://localhost:*' }).corsOrigins).toEqual([
      'https://a.example.com',
      'http://localhost:*',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.com/path' })).toThrow(/CORS_ORIGINS must list origins/);
    expect(originAllowed('https://a.example.com', ['*'])).toBe(true);
    expect(originAllowed('http://localhost:8080', ['http://localhost:*'])).toBe(true);
    expect(originAllowed('http://localhost.evil.test:8080', ['http://localhost:*'])).toBe(false);
    expect(originAllowed('https://localhost:8080', ['http://localhost:*'])).toBe(false);
  });
});
