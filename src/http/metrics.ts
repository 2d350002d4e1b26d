// Prometheus metrics at GET /metrics: GraphQL operations (count, outcome, latency, error codes)
// by operation name, and successful registrations by company. Each server gets its own Registry,
// so several servers in one process (the tests) keep separate counts.
import { getOperationAST, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import { isAsyncIterable, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ERROR_CODES } from '../shared/errors.ts';
import type { Context } from '../schema/context.ts';
import { rootFields } from './root-fields.ts';

/** The label of requests refused before execution (unparsable, invalid, over a limit). */
export const REFUSED = 'refused';

/** Distinct operation names kept as labels; later new names count as 'other'. */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * Operation names come from clients, so they are bounded: 'anonymous' when there is none,
 * 'other' for a name that is not a GraphQL name or arrives after the first `max` distinct ones.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();
  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(name);
    return name;
  }
}

/** Error codes the API and Yoga set; anything else (masked errors) is INTERNAL. */
const KNOWN_CODES = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

interface RequestState {
  started: number;
  operation: string;
  type: string;
}

export interface Metrics {
  registry: Registry;
  plugin: Plugin<Context>;
}

/** `token`: when set, GET /metrics needs "Authorization: Bearer <token>" (it shows per-company counts). */
export function createMetrics(options: { defaultMetrics?: boolean; token?: string } = {}): Metrics {
  const registry = new Registry();
  // Process metrics (CPU, memory, event loop, GC) into this registry only.
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const operations = new Counter({
    name: 'estate_graphql_operations_total',
    help: 'GraphQL requests by operation name, type (query, mutation, subscription, unknown before parsing) and outcome (ok or error).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'estate_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL request to its result (parse, validate, sign-in check, transaction, execution).',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'estate_graphql_errors_total',
    help: 'GraphQL errors by operation name and extensions.code (INTERNAL for masked ones).',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  const registrations = new Counter({
    name: 'estate_registrations_total',
    help: "Marketers and clients registered (committed), by the registering viewer's company id.",
    labelNames: ['company_id', 'kind'] as const,
    registers: [registry],
  });

  const names = new OperationLabels();
  const requests = new WeakMap<Request, RequestState>();

  /** Called when the executed operation is known: its name and type replace the request's guess. */
  const identify = (ctx: unknown, operation: OperationDefinitionNode | null | undefined) => {
    const state = requests.get((ctx as YogaInitialContext).request);
    if (state && operation)
      Object.assign(state, { operation: names.label(operation.name?.value), type: operation.operation });
  };

  const plugin: Plugin<Context> = {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics') return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      if (options.token && request.headers.get('authorization') !== `Bearer ${options.token}`) {
        endResponse(new fetchAPI.Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer' } }));
        return;
      }
      return registry
        .metrics()
        .then((body) =>
          endResponse(new fetchAPI.Response(body, { headers: { 'content-type': registry.contentType } })),
        );
    },
    onParams({ request }) {
      // A name becomes a label only once its operation passed validation (identify, above):
      // junk requests must not use up the label slots.
      requests.set(request, { started: performance.now(), operation: REFUSED, type: 'unknown' });
    },
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      identify(args.contextValue, operation);
      return {
        onExecuteDone({ result }) {
          // Every error rolls the operation back, so only an error-free result has registered anyone.
          if (operation?.operation !== 'mutation' || isAsyncIterable(result) || result.errors?.length || !result.data)
            return;
          const viewer = (args.contextValue as Context).viewer;
          if (!viewer) return;
          const mutations = args.schema.getMutationType()?.getFields() ?? {};
          for (const field of rootFields(operation.selectionSet, args.document)) {
            // A registering mutation says what it registers: `extensions: { registers: 'client' }`.
            const kind = mutations[field.name.value]?.extensions?.registers as string | undefined;
            if (kind && result.data[field.alias?.value ?? field.name.value] != null)
              registrations.inc({ company_id: viewer.companyId, kind });
          }
        },
      };
    },
    onSubscribe({ args }) {
      identify(args.contextValue, getOperationAST(args.document, args.operationName));
    },
    onResultProcess({ request, result }) {
      const state = requests.get(request);
      if (!state) return;
      requests.delete(request);
      const results = isAsyncIterable(result) ? [] : ((Array.isArray(result) ? result : [result]) as ExecutionResult[]);
      const codes = results.flatMap((r) => r.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL'));
      const labels = { operation: state.operation, type: state.type };
      operations.inc({ ...labels, outcome: codes.length ? 'error' : 'ok' });
      duration.observe(labels, (performance.now() - state.started) / 1000);
      for (const code of new Set(codes))
        errors.inc({ operation: state.operation, code: KNOWN_CODES.has(code) ? code : 'INTERNAL' });
    },
  };
  return { registry, plugin };
}

/** The metrics plugin with its own registry, serving GET /metrics. */
export function useMetrics(token?: string): Plugin<Context> {
  return createMetrics({ token }).plugin;
}
