// Lists page through Relay connections: `first` (at most 100) and `after` the previous page's
// `pageInfo.endCursor`, while `hasNextPage`. `totalCount` counts every match, not just the page.
import { request, type Api } from './api.ts';
import { graphql } from './gql/index.ts';
import type { WebClientsQuery } from './gql/graphql.ts';

const Clients = graphql(`
  query WebClients($first: Int!, $after: String, $search: String) {
    clients(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id uid fullName email createdAt } }
    }
  }
`);

export type ClientRow = WebClientsQuery['clients']['edges'][number]['node'];

/** One page of clients, newest first. */
export async function clientsPage(api: Api, first: number, after?: string | null, search?: string) {
  return (await request(api, Clients, { first, after, search })).clients;
}

/** Every client, a page at a time. */
export async function* allClients(api: Api, pageSize = 50, search?: string): AsyncGenerator<ClientRow> {
  let after: string | null | undefined;
  do {
    const page = await clientsPage(api, pageSize, after, search);
    for (const edge of page.edges) yield edge.node;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
}
