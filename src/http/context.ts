// Per-request context. The verified bearer token gives the claims; the operation's transaction
// (operation-transaction.ts) checks the viewer they name and provides `db`. Until then `db`
// refuses every use, so nothing can reach the database outside the operation's transaction.
import type { YogaInitialContext } from 'graphql-yoga';
import type { Runtime } from '../app.ts';
import type { TenantScope, TenantTx } from '../db/tenant.ts';
import type { VerifiedClaims } from '../modules/auth/tokens.ts';
import type { PublicSession, Session } from '../modules/session.ts';
import type { Viewer } from '../policy/roles.ts';
import { unauthenticated } from '../shared/errors.ts';
import { toGraphQLError } from './errors.ts';

export interface Context extends YogaInitialContext, PublicSession {
  runtime: Runtime;
  /** Claims of a verified token, not yet checked against the database. */
  claims: VerifiedClaims | null;
  /** The checked viewer (active membership or profile), set inside the operation's transaction. */
  viewer: Viewer | null;
  scope: TenantScope;
  db: TenantTx;
  /** What afterCommit() queued, run by the transaction plugin after COMMIT. */
  announcements: (() => void)[];
}

/** The context of a field that requires a signed-in viewer (Pothos narrows to it): a Session. */
export type SignedInContext = Context & Session;

/** The context as a Session, for fields of types that only a signed-in viewer can reach. */
export function signedIn(ctx: Context): SignedInContext {
  if (!ctx.viewer) throw unauthenticated();
  return ctx as SignedInContext;
}

export const outsideTransaction = new Proxy({} as TenantTx, {
  get() {
    throw new Error('The database is reachable only inside the operation transaction.');
  },
});

const BEARER = /^Bearer ([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)$/;

/** Verifies the bearer token (if any); a present but bad one refuses the whole request. */
async function claimsOf(runtime: Runtime, header: string | null): Promise<VerifiedClaims | null> {
  if (header === null) return null;
  const match = BEARER.exec(header.trim());
  if (!match) throw toGraphQLError(unauthenticated('Malformed Authorization header: expected "Bearer <token>".'));
  const verified = await runtime.tokens.verify(match[1]);
  if (verified === 'expired') throw toGraphQLError(unauthenticated('Your session has expired: sign in again.'));
  if (verified === 'invalid') throw toGraphQLError(unauthenticated('Invalid token: sign in again.'));
  return verified;
}

/** What the factory adds to Yoga's own context for each request. */
export type RequestState = Omit<Context, keyof YogaInitialContext>;

export function contextFactory(runtime: Runtime) {
  return async ({ request }: YogaInitialContext): Promise<RequestState> => {
    const claims = await claimsOf(runtime, request.headers.get('authorization'));
    const announcements: (() => void)[] = [];
    return {
      runtime,
      claims,
      viewer: null,
      scope: { companyId: claims?.companyId ?? null, userId: claims?.userId ?? null },
      db: outsideTransaction,
      announcements,
      afterCommit: (announce) => announcements.push(announce),
    };
  };
}
