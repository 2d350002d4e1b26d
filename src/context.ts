// Per-request context: the verified token names the viewer; the operation's transaction
// (server.ts) fills in `db`, the checked `viewer` and the loaders before any resolver runs.
import type { PubSub, YogaInitialContext } from 'graphql-yoga';
import type { Config } from './config.ts';
import type { BaseClient } from './db/client.ts';
import type { TenantScope, TenantTx } from './db/tenant.ts';
import { unauthenticated } from './domain/errors.ts';
import type { LoginLimiter } from './domain/login-limiter.ts';
import type { Role, Tokens, VerifiedClaims } from './domain/tokens.ts';
import type { Loaders } from './schema/loaders.ts';

export interface Viewer {
  userId: string;
  companyId: string;
  role: Role;
  profileId: string;
}

export interface Services {
  config: Config;
  base: BaseClient;
  tokens: Tokens;
  loginLimiter: LoginLimiter;
  /** In-process events (subscriptions); one process, so one pubsub. */
  pubsub: PubSub<Record<string, [unknown]>>;
}

export interface Context {
  services: Services;
  /** Claims of a verified token, not yet checked against the database. */
  claims: VerifiedClaims | null;
  /** The checked viewer (active membership or profile), set inside the operation's transaction. */
  viewer: Viewer | null;
  /** The company the transaction works for (also read by the tenant extension). */
  scope: TenantScope;
  db: TenantTx;
  loaders: Loaders;
  /** Run once the operation's transaction has committed (events must never announce a rollback). */
  afterCommit: (() => void)[];
}

const BEARER = /^Bearer ([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)$/;

export function contextFactory(services: Services) {
  return async ({ request }: YogaInitialContext): Promise<Partial<Context>> => {
    const header = request.headers.get('authorization');
    let claims: VerifiedClaims | null = null;
    if (header !== null) {
      const match = BEARER.exec(header.trim());
      if (!match) throw unauthenticated('Malformed Authorization header: expected "Bearer <token>".');
      const verified = await services.tokens.verify(match[1]);
      if (verified === 'expired') throw unauthenticated('Your session has expired: sign in again.');
      if (verified === 'invalid') throw unauthenticated('Invalid token: sign in again.');
      claims = verified;
    }
    return { services, claims, viewer: null, afterCommit: [], scope: { companyId: claims?.companyId ?? null, userId: claims?.userId ?? null } };
  };
}
