// Every request of the workbench goes through here: the stored token is added as
// `Authorization: Bearer` (unless the tab's own headers name one), an UNAUTHENTICATED answer to it
// forgets it, and a `login` run in the editor stores the token it returns.
import type { Fetcher } from '@graphiql/toolkit';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { currentSession, dropToken, signOut, storeProfile, storeToken, subscribe, type Profile } from './session.ts';

/** Set by workbenchFetcher from the page's configuration. */
let GRAPHQL_PATH = '/graphql';

interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** What an answer means for the stored sign-in. */
function observe(result: unknown, sentToken: string | null): void {
  for (const r of (Array.isArray(result) ? result : [result]) as GraphQLResult[]) {
    if (!r || typeof r !== 'object') continue;
    if (sentToken && r.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) dropToken(sentToken);
    const login = r.data?.login as { token?: unknown } | null | undefined;
    if (typeof login?.token === 'string' && storeToken(login.token)) void refreshProfile();
  }
}

/** `fetch` with the stored token; the tab's own Authorization header wins. */
export async function authorisedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const session = currentSession();
  const sentToken = session && !headers.has('authorization') ? session.token : null;
  if (sentToken) headers.set('authorization', `Bearer ${sentToken}`);
  const response = await fetch(input, { ...init, headers, credentials: 'omit' });
  if (response.status === 401 || /json/.test(response.headers.get('content-type') ?? ''))
    observe(
      await response
        .clone()
        .json()
        .catch(() => null),
      sentToken,
    );
  return response;
}

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: GraphQLResult['errors'] }> {
  const response = await authorisedFetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const ME = `query WorkbenchMe { me { role user { fullName email } company { name timeZone } } }`;
interface Me {
  me: { role: string; user: { fullName: string; email: string }; company: { name: string; timeZone: string } } | null;
}

/** Who the stored token belongs to (and whether it still works). */
export async function refreshProfile(): Promise<void> {
  const session = currentSession();
  if (!session) return;
  const { data } = await graphql<Me>(ME);
  if (data && !data.me) dropToken(session.token);
  if (!data?.me) return;
  const { role, user, company } = data.me;
  const profile: Profile = {
    role,
    name: user.fullName,
    email: user.email,
    company: company.name,
    timeZone: company.timeZone,
  };
  storeProfile(session.token, profile);
}

const LOGIN = `mutation WorkbenchSignIn($input: LoginInput!) { login(input: $input) { token } }`;

/** Signs in; null when it worked, else the API's message. */
export async function signIn(company: string, email: string, password: string): Promise<string | null> {
  signOut();
  const { data, errors } = await graphql<{ login: { token: string } | null }>(LOGIN, {
    input: { company, email, password },
  });
  if (errors?.length || !data?.login) return errors?.[0]?.message ?? 'Sign-in failed.';
  return null;
}

const isSubscription = (document: DocumentNode | undefined, name: string | null | undefined) =>
  Boolean(document) && getOperationAST(document!, name ?? undefined)?.operation === 'subscription';

/** GraphiQL's fetcher: HTTP through authorisedFetch, subscriptions over graphql-ws with the same token. */
export function workbenchFetcher(graphqlPath: string): Fetcher {
  GRAPHQL_PATH = graphqlPath;
  const http = createGraphiQLFetcher({ url: graphqlPath, fetch: authorisedFetch });
  let ws: Client | null = null;
  let wsToken: string | null = null;
  // A socket signed in with another token (or none) is closed when the sign-in changes.
  subscribe(() => {
    if (ws && (currentSession()?.token ?? null) !== wsToken) {
      void ws.dispose();
      ws = null;
    }
  });
  return (params, options) => {
    if (!isSubscription(options?.documentAST, params.operationName)) return http(params, options);
    if (!ws) {
      wsToken = currentSession()?.token ?? null;
      const token = wsToken;
      ws = createClient({
        url: new URL(graphqlPath, location.href).href.replace(/^http/, 'ws'),
        connectionParams: () => (token ? { Authorization: `Bearer ${token}` } : {}),
      });
    }
    // graphql-ws yields results as sent (formatted errors), which is what GraphiQL shows.
    return ws.iterate({
      query: params.query,
      variables: params.variables,
      operationName: params.operationName ?? undefined,
    }) as AsyncIterableIterator<ExecutionResult>;
  };
}
