// Which browser origins may call the API (Yoga's `cors` option): the API's own origin, and those
// CORS_ORIGINS lists (by default, outside production, any port of localhost and 127.0.0.1). A
// refused origin gets no CORS headers, so the browser keeps the response from the page. Tokens
// travel in the Authorization header, never in cookies, so no credentials are allowed.
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';

type CorsOption = NonNullable<YogaServerOptions<object, object>['cors']>;

/** Whether `origin` is one that `allowed` lists (`*`, exact, or `scheme://host:*` for any port). */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false; // a path, credentials or other oddity: not a browser's Origin
  return allowed.some(
    (entry) =>
      entry === '*' ||
      entry === origin ||
      (entry.endsWith(':*') && entry.slice(0, -2) === `${url.protocol}//${url.hostname}`),
  );
}

export function corsOptions(allowed: readonly string[]): CorsOption {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin) return false;
    const own = new URL(request.url).host === (URL.canParse(origin) ? new URL(origin).host : null);
    if (!own && !originAllowed(origin, allowed)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: [
        'authorization',
        'content-type',
        'accept',
        'x-request-id',
        'apollographql-client-name',
        'apollographql-client-version',
      ],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    };
  };
}

/** The answer depends on the Origin header: say so to caches, whether the origin was allowed or not. */
export function useVaryOnOrigin(): Plugin<Context> {
  return {
    onResponse({ request, response }) {
      if (request.headers.has('origin')) response.headers.append('vary', 'Origin');
    },
  };
}
