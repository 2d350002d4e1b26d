// Trusted documents (persisted operations): a client sends a document's hash instead of its text,
// as `documentId` ("sha256:<hex>", the client preset's format; in the body, or the query string
// of a GET) or as Apollo's `extensions.persistedQuery.sha256Hash` (the bare hex). TRUSTED_DOCUMENTS:
//   off    hashes are refused as before (Yoga asks for a query); any text runs
//   allow  a known hash or any text runs
//   only   only known hashes run; text is PERSISTED_QUERY_ONLY, except an introspection-only
//          document under a staff (ADMIN or ANALYST) token, so tools can still read the schema
// An unknown hash is PERSISTED_QUERY_NOT_FOUND. Both refusals carry Apollo's standard messages
// (`PersistedQueryNotFound`, `PersistedQueryNotSupported`), which Apollo Kotlin and Apollo iOS read
// to send the document instead, and for Apollo's carrier HTTP 200 as Apollo Server answers (its
// clients read the body); `documentId` gets 404 or 400. HTTP and WebSocket operations go through
// the same resolveQuery(). (The Guild's persisted-operations plugin decides on text before the document is
// known, so it could not allow staff introspection, and it does not serve graphql-ws.)
import { GraphQLError, Kind, parse, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Runtime } from '../runtime/runtime.ts';
import { isStaff } from '../policy/roles.ts';
import { type ErrorCode, HTTP_STATUS } from '../shared/errors.ts';
import type { Context } from '../schema/context.ts';
import { rootFields } from './root-fields.ts';
import { TrustedDocumentStore } from './trusted-document-store.ts';

/** What a request carries: the GraphQL-over-HTTP params, with the client preset's `documentId`. */
export interface OperationParams {
  query?: string | null;
  documentId?: unknown;
  extensions?: Record<string, unknown> | null;
}

const refusal = (code: ErrorCode, message: string, status = HTTP_STATUS[code]) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/** The id a request names, in either carrier, and whether it came as Apollo's persisted query. */
function requestedId(params: OperationParams): { id: string; apollo: boolean } | null {
  if (typeof params.documentId === 'string' && params.documentId) return { id: params.documentId, apollo: false };
  const persisted = params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  return typeof persisted?.sha256Hash === 'string' ? { id: persisted.sha256Hash, apollo: true } : null;
}

/** True when every operation of the document selects only __schema, __type or __typename. */
function introspectionOnly(text: string): boolean {
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((op) => rootFields(op.selectionSet, document).every((field) => field.name.value.startsWith('__')))
  );
}

export class TrustedDocuments {
  constructor(
    private readonly runtime: Runtime,
    private readonly store: TrustedDocumentStore | null,
  ) {}

  /** Whether the token is a staff member's whose sign-in still holds (checked against the database). */
  private async staff(authorization: string | null): Promise<boolean> {
    const token = /^Bearer (\S+)$/.exec(authorization?.trim() ?? '')?.[1];
    const claims = token ? await this.runtime.tokens.verify(token) : null;
    if (typeof claims !== 'object' || claims === null || !isStaff(claims)) return false;
    return isStaff(await this.runtime.viewers.check(claims));
  }

  /**
   * The text this operation runs; undefined when the request names no document at all (Yoga then
   * answers as it always has). Throws the typed refusal.
   */
  async resolveQuery(params: OperationParams, authorization: string | null): Promise<string | undefined> {
    const mode = this.runtime.config.trustedDocuments;
    const text = params.query || undefined;
    const named = requestedId(params);
    if (mode === 'off' || !this.store) {
      if (text === undefined && named)
        throw refusal('PERSISTED_QUERY_NOT_SUPPORTED', 'PersistedQueryNotSupported', named.apollo ? 200 : undefined);
      return text;
    }
    if (text === undefined) {
      if (named === null) return undefined;
      const known = this.store.get(named.id);
      if (known === undefined)
        throw refusal('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound', named.apollo ? 200 : undefined);
      return known;
    }
    // The token first: only staff text is ever parsed here.
    if (mode === 'allow' || ((await this.staff(authorization)) && introspectionOnly(text))) return text;
    throw refusal(
      'PERSISTED_QUERY_ONLY',
      "This server runs only trusted documents: send the document's hash as documentId, not its text.",
    );
  }
}

const instances = new WeakMap<Runtime, TrustedDocuments>();

/** The runtime's trusted documents, with manifests read on first use (server start). */
export function trustedDocuments(runtime: Runtime): TrustedDocuments {
  let instance = instances.get(runtime);
  if (!instance) {
    const { trustedDocuments: mode, trustedDocumentsDir } = runtime.config;
    const store = mode === 'off' ? null : TrustedDocumentStore.load(trustedDocumentsDir);
    if (mode === 'only' && store?.size === 0)
      throw new Error(`TRUSTED_DOCUMENTS=only, but no manifest in ${trustedDocumentsDir} holds any document`);
    instance = new TrustedDocuments(runtime, store);
    instances.set(runtime, instance);
  }
  return instance;
}

export function useTrustedDocuments(runtime: Runtime): Plugin<Context> {
  const trusted = trustedDocuments(runtime);
  return {
    async onParams({ params, request, setParams }) {
      const fromUrl = request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null;
      const given = params as OperationParams;
      const query = await trusted.resolveQuery(
        { ...given, documentId: given.documentId ?? fromUrl },
        request.headers.get('authorization'),
      );
      // Always rewritten, so `documentId` never reaches Yoga's check of the params.
      if (query !== undefined)
        setParams({
          query,
          operationName: params.operationName,
          variables: params.variables,
          extensions: params.extensions,
        });
    },
  };
}
