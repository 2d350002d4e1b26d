// Limits on what one request may ask, checked before anything runs.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';

export const LIMITS = { tokens: 5000, depth: 15, aliases: 30 } as const;

export function requestLimits(): Plugin<Context>[] {
  return [
    maxTokensPlugin({ n: LIMITS.tokens }) as Plugin<Context>,
    maxDepthPlugin({ n: LIMITS.depth, flattenFragments: true }) as Plugin<Context>,
    maxAliasesPlugin({ n: LIMITS.aliases }) as Plugin<Context>,
  ];
}
