// The workbench page works with no outside network and under a strict policy: the page and
// everything it loads come from this server, built from our own dependencies; its script runs no
// inline code; its operations are valid against the schema; GRAPHIQL=false turns it off.
import { gunzipSync } from 'node:zlib';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { schema } from '../src/modules/index.ts';
import { EXPORTS } from '../src/modules/exports.ts';
import { createServer } from '../src/http/server.ts';
import { WORKBENCH_ASSETS, WORKBENCH_CSP, type WorkbenchConfig } from '../src/http/workbench.ts';
import { WORKBENCH_TABS } from '../src/http/workbench-tabs.ts';
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
const page = async () => {
  const response = await get('/graphql', { accept: 'text/html' });
  const html = await response.text();
  const config = JSON.parse(
    /<script type="application\/json" id="workbench-config">(.*?)<\/script>/s.exec(html)![1],
  ) as WorkbenchConfig;
  return { response, html, config };
};

/**
 * Absolute URLs that occur in the bundled JavaScript as text, never as something loaded: links a
 * person may click (GraphiQL's logo, keyboard-shortcut help, the explorer's credits), error and
 * warning messages, licence notices, descriptions of built-in scalars, source comments, XML
 * namespaces and JSON-schema identifiers, and placeholder hosts used to parse relative URLs. A new
 * host here means the bundle changed: look at it before adding it.
 */
const TEXT_ONLY_HOSTS = new Set([
  'www.w3.org',
  'react.dev',
  'reactjs.org',
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

describe('the workbench page', () => {
  it('references only paths of this server, runs no inline script, and is sent with a strict policy', async () => {
    const { response, html } = await page();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(WORKBENCH_CSP);
    for (const directive of ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"])
      expect(WORKBENCH_CSP).toContain(directive);
    expect(WORKBENCH_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:|\*/);
    expect(html).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    // Every script is a file of this server or a JSON data block, which the browser does not run.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1].trim());
    expect(scripts).toEqual([
      'type="application/json" id="workbench-config"',
      expect.stringMatching(/^src="[^"]+" defer$/),
    ]);
    const referenced = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.map((r) => r.replace(/^\/workbench\/[0-9a-f]{16}\//, '<build>/')).sort()).toEqual([
      '<build>/favicon.svg',
      '<build>/workbench.css',
      '<build>/workbench.js',
    ]);
  });

  it('opens with the questions as operations valid against the schema, and names every list the server exports', async () => {
    const { config } = await page();
    expect(config.tabs).toEqual(WORKBENCH_TABS);
    const names = config.tabs.flatMap(({ query }) => {
      const document = parse(query);
      expect(validate(schema, document)).toEqual([]);
      return document.definitions.map((d) => ('name' in d ? d.name?.value : undefined));
    });
    expect(names).toEqual(expect.arrayContaining(['SalesThisQuarterByEstate', 'WhoOwesMost', 'AllClients', 'Me']));
    expect(config.exports.map((e) => e.list).sort()).toEqual(Object.keys(EXPORTS).sort());
    expect(config.exports).toContainEqual({
      list: 'receivables-by-client',
      path: ['insights', 'receivables', 'byClient'],
    });
    expect(config.exports).toContainEqual({ list: 'clients', path: ['clients'] });
  });

  it('serves its script, styles and editor workers from the build, none of which loads anything from elsewhere', async () => {
    const { config } = await page();
    const files = ['workbench.js', 'workbench.css', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js'];
    const seenHosts = new Set<string>();
    for (const file of files) {
      const response = await get(config.assets + file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(file.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      const text = await response.text();
      expect(text.length, file).toBeGreaterThan(10_000);
      for (const pattern of LOADS_ABSOLUTE_URL)
        expect(pattern.exec(text)?.[0], `${file} matches ${pattern}`).toBeUndefined();
      for (const match of text.matchAll(/https?:\/\/([A-Za-z0-9.-]+)/g)) seenHosts.add(match[1]);
      if (file.endsWith('.css')) expect(text).not.toMatch(/url\(\s*["']?(?!data:)[a-z]+:/);
    }
    expect([...seenHosts].filter((host) => !TEXT_ONLY_HOSTS.has(host))).toEqual([]);
    // The workbench's own code is in the bundle: its panels and the path it posts to.
    const script = await (await get(`${config.assets}workbench.js`)).text();
    for (const marker of ['estate-workbench:session', 'Download CSV', 'Export XLSX', 'data-series'])
      expect(script).toContain(marker);
    expect((await get(`${config.assets}favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('serves assets gzipped to browsers that accept it, and nothing for unknown files or builds', async () => {
    const { config } = await page();
    const plain = Buffer.from(await (await get(`${config.assets}workbench.js`)).arrayBuffer());
    const response = await get(`${config.assets}workbench.js`, { 'accept-encoding': 'gzip, deflate' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const gzipped = Buffer.from(await response.arrayBuffer());
    expect(gzipped.length).toBeLessThan(plain.length / 3);
    expect(gunzipSync(gzipped).equals(plain)).toBe(true);
    expect((await get(`${config.assets}../package.json`)).status).toBe(404);
    expect((await get(`${config.assets}nothing.js`)).status).toBe(404);
    expect((await get(`${config.assets}constructor`)).status).toBe(404);
    expect((await get(`${WORKBENCH_ASSETS}0000000000000000/workbench.js`)).status).toBe(404);
  });

  it('is on by default outside production, off in production unless GRAPHIQL=true', async () => {
    const secret = { AUTH_SECRET: 'x'.repeat(32) };
    expect(loadConfig({}).graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', ...secret }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...secret, GRAPHIQL: 'true' }).graphiql).toBe(true);
    expect(loadConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);

    const { config } = await page();
    const off = createServer({ ...app.runtime, config: { ...app.runtime.config, graphiql: false } });
    const response = await off.fetch(`${ORIGIN}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await off.fetch(`${ORIGIN}${config.assets}workbench.js`)).status).toBe(404);
  });
});
