// GraphiQL served from our own dependencies: Yoga's default page loads its script, styles and
// editor workers from a public CDN, so it stays blank wherever that host cannot be reached. The
// page here names only paths of this server; the assets come from @graphql-yoga/render-graphiql
// (the same bundle, built into the package), loaded on the first asset request and kept gzipped.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';

const VERSION: string = createRequire(import.meta.url)('@graphql-yoga/render-graphiql/package.json').version;
/** Versioned, so a browser may keep each asset until the dependency changes. */
export const GRAPHIQL_ASSETS = `/graphiql/${VERSION}/`;

type Bundle = typeof import('@graphql-yoga/render-graphiql/graphiql');

const ASSETS: Record<string, { type: string; body: (bundle: Bundle) => string | Buffer }> = {
  'graphiql.js': { type: 'text/javascript; charset=utf-8', body: (b) => b.js },
  'graphiql.css': { type: 'text/css; charset=utf-8', body: (b) => b.css },
  'editor.worker.js': { type: 'text/javascript; charset=utf-8', body: (b) => b.editorWorkerService },
  'json.worker.js': { type: 'text/javascript; charset=utf-8', body: (b) => b.jsonWorker },
  'graphql.worker.js': { type: 'text/javascript; charset=utf-8', body: (b) => b.graphqlWorker },
  'favicon.ico': {
    type: 'image/x-icon',
    body: (b) => Buffer.from(b.favicon.slice(b.favicon.indexOf(',') + 1), 'base64'),
  },
};

/** Monaco's worker labels -> our worker files. */
const WORKERS = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Yoga's `renderGraphiQL`: the page, with every asset on this server. */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  const title = escapeHtml(options.title ?? 'GraphiQL');
  const workers = Object.fromEntries(Object.entries(WORKERS).map(([label, file]) => [label, GRAPHIQL_ASSETS + file]));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="${GRAPHIQL_ASSETS}favicon.ico">
<link rel="stylesheet" href="${GRAPHIQL_ASSETS}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root">Loading ${title}…</div>
<script>
const workers = ${scriptJson(workers)};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
</script>
<script src="${GRAPHIQL_ASSETS}graphiql.js"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(options)});</script>
</body>
</html>
`;
}

interface Asset {
  type: string;
  plain: Buffer;
  gzipped?: Buffer;
}

/** Serves GET GRAPHIQL_ASSETS<file>. */
export function useGraphiQLAssets(): Plugin<Context> {
  let loading: Promise<Map<string, Asset>> | undefined;
  const load = () =>
    (loading ??= import('@graphql-yoga/render-graphiql/graphiql').then(
      (bundle) =>
        new Map(
          Object.entries(ASSETS).map(([file, { type, body }]) => {
            const asset: Asset = { type, plain: Buffer.from(body(bundle)) };
            return [file, asset];
          }),
        ),
    ));
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      return load().then((assets) => {
        const asset = assets.get(url.pathname.slice(GRAPHIQL_ASSETS.length));
        if (!asset) return endResponse(new fetchAPI.Response(null, { status: 404 }));
        const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
        const headers: Record<string, string> = {
          'content-type': asset.type,
          'cache-control': 'public, max-age=31536000, immutable',
          vary: 'accept-encoding',
        };
        if (gzip) headers['content-encoding'] = 'gzip';
        if (gzip) asset.gzipped ??= gzipSync(asset.plain);
        const body = gzip ? asset.gzipped! : asset.plain;
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers }));
      });
    },
  };
}
