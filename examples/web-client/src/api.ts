// A small GraphQL-over-HTTP client: typed documents in, typed data out, and failures as ApiError
// with the server's `extensions.code` (and, for invalid input, every invalid field).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface Api {
  /** The endpoint, such as http://localhost:4000/graphql. */
  url: string;
  /** The bearer token from `login`, once signed in. */
  token?: string;
  /**
   * Send each document's hash (`documentId`) instead of its text, as a server with
   * TRUSTED_DOCUMENTS=only requires; the hashes are in src/gql/persisted-documents.json.
   */
  trusted?: boolean;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** One GraphQL error, as the server describes it. */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; fields?: FieldProblem[]; retryAfterSeconds?: number };
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly status = 200,
  ) {
    super(message);
  }

  static from(error: GraphQLErrorBody, status: number): ApiError {
    const { code = 'INTERNAL_SERVER_ERROR', field, fields } = error.extensions ?? {};
    // BAD_USER_INPUT lists every invalid field; NOT_FOUND names the one reference it could not find.
    return new ApiError(code, error.message, fields ?? (field ? [{ field, message: error.message }] : []), status);
  }
}

/** The id codegen gave a document (`sha256:<hex>`): see `persistedDocuments` in codegen.ts. */
export const documentIdOf = (document: TypedDocumentNode<any, any>) =>
  (document as { __meta__?: { hash?: string } }).__meta__?.hash;

/** The request body: the document's text, or its hash on a trusted-documents server. */
export function operationBody<V>(api: Api, document: TypedDocumentNode<any, V>, variables?: V) {
  const documentId = api.trusted ? documentIdOf(document) : undefined;
  return documentId ? { documentId, variables } : { query: print(document), variables };
}

export const authorization = (api: Api): Record<string, string> =>
  api.token ? { authorization: `Bearer ${api.token}` } : {};

/** Runs a query or mutation; throws ApiError for the first error the server reports. */
export async function request<R, V>(api: Api, document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...authorization(api),
    },
    body: JSON.stringify(operationBody(api, document, variables)),
  });
  const body = (await response.json()) as { data?: R | null; errors?: GraphQLErrorBody[] };
  if (body.errors?.length) throw ApiError.from(body.errors[0], response.status);
  if (!body.data)
    throw new ApiError('INTERNAL_SERVER_ERROR', `No data (HTTP ${response.status}).`, [], response.status);
  return body.data;
}
