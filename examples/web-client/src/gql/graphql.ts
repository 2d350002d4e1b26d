/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who signs in, to which company. */
export type LoginInput = {
  /** The company slug. */
  company: string;
  /** Their email address. */
  email: string;
  /** Their password for this company. */
  password: string;
  /** Which role to sign in as; the most powerful one when omitted. */
  role?: Role | null | undefined;
};

/** Something a role may do; `me { permissions }` lists the viewer's. */
export type Permission =
  /** List clients (a marketer: their own). */
  | 'LIST_CLIENTS'
  /** List every marketer. */
  | 'LIST_MARKETERS'
  /** Archive, restore, delete and reassign clients. */
  | 'MANAGE_CLIENTS'
  /** Set the reminder schedule and the payment gateway; see reminders and held gateway payments. */
  | 'MANAGE_COLLECTIONS'
  /** Set commission rates and record commission payouts. */
  | 'MANAGE_COMMISSIONS'
  /** Create and edit estates, plot sizes and plots; reserve, allocate and release plots. */
  | 'MANAGE_ESTATES'
  /** Register, archive, restore and delete marketers. */
  | 'MANAGE_MARKETERS'
  /** Sell plots: record sales with their payment plans. */
  | 'MANAGE_SALES'
  /** Add, archive and restore staff members. */
  | 'MANAGE_STAFF'
  /** Register webhook endpoints, see their deliveries and the events, and replay events. */
  | 'MANAGE_WEBHOOKS'
  /** Start an online payment through the company's gateway (a client: for their own sales). */
  | 'PAY_ONLINE'
  /** Read the history of clients' marketers. */
  | 'READ_ASSIGNMENT_HISTORY'
  /** Read commission rates and statements (a marketer: their own). */
  | 'READ_COMMISSIONS'
  /** Read insights: figures computed over the company (a marketer: over their own clients). */
  | 'READ_INSIGHTS'
  /** Read sales, their schedules and payments (a marketer: their clients'; a client: their own). */
  | 'READ_SALES'
  /** Read the company's numbering: counters, gaps and UID health. */
  | 'READ_SEQUENCES'
  /** List the staff (admins and analysts). */
  | 'READ_STAFF'
  /** Record payments and reverse them. */
  | 'RECORD_PAYMENTS'
  /** Register clients (a marketer: for themself). */
  | 'REGISTER_CLIENTS'
  /** Reply to threads and mark them read (admins: any; others: their own). */
  | 'REPLY_TO_MESSAGES'
  /** Issue an invitation to set or reset a person's password. */
  | 'RESET_PASSWORDS'
  /** Send announcements to clients and marketers. */
  | 'SEND_ANNOUNCEMENTS'
  /** Start a message thread with the company. */
  | 'SEND_MESSAGES'
  /** Change the company's name, time zone and (until the first UID) prefix. */
  | 'UPDATE_COMPANY';

/** A new client: their details, and (admins) their marketer. */
export type RegisterClientInput = {
  /** Their email address; it names them at sign-in. */
  email: string;
  /** Their full name, up to 120 characters. */
  fullName: string;
  /** Assign to this marketer (admins). */
  marketerId?: string | number | null | undefined;
  /** At least 8 characters. Omit to get an invitation instead. Ignored for a person who already has a role in this company (except when an admin adds them to the staff). */
  password?: string | null | undefined;
  /** Their phone number: 7 to 15 digits, spaces, dashes, dots and brackets allowed. */
  phone?: string | null | undefined;
};

/** What a signed-in person is to the company; `me { permissions }` says what it lets them do. */
export type Role =
  /** Company staff who manage everything. */
  | 'ADMIN'
  /** Company staff who read everything and change nothing. */
  | 'ANALYST'
  /** Buys plots. */
  | 'CLIENT'
  /** Sells plots to the clients assigned to them. */
  | 'MARKETER';

export type WebSignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type WebSignInMutation = { login: { token: string, expiresAt: string, viewer: { role: Role, permissions: Array<Permission>, company: { name: string, prefix: string }, user: { fullName: string } } } };

export type WebClientsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type WebClientsQuery = { clients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uid: string, fullName: string, email: string, createdAt: string } }> } };

export type WebMessageAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WebMessageAddedSubscription = { messageAdded: { messageId: string, threadId: string, subject: string, body: string, fromStaff: boolean, authorName: string, createdAt: string } };

export type WebRegisterClientMutationVariables = Exact<{
  input: RegisterClientInput;
}>;


export type WebRegisterClientMutation = { registerClient: { client: { id: string, uid: string, fullName: string }, invitation: { token: string, expiresAt: string } | null } };


export const WebSignInDocument = {"__meta__":{"hash":"sha256:803ae76ca7527ebd8bdd2366a6e8eead9128cc93fb27674eba01a9cbefb55821"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebSignInMutation, WebSignInMutationVariables>;
export const WebClientsDocument = {"__meta__":{"hash":"sha256:5b437de1314aaa599aaae630aa4a37782551801361ef143f12e5d72d553c785c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebClientsQuery, WebClientsQueryVariables>;
export const WebMessageAddedDocument = {"__meta__":{"hash":"sha256:1f2c47e2ccfd3b6be84f5a71b444f22ca1031f69da78c7286f570552b5e1d7ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebMessageAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WebMessageAddedSubscription, WebMessageAddedSubscriptionVariables>;
export const WebRegisterClientDocument = {"__meta__":{"hash":"sha256:e5456f1630fb2fae03bfcd50d9f8696aebd5b153def7751014cf6747cfd9e88b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRegisterClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebRegisterClientMutation, WebRegisterClientMutationVariables>;