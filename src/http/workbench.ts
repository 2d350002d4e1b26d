// The analyst's workbench at GET /graphql: GraphiQL with the Explorer, a chart and a table of the
// result, CSV downloads and sign-in once (src/workbench/), every byte from this server. The page
// runs no inline script and its Content-Security-Policy lets it load and call this origin only, so
// the token it keeps in localStorage is exposed to no script from elsewhere. Assets live under a
// versioned path (/workbench/<build>/), cached by browsers until the build changes.
import { gzipSync } from 'node:zlib';
import { getNamedType, type GraphQLObjectType, isObjectType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { EXPORTS } from '../modules/exports.ts';
import { schema } from '../modules/index.ts';
import type { Context } from '../schema/context.ts';
import { bundleVersion, WORKBENCH_FILES, type WorkbenchFile, workbenchBundle } from './workbench-bundle.ts';
import { WORKBENCH_TABS } from './workbench-tabs.ts';

export const WORKBENCH_ASSETS = '/workbench/';

/** Scripts, styles, fonts, workers and requests: this origin only (WebSocket included); no frames, no forms elsewhere. */
export const WORKBENCH_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  // GraphiQL and Monaco set element styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** What the page tells its script (src/workbench/config.ts reads it). */
export interface WorkbenchConfig {
  graphqlPath: string;
  assets: string;
  tabs: { query: string }[];
  /** Lists the server exports whole (GET /exports/<list>.csv|xlsx), by the field names that reach them from Query. */
  exports: { list: string; path: string[] }[];
}

/** The field names from Query to each export's list (`receivables-by-client`: insights, receivables, byClient). */
export function exportPaths(): WorkbenchConfig['exports'] {
  const query = schema.getQueryType()!;
  const reach = (type: string): string[] => {
    if (type === query.name) return [];
    const field = Object.values(query.getFields()).find((f) => getNamedType(f.type).name === type);
    if (!field) throw new Error(`no field of Query reaches ${type}`);
    return [field.name];
  };
  return Object.entries(EXPORTS).map(([list, { fields }]) => {
    const [first] = fields[0].split('.');
    const path = [...reach(first), ...fields.map((coordinate) => coordinate.split('.')[1])];
    let type: GraphQLObjectType = query;
    for (const name of path) {
      const next = getNamedType(type.getFields()[name]?.type);
      if (!next) throw new Error(`${list}: no field ${name} on ${type.name}`);
      if (isObjectType(next)) type = next;
    }
    return { list, path };
  });
}

const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderWorkbench(version: string): string {
  const assets = `${WORKBENCH_ASSETS}${version}/`;
  const config: WorkbenchConfig = { graphqlPath: '/graphql', assets, tabs: WORKBENCH_TABS, exports: exportPaths() };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>estate-api · GraphiQL workbench</title>
<link rel="icon" href="${assets}favicon.svg">
<link rel="stylesheet" href="${assets}workbench.css">
<script type="application/json" id="workbench-config">${scriptJson(config)}</script>
<script src="${assets}workbench.js" defer></script>
</head>
<body>
<noscript>The workbench needs JavaScript.</noscript>
<div id="root">Loading the workbench…</div>
</body>
</html>
`;
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#2f6f4f"/><path d="M3 12V8h2v4zm4 0V5h2v7zm4 0V3h2v9z" fill="#fff"/></svg>`;

const wantsPage = (request: Request, pathname: string) =>
  request.method === 'GET' &&
  (request.headers.get('accept') ?? '').includes('text/html') &&
  (pathname === '/graphql' || pathname === '/graphql/');

/** Serves the page at GET /graphql (a browser's request) and its assets under WORKBENCH_ASSETS. */
export function useWorkbench(): Plugin<Context> {
  let current = bundleVersion();
  const gzipped = new WeakMap<Buffer, Buffer>();
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (wantsPage(request, url.pathname)) {
        current = bundleVersion();
        return endResponse(
          new fetchAPI.Response(renderWorkbench(current), {
            headers: {
              'content-type': 'text/html; charset=utf-8',
              'content-security-policy': WORKBENCH_CSP,
              'referrer-policy': 'no-referrer',
              'x-content-type-options': 'nosniff',
              'cache-control': 'no-cache',
            },
          }),
        );
      }
      if (!url.pathname.startsWith(WORKBENCH_ASSETS) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const [version, file, ...rest] = url.pathname.slice(WORKBENCH_ASSETS.length).split('/');
      const notFound = () => endResponse(new fetchAPI.Response(null, { status: 404 }));
      if (version !== current) current = bundleVersion();
      if (rest.length || version !== current) return notFound();
      const headers: Record<string, string> = {
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
      };
      if (file === 'favicon.svg')
        return endResponse(
          new fetchAPI.Response(FAVICON, { headers: { ...headers, 'content-type': 'image/svg+xml' } }),
        );
      if (!Object.hasOwn(WORKBENCH_FILES, file)) return notFound();
      return workbenchBundle(version).then(
        (bundle) => {
          const plain = bundle.get(file as WorkbenchFile)!;
          headers['content-type'] = WORKBENCH_FILES[file as WorkbenchFile];
          let body = plain;
          if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
            if (!gzipped.has(plain)) gzipped.set(plain, gzipSync(plain));
            body = gzipped.get(plain)!;
            headers['content-encoding'] = 'gzip';
          }
          endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers }));
        },
        (error: unknown) => {
          // The server log says why; the browser learns only that the page cannot load.
          console.error('[estate-api] the workbench could not be built:', error);
          endResponse(new fetchAPI.Response('The workbench could not be built; see the server log.', { status: 500 }));
        },
      );
    },
  };
}
