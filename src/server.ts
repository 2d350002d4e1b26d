// The GraphQL server: one database transaction per operation (tenant set first, rolled back on
// any error), masked unexpected errors, health and readiness endpoints, and a request log.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { contextFactory, type Context, type Services } from './context.ts';
import { pendingMigrations } from './db/migrations.ts';
import { inTenantTransaction, TenantViolation } from './db/tenant.ts';
import { conflict, notFound, unauthenticated } from './domain/errors.ts';
import { Prisma } from './generated/prisma/client.ts';
import { useMetrics } from './metrics.ts';
import { loadViewer } from './schema/auth.ts';
import { schema } from './schema/index.ts';
import { createLoaders } from './schema/loaders.ts';

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * Passes events on while the token is unexpired and the sign-in, re-checked before each event
 * (at most every `recheckMs`), still valid. It stops its source at expiry even when idle, and
 * when the client goes away.
 */
export function whileSignedIn<T>(events: AsyncIterable<T>, expiresAt: number, stillValid: () => Promise<boolean>, recheckMs = 0): AsyncIterableIterator<T> {
  const source = events[Symbol.asyncIterator]();
  let checkedAt = Date.now();
  let expiry: NodeJS.Timeout | undefined;
  const stop = async (): Promise<IteratorResult<T>> => {
    clearTimeout(expiry);
    await source.return?.();
    return { done: true, value: undefined };
  };
  expiry = setTimeout(() => void stop(), Math.max(0, expiresAt - Date.now()));
  expiry.unref();
  return {
    [Symbol.asyncIterator]() { return this; },
    async next() {
      const result = await source.next();
      if (result.done) return stop();
      if (Date.now() >= expiresAt) return stop();
      if (Date.now() - checkedAt >= recheckMs) {
        if (!(await stillValid())) return stop();
        checkedAt = Date.now();
      }
      return result;
    },
    return: stop,
  };
}

class Rollback {
  constructor(readonly result: ExecutionResult) {}
}

/** Expected database refusals become typed errors; anything else stays masked. */
function typedError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (original instanceof Prisma.PrismaClientKnownRequestError) {
    // Raw statements (the allocator) report constraint failures as P2010 with the driver's cause.
    const cause = original.code === 'P2010' ? JSON.stringify(original.meta ?? {}) : '';
    const mapped =
      original.code === 'P2002' || /UniqueConstraintViolation|23505/.test(cause) ? conflict('That already exists.')
      : original.code === 'P2003' || /ForeignKeyConstraintViolation|23503/.test(cause) ? conflict('Other records still refer to this, or it refers to something gone.')
      : original.code === 'P2025' ? notFound('Record')
      // A malformed id or cursor that reached the database (not a UUID): nothing has it.
      : original.code === 'P2007' || original.code === 'P2023' || /22P02/.test(cause) ? notFound('Record')
      : null;
    if (mapped) return new GraphQLError(mapped.message, { nodes: error.nodes, path: error.path, extensions: mapped.extensions });
  }
  if (original instanceof TenantViolation) return new GraphQLError('Unexpected error.', { nodes: error.nodes, path: error.path });
  return error;
}

/**
 * Runs each query and mutation in one transaction that first sets the company (for row-level
 * security) and checks the viewer the token names. Any error rolls the whole operation back, so
 * a mutation that fails half-way leaves nothing behind.
 */
function useOperationTransaction(): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const ctx = args.contextValue as Context;
        let result: ExecutionResult;
        try {
          result = await inTenantTransaction(ctx.services.base, ctx.scope, async (tx) => {
            ctx.db = tx;
            ctx.loaders = createLoaders(tx, () => ctx.viewer);
            if (ctx.claims) {
              ctx.viewer = await loadViewer(tx, ctx.claims);
              if (!ctx.viewer) return { errors: [unauthenticated('This sign-in is no longer valid: sign in again.')] };
            }
            const executed = (await executeFn(args)) as ExecutionResult;
            if (executed.errors?.length) throw new Rollback({ ...executed, errors: executed.errors.map(typedError) });
            return executed;
          });
        } catch (error) {
          if (error instanceof Rollback) return error.result;
          throw error;
        }
        for (const announce of ctx.afterCommit.splice(0)) announce();
        return result;
      });
    },
    // A subscription holds no transaction open: its viewer is checked in short ones, when it
    // starts and again before each event; the stream ends when the token expires or the
    // membership or profile is archived or removed.
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const ctx = args.contextValue as Context;
        const claims = ctx.claims;
        if (!claims) return subscribeFn(args);
        const check = () => inTenantTransaction(ctx.services.base, ctx.scope, (tx) => loadViewer(tx, claims));
        ctx.viewer = await check();
        if (!ctx.viewer) return { errors: [unauthenticated('This sign-in is no longer valid: sign in again.')] };
        const stream = await subscribeFn(args);
        if (!isAsyncIterable(stream)) return stream;
        return whileSignedIn(stream, claims.expiresAt, async () => (await check()) !== null);
      });
    },
  };
}

function useRequestLog(log: (line: string) => void): Plugin<Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const name = args.operationName ?? 'anonymous';
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result && result.errors ? result.errors.map((e) => e.extensions?.code ?? 'INTERNAL').join(',') : '';
          log(`${name} ${(performance.now() - started).toFixed(1)}ms${errors ? ` errors=${errors}` : ''}`);
        },
      };
    },
  };
}

const GRAPHIQL_QUERY = `# Sign in first (demo data: see the start-up message), then put the token in
# the Headers tab as {"Authorization": "Bearer <token>"}.
mutation SignIn {
  login(input: { company: "lamba-property-limited", email: "admin@lamba.example", password: "lamba-demo-password" }) {
    token
    viewer { role company { name prefix } user { fullName } }
  }
}

query Me {
  me { role company { name prefix } user { fullName email } }
}
`;

export type Server = YogaServerInstance<Record<string, never>, Context>;

export function createServer(services: Services): Server {
  const readiness = async () => {
    try {
      const pending = await pendingMigrations((sql) => services.base.$queryRawUnsafe(sql));
      const body = { status: pending.length ? 'migrations pending' : 'ready', database: 'up', pendingMigrations: pending };
      return new Response(JSON.stringify(body), { status: pending.length ? 503 : 200, headers: { 'content-type': 'application/json' } });
    } catch {
      const body = { status: 'database unreachable', database: 'down' };
      return new Response(JSON.stringify(body), { status: 503, headers: { 'content-type': 'application/json' } });
    }
  };
  const plugins: Plugin<Context>[] = [
    useReadinessCheck({ endpoint: '/ready', check: readiness }) as Plugin<Context>,
    // Limits on what one request may ask, checked before anything runs.
    maxTokensPlugin({ n: 5000 }) as Plugin<Context>,
    maxDepthPlugin({ n: 15, flattenFragments: true }) as Plugin<Context>,
    maxAliasesPlugin({ n: 30 }) as Plugin<Context>,
    useOperationTransaction(),
  ];
  // GET /metrics, with a registry of this server's own; in production only with METRICS_TOKEN.
  if (!services.config.production || services.config.metricsToken) plugins.push(useMetrics(services.config.metricsToken));
  if (services.config.logRequests) plugins.push(useRequestLog((line) => console.log(line)));
  return createYoga<Record<string, never>, Context>({
    schema,
    context: contextFactory(services) as never,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'estate-api', defaultQuery: GRAPHIQL_QUERY },
    maskedErrors: { isDev: !services.config.production && process.env.NODE_ENV === 'development' },
    logging: services.config.logRequests ? 'info' : 'warn',
    plugins,
  });
}
