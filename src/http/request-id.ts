// Every response carries an `x-request-id`: the caller's own, when it is a plain token of at most
// 128 characters, or a new UUID. Logs name requests by it, so a client's report can be matched.
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';
import { logContext } from '../shared/logger.ts';

const SANE = /^[A-Za-z0-9._:-]{1,128}$/;
const ids = new WeakMap<Request, string>();

/** The request's id (one is made for requests that arrived another way, such as WebSocket operations). */
export function requestId(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    id = randomUUID();
    ids.set(request, id);
  }
  return id;
}

export function useRequestId(): Plugin<Context> {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      const id = given && SANE.test(given) ? given : randomUUID();
      ids.set(request, id);
      // Every line logged while this request is handled names it.
      const logged = logContext.getStore();
      if (logged) logged.requestId = id;
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestId(request));
    },
  };
}
