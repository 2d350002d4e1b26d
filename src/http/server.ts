// The GraphQL server: Yoga with one plugin per concern (each in its own file here), masked
// errors, GraphiQL, /health and /ready.
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Runtime } from '../app.ts';
import { schema } from '../schema/index.ts';
import { contextFactory, type Context, type RequestState } from './context.ts';
import { useCompiledReads } from './compiled-reads.ts';
import { corsOptions, useVaryOnOrigin } from './cors.ts';
import { maskError, useBoundedErrors } from './errors.ts';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql.ts';
import { renderOfflineGraphiQL, useGraphiQLAssets } from './graphiql-offline.ts';
import { useIntrospectionPolicy } from './introspection.ts';
import { requestLimits } from './limits.ts';
import { useMetrics } from './metrics.ts';
import { useOperationTransaction } from './operation-transaction.ts';
import { useReadiness } from './readiness.ts';
import { useRequestId } from './request-id.ts';
import { useRequestLog } from './request-log.ts';
import { useSoleRootFields } from './sole-root-field.ts';
import { useSubscriptionGuard } from './subscription-guard.ts';
import { useTrustedDocuments } from './trusted-documents.ts';

export type Server = YogaServerInstance<Record<string, never>, RequestState>;

export function createServer(runtime: Runtime): Server {
  const { config } = runtime;
  const plugins: Plugin<Context>[] = [
    useBoundedErrors() as Plugin<Context>,
    useReadiness(runtime),
    useIntrospectionPolicy(config),
    ...requestLimits(),
    useSoleRootFields(),
    // Before the transaction's plugin, which therefore wraps it.
    ...(config.compiledReads ? [useCompiledReads()] : []),
    useOperationTransaction(),
    useSubscriptionGuard(),
    useVaryOnOrigin(),
    useRequestId(),
  ];
  // GET /metrics, with a registry of this server's own; in production only with METRICS_TOKEN.
  if (!config.production || config.metricsToken) plugins.push(useMetrics(config.metricsToken));
  if (config.logRequests) plugins.push(useRequestLog((line) => console.log(line)));
  if (config.graphiql) plugins.push(useGraphiQLAssets());
  // After the log and metrics, which then see the operations it refuses.
  if (config.trustedDocuments !== 'off') plugins.push(useTrustedDocuments(runtime));
  return createYoga<Record<string, never>, RequestState>({
    schema,
    context: contextFactory(runtime),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    cors: corsOptions(config.corsOrigins),
    landingPage: false,
    // The body limit is useBodyLimit's (limits.ts), checked on the Content-Length before reading.
    maxRequestBodySize: false,
    graphiql: config.graphiql ? { title: 'estate-api', defaultQuery: GRAPHIQL_DEFAULT_QUERY } : false,
    renderGraphiQL: renderOfflineGraphiQL,
    maskedErrors: { maskError, isDev: !config.production && process.env.NODE_ENV === 'development' },
    logging: config.logRequests ? 'info' : 'warn',
    plugins,
  });
}
