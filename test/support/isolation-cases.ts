// One case per root field: how company B's tokens aim that field at company A's data. The matrix
// test walks the schema and fails for any root field without a case here, so a new field cannot
// ship uncovered.
import type { CompanyFixture } from './fixtures.ts';

export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'CONFLICT';

export interface IsolationCase {
  query: string;
  variables: (a: CompanyFixture, b: CompanyFixture) => Record<string, unknown>;
  /** Error codes that are an acceptable refusal (default NOT_FOUND and FORBIDDEN). */
  allowed?: ErrorCode[];
}

const DEFAULT: ErrorCode[] = ['NOT_FOUND', 'FORBIDDEN'];
export const allowedCodes = (c: IsolationCase) => c.allowed ?? DEFAULT;

const PERSON = 'id uid seq fullName email phone status user { id email fullName phone } ';

export const isolationCases: Record<string, IsolationCase> = {
  'Query.me': { query: '{ me { role profileId company { id name slug } user { id email fullName } } }', variables: () => ({}) },
  'Query.company': { query: '{ company { id name slug prefix } }', variables: () => ({}) },
  'Query.node': {
    query: `query($id: ID!) { node(id: $id) { id ... on Client { ${PERSON} } ... on Marketer { ${PERSON} } ... on Company { name } ... on User { email } } }`,
    variables: (a) => ({ id: a.client.id }),
  },
  'Query.nodes': {
    query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Client { ${PERSON} } ... on Marketer { ${PERSON} } ... on Company { name slug } ... on User { email fullName } } }`,
    variables: (a) => ({ ids: [a.id, a.client.id, a.marketer.id, a.marketer.userId, a.client.userId, a.admin.userId] }),
  },
  'Query.marketers': {
    query: `query($s: String) { marketers(search: $s, status: [ACTIVE, ARCHIVED]) { totalCount edges { node { ${PERSON} } } } }`,
    variables: (a) => ({ s: a.marketer.uid }),
  },
  'Query.marketer': { query: `query($uid: String!) { marketer(uid: $uid) { ${PERSON} } }`, variables: (a) => ({ uid: a.marketer.uid }) },
  'Query.clients': {
    query: `query($s: String) { clients(search: $s, status: [ACTIVE, ARCHIVED]) { totalCount edges { node { ${PERSON} marketer { uid } } } } }`,
    variables: (a) => ({ s: a.client.email }),
  },
  'Query.client': { query: `query($uid: String!) { client(uid: $uid) { ${PERSON} } }`, variables: (a) => ({ uid: a.client.uid }) },

  'Mutation.createCompany': {
    query: 'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { company { id name prefix } } }',
    variables: (a) => ({ input: { name: a.name, prefix: a.prefix, admin: { email: a.admin.email, fullName: 'Intruder', password: 'another password' } } }),
    allowed: ['CONFLICT'],
  },
  'Mutation.login': {
    query: 'mutation($input: LoginInput!) { login(input: $input) { token viewer { company { id } } } }',
    variables: (a) => ({ input: { company: a.slug, email: a.admin.email, password: 'not the password' } }),
    allowed: ['UNAUTHENTICATED'],
  },
  'Mutation.updateCompany': {
    query: 'mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id name prefix } }',
    variables: (a) => ({ input: { prefix: a.prefix } }),
    allowed: ['FORBIDDEN', 'CONFLICT'],
  },
  'Mutation.registerMarketer': {
    query: `mutation($input: RegisterMarketerInput!) { registerMarketer(input: $input) { marketer { ${PERSON} } } }`,
    variables: (a) => ({ input: { email: a.marketer.email, fullName: 'Same person, as B knows them' } }),
  },
  'Mutation.registerClient': {
    query: `mutation($input: RegisterClientInput!) { registerClient(input: $input) { client { ${PERSON} marketer { uid } } } }`,
    variables: (a) => ({ input: { email: `someone-new-${Date.now()}@example.com`, fullName: 'New client', marketerId: a.marketer.id } }),
  },
  'Mutation.archiveMarketer': { query: `mutation($id: ID!) { archiveMarketer(id: $id) { ${PERSON} } }`, variables: (a) => ({ id: a.marketer.id }) },
  'Mutation.restoreMarketer': { query: `mutation($id: ID!) { restoreMarketer(id: $id) { ${PERSON} } }`, variables: (a) => ({ id: a.marketer.id }) },
  'Mutation.deleteMarketer': { query: 'mutation($id: ID!) { deleteMarketer(id: $id) { deletedId } }', variables: (a) => ({ id: a.marketer.id }) },
  'Mutation.archiveClient': { query: `mutation($id: ID!) { archiveClient(id: $id) { ${PERSON} } }`, variables: (a) => ({ id: a.client.id }) },
  'Mutation.restoreClient': { query: `mutation($id: ID!) { restoreClient(id: $id) { ${PERSON} } }`, variables: (a) => ({ id: a.client.id }) },
  'Mutation.deleteClient': { query: 'mutation($id: ID!) { deleteClient(id: $id) { deletedId } }', variables: (a) => ({ id: a.client.id }) },
  'Mutation.createPasswordInvitation': {
    query: 'mutation($id: ID!) { createPasswordInvitation(userId: $id) { token } }',
    variables: (a) => ({ id: a.client.userId }),
  },
  'Mutation.setPassword': {
    // A's bearer token is no invitation (another audience), and B has no way to get one of A's.
    query: 'mutation($input: SetPasswordInput!) { setPassword(input: $input) }',
    variables: (a) => ({ input: { token: a.admin.token, password: 'taken over!' } }),
    allowed: ['BAD_USER_INPUT'],
  },
};
