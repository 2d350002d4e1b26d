// Per-request context. A verified bearer token gives the claims; the operation plugin checks the
// viewer they name. `db` is the operation's transaction, opened on its first use. A token that
// is expired or invalid does not refuse the request: public fields (sign-in, sign-up,
// setPassword, the schema) still work, and protected ones answer UNAUTHENTICATED saying why.
import type { YogaInitialContext } from 'graphql-yoga';
import type { Runtime } from '../runtime/runtime.ts';
import type { TenantTx } from '../db/tenant.ts';
import { OperationTransaction } from '../db/transaction.ts';
import type { VerifiedClaims } from '../runtime/tokens.ts';
import type { PublicSession, Session } from '../runtime/session.ts';
import type { Viewer } from '../policy/roles.ts';
import type { VisibleModel } from '../policy/visibility.ts';
import { isVisible } from '../runtime/visibility.ts';
import { unauthenticated } from '../shared/errors.ts';

export interface Context extends YogaInitialContext, PublicSession {
  runtime: Runtime;
  /** Claims of a verified token, not yet checked against the database. */
  claims: VerifiedClaims | null;
  /** Why the bearer token sent was not accepted, for the UNAUTHENTICATED answer. */
  tokenProblem: string | null;
  /** The checked viewer (active membership or profile). */
  viewer: Viewer | null;
  transaction: OperationTransaction;
  db: TenantTx;
  /** What afterCommit() queued, run by the operation plugin after COMMIT. */
  announcements: (() => void)[];
  /** Where the request comes from (the sign-in limits count by it); null without a socket. */
  clientAddress: string | null;
}

/** The context of a field that requires a signed-in viewer (Pothos narrows to it): a Session. */
export type SignedInContext = Context & Session;

/** Whether the signed-in viewer may see `row` of `model` (src/policy/visibility.ts); false when signed out. */
export const seenBy = (ctx: Context, model: VisibleModel, row: { id: string }): boolean | Promise<boolean> =>
  !!ctx.viewer && isVisible(ctx as SignedInContext, model, row);

/** The context as a Session, for fields of types that only a signed-in viewer can reach. */
export function signedIn(ctx: Context): SignedInContext {
  if (!ctx.viewer) throw unauthenticated(ctx.tokenProblem ?? undefined);
  return ctx as SignedInContext;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

const TOKEN_PROBLEMS = {
  malformed: 'Malformed Authorization header: expected "Bearer <token>".',
  expired: 'Your session has expired: sign in again.',
  invalid: 'Invalid token: sign in again.',
} as const;

/** The claims of the bearer token, or why there are none. */
export async function readToken(
  runtime: Runtime,
  header: string | null,
): Promise<{ claims: VerifiedClaims | null; problem: string | null }> {
  if (header === null) return { claims: null, problem: null };
  const match = BEARER.exec(header.trim());
  if (!match) return { claims: null, problem: TOKEN_PROBLEMS.malformed };
  const verified = await runtime.tokens.verify(match[1]);
  return typeof verified === 'string'
    ? { claims: null, problem: TOKEN_PROBLEMS[verified] }
    : { claims: verified, problem: null };
}

/** What the factory adds to Yoga's own context for each request. */
export type RequestState = Omit<Context, keyof YogaInitialContext>;

/** What the HTTP server (node:http, or the WebSocket upgrade) hands Yoga beside the request. */
interface ServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

export function contextFactory(runtime: Runtime) {
  return async (initial: YogaInitialContext & ServerContext): Promise<RequestState> => {
    const { request } = initial;
    const { claims, problem } = await readToken(runtime, request.headers.get('authorization'));
    const transaction = new OperationTransaction(
      runtime.base,
      { companyId: claims?.companyId ?? null, userId: claims?.userId ?? null },
      {},
      runtime.directReads,
    );
    const announcements: (() => void)[] = [];
    return {
      runtime,
      claims,
      tokenProblem: problem,
      viewer: null,
      transaction,
      db: transaction.db,
      announcements,
      clientAddress: runtime.clientAddresses.of(
        initial.req?.socket?.remoteAddress,
        request.headers.get('x-forwarded-for'),
      ),
      afterCommit: (announce) => announcements.push(announce),
      switchCompany: (companyId, userId) => transaction.switchCompany(companyId, userId),
      commit: () => transaction.commit(),
    };
  };
}
