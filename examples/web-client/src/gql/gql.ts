/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation WebSignIn($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role permissions company { name prefix } user { fullName } } }\n  }\n": typeof types.WebSignInDocument,
    "\n  query WebClients($first: Int!, $after: String, $search: String) {\n    clients(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id uid fullName email createdAt } }\n    }\n  }\n": typeof types.WebClientsDocument,
    "\n  subscription WebMessageAdded { messageAdded { messageId threadId subject body fromStaff authorName createdAt } }\n": typeof types.WebMessageAddedDocument,
    "\n  mutation WebRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid fullName } invitation { token expiresAt } }\n  }\n": typeof types.WebRegisterClientDocument,
};
const documents: Documents = {
    "\n  mutation WebSignIn($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role permissions company { name prefix } user { fullName } } }\n  }\n": types.WebSignInDocument,
    "\n  query WebClients($first: Int!, $after: String, $search: String) {\n    clients(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id uid fullName email createdAt } }\n    }\n  }\n": types.WebClientsDocument,
    "\n  subscription WebMessageAdded { messageAdded { messageId threadId subject body fromStaff authorName createdAt } }\n": types.WebMessageAddedDocument,
    "\n  mutation WebRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid fullName } invitation { token expiresAt } }\n  }\n": types.WebRegisterClientDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSignIn($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role permissions company { name prefix } user { fullName } } }\n  }\n"): (typeof documents)["\n  mutation WebSignIn($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role permissions company { name prefix } user { fullName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebClients($first: Int!, $after: String, $search: String) {\n    clients(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id uid fullName email createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query WebClients($first: Int!, $after: String, $search: String) {\n    clients(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id uid fullName email createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebMessageAdded { messageAdded { messageId threadId subject body fromStaff authorName createdAt } }\n"): (typeof documents)["\n  subscription WebMessageAdded { messageAdded { messageId threadId subject body fromStaff authorName createdAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid fullName } invitation { token expiresAt } }\n  }\n"): (typeof documents)["\n  mutation WebRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid fullName } invitation { token expiresAt } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;