// Signing in: the token goes in the Authorization header of every later request (and in
// connectionParams over WebSocket). It expires at `expiresAt`; after that, protected fields answer
// UNAUTHENTICATED and the person signs in again.
import { request, type Api } from './api.ts';
import { graphql } from './gql/index.ts';

const SignIn = graphql(`
  mutation WebSignIn($input: LoginInput!) {
    login(input: $input) { token expiresAt viewer { role permissions company { name prefix } user { fullName } } }
  }
`);

export async function signIn(
  api: Api,
  company: string,
  email: string,
  password: string,
): Promise<Api & { expiresAt: string; role: string }> {
  const { login } = await request(api, SignIn, { input: { company, email, password } });
  return { ...api, token: login.token, expiresAt: login.expiresAt, role: login.viewer.role };
}
