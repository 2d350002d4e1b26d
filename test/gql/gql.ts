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
    "query AuthMe { me { role profileId roles company { name } user { email fullName } } }": typeof types.AuthMeDocument,
    "mutation AuthSetPassword($input: SetPasswordInput!) { setPassword(input: $input) }": typeof types.AuthSetPasswordDocument,
    "mutation AuthInvite($userId: ID!) { createPasswordInvitation(userId: $userId) { token expiresAt } }": typeof types.AuthInviteDocument,
    "mutation CompaniesUpdate($input: UpdateCompanyInput!) { updateCompany(input: $input) { name prefix prefixLocked } }": typeof types.CompaniesUpdateDocument,
    "query FoundationMe { me { role } }": typeof types.FoundationMeDocument,
    "\n  query RegistrationClients($first: Int, $after: String, $search: String, $status: [ProfileStatus!]) {\n    clients(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uid seq fullName email status marketer { uid } } }\n    }\n  }\n": typeof types.RegistrationClientsDocument,
    "query RegistrationClient($uid: String!) { client(uid: $uid) { uid fullName marketer { uid fullName email } } }": typeof types.RegistrationClientDocument,
    "mutation RegistrationDeleteClient($id: ID!) { deleteClient(id: $id) { deletedId } }": typeof types.RegistrationDeleteClientDocument,
    "mutation RegistrationArchiveClient($id: ID!) { archiveClient(id: $id) { status archivedAt } }": typeof types.RegistrationArchiveClientDocument,
    "\n      query RegistrationNested {\n        marketers(first: 20) { edges { node { uid user { fullName } clients(first: 50) { totalCount edges { node { uid fullName user { fullName email } marketer { uid } } } } } } }\n      }\n    ": typeof types.RegistrationNestedDocument,
    "\n  mutation FixtureCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { token company { id name slug prefix } admin { id } }\n  }\n": typeof types.FixtureCreateCompanyDocument,
    "\n  mutation FixtureRegisterMarketer($input: RegisterMarketerInput!) {\n    registerMarketer(input: $input) { marketer { id uid seq user { id } } invitation { token } }\n  }\n": typeof types.FixtureRegisterMarketerDocument,
    "\n  mutation FixtureRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid seq user { id } marketer { id uid } } invitation { token } }\n  }\n": typeof types.FixtureRegisterClientDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role profileId user { id } company { id } } }\n  }\n": typeof types.FixtureLoginDocument,
};
const documents: Documents = {
    "query AuthMe { me { role profileId roles company { name } user { email fullName } } }": types.AuthMeDocument,
    "mutation AuthSetPassword($input: SetPasswordInput!) { setPassword(input: $input) }": types.AuthSetPasswordDocument,
    "mutation AuthInvite($userId: ID!) { createPasswordInvitation(userId: $userId) { token expiresAt } }": types.AuthInviteDocument,
    "mutation CompaniesUpdate($input: UpdateCompanyInput!) { updateCompany(input: $input) { name prefix prefixLocked } }": types.CompaniesUpdateDocument,
    "query FoundationMe { me { role } }": types.FoundationMeDocument,
    "\n  query RegistrationClients($first: Int, $after: String, $search: String, $status: [ProfileStatus!]) {\n    clients(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uid seq fullName email status marketer { uid } } }\n    }\n  }\n": types.RegistrationClientsDocument,
    "query RegistrationClient($uid: String!) { client(uid: $uid) { uid fullName marketer { uid fullName email } } }": types.RegistrationClientDocument,
    "mutation RegistrationDeleteClient($id: ID!) { deleteClient(id: $id) { deletedId } }": types.RegistrationDeleteClientDocument,
    "mutation RegistrationArchiveClient($id: ID!) { archiveClient(id: $id) { status archivedAt } }": types.RegistrationArchiveClientDocument,
    "\n      query RegistrationNested {\n        marketers(first: 20) { edges { node { uid user { fullName } clients(first: 50) { totalCount edges { node { uid fullName user { fullName email } marketer { uid } } } } } } }\n      }\n    ": types.RegistrationNestedDocument,
    "\n  mutation FixtureCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { token company { id name slug prefix } admin { id } }\n  }\n": types.FixtureCreateCompanyDocument,
    "\n  mutation FixtureRegisterMarketer($input: RegisterMarketerInput!) {\n    registerMarketer(input: $input) { marketer { id uid seq user { id } } invitation { token } }\n  }\n": types.FixtureRegisterMarketerDocument,
    "\n  mutation FixtureRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid seq user { id } marketer { id uid } } invitation { token } }\n  }\n": types.FixtureRegisterClientDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role profileId user { id } company { id } } }\n  }\n": types.FixtureLoginDocument,
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
export function graphql(source: "query AuthMe { me { role profileId roles company { name } user { email fullName } } }"): (typeof documents)["query AuthMe { me { role profileId roles company { name } user { email fullName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSetPassword($input: SetPasswordInput!) { setPassword(input: $input) }"): (typeof documents)["mutation AuthSetPassword($input: SetPasswordInput!) { setPassword(input: $input) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthInvite($userId: ID!) { createPasswordInvitation(userId: $userId) { token expiresAt } }"): (typeof documents)["mutation AuthInvite($userId: ID!) { createPasswordInvitation(userId: $userId) { token expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompaniesUpdate($input: UpdateCompanyInput!) { updateCompany(input: $input) { name prefix prefixLocked } }"): (typeof documents)["mutation CompaniesUpdate($input: UpdateCompanyInput!) { updateCompany(input: $input) { name prefix prefixLocked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationMe { me { role } }"): (typeof documents)["query FoundationMe { me { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationClients($first: Int, $after: String, $search: String, $status: [ProfileStatus!]) {\n    clients(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uid seq fullName email status marketer { uid } } }\n    }\n  }\n"): (typeof documents)["\n  query RegistrationClients($first: Int, $after: String, $search: String, $status: [ProfileStatus!]) {\n    clients(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uid seq fullName email status marketer { uid } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistrationClient($uid: String!) { client(uid: $uid) { uid fullName marketer { uid fullName email } } }"): (typeof documents)["query RegistrationClient($uid: String!) { client(uid: $uid) { uid fullName marketer { uid fullName email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistrationDeleteClient($id: ID!) { deleteClient(id: $id) { deletedId } }"): (typeof documents)["mutation RegistrationDeleteClient($id: ID!) { deleteClient(id: $id) { deletedId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistrationArchiveClient($id: ID!) { archiveClient(id: $id) { status archivedAt } }"): (typeof documents)["mutation RegistrationArchiveClient($id: ID!) { archiveClient(id: $id) { status archivedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RegistrationNested {\n        marketers(first: 20) { edges { node { uid user { fullName } clients(first: 50) { totalCount edges { node { uid fullName user { fullName email } marketer { uid } } } } } } }\n      }\n    "): (typeof documents)["\n      query RegistrationNested {\n        marketers(first: 20) { edges { node { uid user { fullName } clients(first: 50) { totalCount edges { node { uid fullName user { fullName email } marketer { uid } } } } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { token company { id name slug prefix } admin { id } }\n  }\n"): (typeof documents)["\n  mutation FixtureCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { token company { id name slug prefix } admin { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureRegisterMarketer($input: RegisterMarketerInput!) {\n    registerMarketer(input: $input) { marketer { id uid seq user { id } } invitation { token } }\n  }\n"): (typeof documents)["\n  mutation FixtureRegisterMarketer($input: RegisterMarketerInput!) {\n    registerMarketer(input: $input) { marketer { id uid seq user { id } } invitation { token } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid seq user { id } marketer { id uid } } invitation { token } }\n  }\n"): (typeof documents)["\n  mutation FixtureRegisterClient($input: RegisterClientInput!) {\n    registerClient(input: $input) { client { id uid seq user { id } marketer { id uid } } invitation { token } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role profileId user { id } company { id } } }\n  }\n"): (typeof documents)["\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) { token expiresAt viewer { role profileId user { id } company { id } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;