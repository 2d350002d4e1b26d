// A mutation with error handling as a form would do it: invalid input comes back as one
// BAD_USER_INPUT error whose `extensions.fields` names every invalid field (by its path in the
// input), so each can be shown next to its field; other codes are for the whole form.
import { ApiError, request, type Api } from './api.ts';
import { graphql } from './gql/index.ts';
import type { RegisterClientInput, WebRegisterClientMutation } from './gql/graphql.ts';

const RegisterClient = graphql(`
  mutation WebRegisterClient($input: RegisterClientInput!) {
    registerClient(input: $input) { client { id uid fullName } invitation { token expiresAt } }
  }
`);

export type RegisterOutcome =
  | { ok: true; client: WebRegisterClientMutation['registerClient']['client']; invitationToken: string | null }
  /** `fields`: message per invalid field; `form`: a message for the whole form. */
  | { ok: false; code: string; fields: Record<string, string>; form: string | null };

const FORM_MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended: sign in again.',
  FORBIDDEN: 'You may not register clients.',
  CONFLICT: 'Someone changed this at the same time: try again.',
  RATE_LIMITED: 'Too many attempts: wait a moment.',
};

export async function registerClient(api: Api, input: RegisterClientInput): Promise<RegisterOutcome> {
  try {
    const { registerClient: done } = await request(api, RegisterClient, { input });
    return { ok: true, client: done.client, invitationToken: done.invitation?.token ?? null };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error; // the network, not the API
    if (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND') {
      // NOT_FOUND names its field too: a reference (marketerId) to nothing this viewer may see.
      const fields = Object.fromEntries(error.fields.map((f) => [f.field, f.message]));
      return { ok: false, code: error.code, fields, form: error.fields.length ? null : error.message };
    }
    return {
      ok: false,
      code: error.code,
      fields: {},
      form: FORM_MESSAGES[error.code] ?? 'Something went wrong: try again later.',
    };
  }
}
