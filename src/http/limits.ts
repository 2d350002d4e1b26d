// Limits on the request and its document, each refusal typed (extensions.code) and given before
// anything runs: the body's size (variables included), the document's tokens, depth and aliases
// (graphql-armor). Arguments and cost are argument-bounds.ts and cost-limit.ts.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';
import { LIMITS } from '../shared/limits.ts';

const json = (status: number, message: string, extensions: Record<string, unknown>) =>
  new Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/**
 * Bodies must say their length, and it must be at most LIMITS.bodyBytes (checked before reading).
 * Node's HTTP parser never hands on more bytes than the stated length, so this is the whole limit:
 * Yoga's own body limit, which streams every body through a counter, is off (createServer).
 */
export function useBodyLimit(): Plugin<Context> {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'POST') return;
      const length = request.headers.get('content-length');
      if (length === null)
        endResponse(json(411, 'Send the request body with a Content-Length.', { code: 'BAD_REQUEST' }));
      else if (!/^\d+$/.test(length))
        endResponse(json(400, 'The Content-Length is not a number of bytes.', { code: 'BAD_REQUEST' }));
      else if (Number(length) > LIMITS.bodyBytes) {
        endResponse(
          json(413, `The request body is ${length} bytes; the limit is ${LIMITS.bodyBytes}.`, {
            code: 'PAYLOAD_TOO_LARGE',
            limit: LIMITS.bodyBytes,
          }),
        );
      }
    },
  };
}

/** graphql-armor's refusals carry no code: give them the one every too-large query gets. */
const tooComplex = (limit: string) => ({
  onReject: [
    (_ctx: unknown, error: GraphQLError) => void Object.assign(error.extensions, { code: 'QUERY_TOO_COMPLEX', limit }),
  ],
});

/** Documents over LIMITS.tokens lexical tokens are refused while parsing. */
export const useTokenLimit = () => maxTokensPlugin({ n: LIMITS.tokens, ...tooComplex('tokens') }) as Plugin<Context>;

/** Selections nested deeper than LIMITS.depth (through fragments) are refused at validation. */
export const useDepthLimit = () =>
  maxDepthPlugin({ n: LIMITS.depth, flattenFragments: true, ...tooComplex('depth') }) as Plugin<Context>;

/** More than LIMITS.aliases aliases are refused at validation. */
export const useAliasLimit = () => maxAliasesPlugin({ n: LIMITS.aliases, ...tooComplex('aliases') }) as Plugin<Context>;
