// GraphiQL works with no outside network: the page and everything it loads come from this server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { GRAPHIQL_DEFAULT_QUERY } from '../src/http/graphiql.ts';
import { GRAPHIQL_ASSETS } from '../src/http/graphiql-offline.ts';
import { createServer } from '../src/http/server.ts';
import { createTestApp, type TestApp } from './support/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const ORIGIN = 'http://api.test';
const get = (path: string, headers: Record<string, string> = {}) => app.yoga.fetch(`${ORIGIN}${path}`, { headers });

/**
 * Absolute URLs that occur in the bundled JavaScript as text, never as something loaded: links a
 * person may click (GraphiQL's logo, keyboard-shortcut help, the explorer's credits), error and
 * warning messages, descriptions of built-in scalars, source comments, XML namespaces and
 * JSON-schema identifiers, and a placeholder host used to parse relative URLs. A new host here
 * means the bundle changed: look at it before adding it.
 */
const TEXT_ONLY_HOSTS = new Set([
  'www.w3.org',
  'react.dev',
  'github.com',
  'code.visualstudio.com',
  'www.onegraph.com',
  'radix-ui.com',
  'yarnpkg.com',
  'prettier.io',
  'microsoft.com',
  'commonmark.org',
  'en.wikipedia.org',
  'dummyhostname.com',
  'www.example.com',
  'lists.w3.org',
  'www.rapidtables.com',
  '24ways.org',
  'json-schema.org',
]);

/** Every way a script could load something from a URL written into it. */
const LOADS_ABSOLUTE_URL = [
  /\b(?:fetch|importScripts|import|Worker|SharedWorker|EventSource|WebSocket|sendBeacon|open)\s*\(\s*["'`]https?:\/\//,
  /\bsrc\s*[:=]\s*["'`]https?:\/\//,
  /\bhref\s*[:=]\s*["'`]https?:\/\/[^"'`]*\.(?:css|js|mjs|woff2?|ttf)\b/,
  /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*\\?["']?https?:\/\//,
  /@import\b/,
  /url\(\s*["']?https?:\/\//,
];

describe('GraphiQL', () => {
  it('is a page that references only paths of this server', async () => {
    const page = await get('/graphql', { accept: 'text/html' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    expect(html).toContain('<title>estate-api</title>');
    // The default query is the one in src/http/graphiql.ts, as JSON inside the page.
    expect(html).toContain(JSON.stringify(GRAPHIQL_DEFAULT_QUERY).replace(/</g, '\\u003c'));
    const referenced = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.sort()).toEqual([
      `${GRAPHIQL_ASSETS}favicon.ico`,
      `${GRAPHIQL_ASSETS}graphiql.css`,
      `${GRAPHIQL_ASSETS}graphiql.js`,
    ]);
  });

  it('serves every asset the page and its editor load, none of which loads anything from elsewhere', async () => {
    const html = await (await get('/graphql', { accept: 'text/html' })).text();
    const workers = Object.values(JSON.parse(/const workers = (\{[^}]*\})/.exec(html)![1]) as Record<string, string>);
    expect(workers).toHaveLength(3);
    const assets = [...[...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]), ...workers];
    const seenHosts = new Set<string>();
    for (const asset of assets) {
      expect(asset.startsWith(GRAPHIQL_ASSETS), asset).toBe(true);
      const response = await get(asset);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control')).toContain('immutable');
      if (asset.endsWith('.ico')) continue;
      const text = await response.text();
      expect(text.length, asset).toBeGreaterThan(10_000);
      for (const pattern of LOADS_ABSOLUTE_URL)
        expect(pattern.exec(text)?.[0], `${asset} matches ${pattern}`).toBeUndefined();
      for (const match of text.matchAll(/https?:\/\/([A-Za-z0-9.-]+)/g)) seenHosts.add(match[1]);
      if (asset.endsWith('.css')) expect(text).not.toMatch(/https?:\/\//);
    }
    expect([...seenHosts].filter((host) => !TEXT_ONLY_HOSTS.has(host))).toEqual([]);
  });

  it('serves assets gzipped to browsers that accept it, and nothing for unknown paths', async () => {
    const plain = await get(`${GRAPHIQL_ASSETS}graphiql.css`);
    const gzipped = await get(`${GRAPHIQL_ASSETS}graphiql.css`, { 'accept-encoding': 'gzip, deflate' });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect((await gzipped.arrayBuffer()).byteLength).toBeLessThan((await plain.arrayBuffer()).byteLength / 1.5);
    expect((await get(`${GRAPHIQL_ASSETS}../package.json`)).status).toBe(404);
    expect((await get(`${GRAPHIQL_ASSETS}nothing.js`)).status).toBe(404);
  });

  it('is on by default outside production, off in production unless GRAPHIQL=true', async () => {
    const secret = { AUTH_SECRET: 'x'.repeat(32) };
    expect(loadConfig({}).graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', ...secret }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...secret, GRAPHIQL: 'true' }).graphiql).toBe(true);
    expect(loadConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);

    const off = createServer({ ...app.runtime, config: { ...app.runtime.config, graphiql: false } });
    const page = await off.fetch(`${ORIGIN}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await off.fetch(`${ORIGIN}${GRAPHIQL_ASSETS}graphiql.js`)).status).toBe(404);
  });
});
