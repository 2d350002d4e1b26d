// What one request may ask, stated once: the HTTP layer enforces these before anything runs, and
// the schema's page arguments and the read planner use the same page sizes.

/** Connection pages: `first`/`last` default and maximum. */
export const PAGE = { default: 20, max: 100 } as const;

export const LIMITS = {
  /** Request body (and WebSocket message), in bytes. */
  bodyBytes: 128 * 1024,
  /** Lexical tokens of a document. */
  tokens: 5000,
  depth: 15,
  aliases: 30,
  /** Objects an operation could return (see http/request-guard.ts for how it is counted). */
  cost: 20_000,
  page: PAGE.max,
  /** Items in a list argument unless its definition says otherwise (`extensions: { maxItems }`). */
  listItems: 100,
  /** Characters in a text argument; IDs are shorter. */
  text: 10_000,
  id: 200,
} as const;

/**
 * GraphQL over WebSocket, per API process: operations running at once on one socket (each
 * subscription counts until it ends), subscriptions of one sign-in across its sockets, and open
 * sockets of one sign-in.
 */
export const SOCKET_LIMITS = {
  operationsPerSocket: 50,
  /** Of those, running at once (a query, a subscription starting); the others wait their turn. */
  runningPerSocket: 4,
  subscriptionsPerViewer: 100,
  socketsPerViewer: 20,
} as const;
