// The GraphQL server: Yoga with one plugin per concern, each in its own file here, listed below in
// the order they run, phase by phase. Each order that matters is stated on the line that needs it;
// test/pipeline.test.ts pins the whole order.
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { schema } from '../modules/index.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { contextFactory, type Context, type RequestState } from '../schema/context.ts';
import { useArgumentBounds } from './argument-bounds.ts';
import { useCompanyToday } from './company-today.ts';
import { corsOptions, useVaryOnOrigin } from './cors.ts';
import { useCostLimit } from './cost-limit.ts';
import { useDocuments } from './documents.ts';
import { maskError, useBoundedErrors, yogaLogger } from './errors.ts';
import { useExports } from './exports.ts';
import { useGatewayWebhook } from './gateway-webhook.ts';
import { useIntrospectionPolicy } from './introspection.ts';
import { useAliasLimit, useBodyLimit, useDepthLimit, useTokenLimit } from './limits.ts';
import { useMetrics } from './metrics.ts';
import { useOperationTransaction } from './operation-transaction.ts';
import { usePlannedReads } from './planned-reads.ts';
import { useReadiness } from './readiness.ts';
import { useRequestId } from './request-id.ts';
import { useRequestLog } from './request-log.ts';
import { useSoleRootFields } from './sole-root-field.ts';
import { useSubscriptionGuard } from './subscription-guard.ts';
import { useTrustedDocuments } from './trusted-documents.ts';
import { useViewerCheck } from './viewer-check.ts';
import { useWorkbench } from './workbench.ts';

export type Server = YogaServerInstance<Record<string, never>, RequestState>;

interface Step {
  name: string;
  plugin: () => Plugin<Context>;
  /** Off by configuration (the step keeps its place in the order). */
  off?: boolean;
}

/** Every plugin of the server, in the order they run. */
export function pipeline(runtime: Runtime): Step[] {
  const { config } = runtime;
  return [
    // 1. The HTTP request, before any GraphQL: endpoints of their own, headers, the body's size.
    { name: 'bounded-errors', plugin: () => useBoundedErrors() as Plugin<Context> },
    { name: 'readiness', plugin: () => useReadiness(runtime) },
    // GET /graphql from a browser: the analyst's workbench (GraphiQL and more), and its assets.
    { name: 'workbench', plugin: useWorkbench, off: !config.graphiql },
    // GET /metrics, with a registry of this server's own; in production only with METRICS_TOKEN.
    { name: 'metrics', plugin: () => useMetrics(config.metricsToken), off: config.production && !config.metricsToken },
    { name: 'request-id', plugin: useRequestId },
    // GET /documents/<signed link> (PDFs) and /verify/<token> (a receipt's essentials).
    { name: 'documents', plugin: () => useDocuments(runtime) },
    { name: 'vary-on-origin', plugin: useVaryOnOrigin },
    { name: 'body-limit', plugin: useBodyLimit },
    // The payment gateway's webhook (not GraphQL): after the body limit, before anything else reads the body.
    { name: 'gateway-webhook', plugin: () => useGatewayWebhook(runtime) },
    // GET /exports/<list>.csv|xlsx: an endpoint of its own, with the same token check and services.
    { name: 'exports', plugin: () => useExports(runtime) },
    // Before trusted documents, so the log sees the operations it refuses.
    { name: 'request-log', plugin: () => useRequestLog(runtime.logger), off: !config.logRequests },
    // 2. The document: the text a hash names, then parsing and validation.
    // On in every mode: with TRUSTED_DOCUMENTS=off a hash alone is answered PersistedQueryNotSupported.
    { name: 'trusted-documents', plugin: () => useTrustedDocuments(runtime) },
    { name: 'token-limit', plugin: useTokenLimit },
    { name: 'depth-limit', plugin: useDepthLimit },
    { name: 'alias-limit', plugin: useAliasLimit },
    { name: 'sole-root-field', plugin: useSoleRootFields },
    // 3. Admission: refusals that need the variables, before the database is touched.
    { name: 'argument-bounds', plugin: useArgumentBounds },
    { name: 'cost-limit', plugin: useCostLimit },
    // After the refusals above (a refused operation never reaches the database); before everything
    // that reads ctx.viewer.
    { name: 'viewer-check', plugin: useViewerCheck },
    // Reads the checked viewer: an archived analyst's token does not read the schema.
    { name: 'introspection-policy', plugin: () => useIntrospectionPolicy(config) },
    // After the viewer check (a signed-out request needs no today), before the planned reads,
    // which use it when a list's filter needs it.
    { name: 'company-today', plugin: useCompanyToday },
    // 4. Running it. The planned reads come before the operation transaction, which wraps them
    // (a later onExecute wraps an earlier one's execute), so they run inside its transaction.
    { name: 'planned-reads', plugin: usePlannedReads, off: !config.compiledReads },
    { name: 'operation-transaction', plugin: useOperationTransaction },
    { name: 'subscription-guard', plugin: useSubscriptionGuard },
  ];
}

export function createServer(runtime: Runtime): Server {
  const { config } = runtime;
  return createYoga<Record<string, never>, RequestState>({
    schema,
    context: contextFactory(runtime),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    cors: corsOptions(config.corsOrigins),
    landingPage: false,
    // The body limit is useBodyLimit's (limits.ts), checked on the Content-Length before reading.
    maxRequestBodySize: false,
    // The workbench plugin serves GraphiQL (see the pipeline).
    graphiql: false,
    maskedErrors: { maskError, isDev: !config.production && process.env.NODE_ENV === 'development' },
    // Yoga's own lines (the errors it masks) go through the process's logger, as JSON lines.
    logging: yogaLogger(runtime.logger),
    plugins: pipeline(runtime)
      .filter((step) => !step.off)
      .map((step) => step.plugin()),
  });
}
