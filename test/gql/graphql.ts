/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Role =
  /** Company staff who manage everything. */
  | 'ADMIN'
  /** Company staff who read everything and change nothing. */
  | 'ANALYST'
  /** Buys plots. */
  | 'CLIENT'
  /** Sells plots to the clients assigned to them. */
  | 'MARKETER';

export type FoundationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationMeQuery = { me: { role: Role } | null };


export const FoundationMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FoundationMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<FoundationMeQuery, FoundationMeQueryVariables>;