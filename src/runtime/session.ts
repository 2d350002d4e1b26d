// What every service works with: who is asking, the company-scoped transaction, and the runtime.
// A GraphQL request's context is a Session; the seed and the tests open one with withSession().
import DataLoader from 'dataloader';
import type { Runtime } from './runtime.ts';
import type { TenantTx } from '../db/tenant.ts';
import { OperationTransaction } from '../db/transaction.ts';
import type { Viewer } from '../policy/roles.ts';

export interface Session {
  readonly viewer: Viewer;
  /** The tenant client inside the operation's transaction (row-level security set to the company). */
  readonly db: TenantTx;
  readonly runtime: Runtime;
  /** Runs once the transaction has committed (events must never announce a rollback). */
  afterCommit(announce: () => void): void;
}

/** Before anyone is signed in: sign-up, sign-in and setPassword, which may switch the company. */
export interface PublicSession extends Omit<Session, 'viewer'> {
  viewer: Viewer | null;
  /** Points the rest of the operation at another company. */
  switchCompany(companyId: string, userId: string | null): Promise<void>;
  /** Ends the transaction now (later use opens another), so slow work that follows holds no connection. */
  commit(): Promise<void>;
}

/** Runs `fn` as `viewer` in a transaction of its own (the seed and the tests' data builders). */
export function withSession<T>(runtime: Runtime, viewer: Viewer, fn: (session: Session) => Promise<T>): Promise<T> {
  return inTransaction(runtime, viewer, (session) => fn(session as Session));
}

/** No one: the id a job's session runs under when no person asked for the work. */
export const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * Runs `fn` for company `companyId` in a transaction of its own, under row-level security: how a
 * job works (as the company's system, seeing what an admin sees; `userId` when a person's action
 * is recorded, such as who started an online payment).
 */
export function asCompany<T>(
  runtime: Runtime,
  companyId: string,
  fn: (session: Session) => Promise<T>,
  userId: string = NOBODY,
): Promise<T> {
  return withSession(runtime, { companyId, userId, role: 'ADMIN', profileId: NOBODY }, fn);
}

/** Runs `fn` with no one signed in, in a transaction of its own (sign-up in the seed and tests). */
export function withPublicSession<T>(runtime: Runtime, fn: (session: PublicSession) => Promise<T>): Promise<T> {
  return inTransaction(runtime, null, fn);
}

async function inTransaction<T>(
  runtime: Runtime,
  viewer: Viewer | null,
  fn: (session: PublicSession) => Promise<T>,
): Promise<T> {
  const transaction = new OperationTransaction(runtime.base, {
    companyId: viewer?.companyId ?? null,
    userId: viewer?.userId ?? null,
  });
  const announcements: (() => void)[] = [];
  const session: PublicSession = {
    viewer,
    db: transaction.db,
    runtime,
    afterCommit: (announce) => announcements.push(announce),
    switchCompany: (companyId, userId) => transaction.switchCompany(companyId, userId),
    commit: () => transaction.commit(),
  };
  let result: T;
  try {
    result = await fn(session);
  } catch (error) {
    await transaction.rollback();
    throw error;
  }
  await transaction.commit();
  for (const announce of announcements) announce();
  return result;
}

/**
 * A dataloader per session (so per request and transaction, never shared between them): `load`
 * answers a batch of keys in one query, in the order given.
 */
export function sessionLoader<K, V>(
  load: (session: Session, keys: readonly K[]) => Promise<V[]>,
): (session: Session) => DataLoader<K, V> {
  const loaders = new WeakMap<Session, DataLoader<K, V>>();
  return (session) => {
    let loader = loaders.get(session);
    if (!loader) {
      loader = new DataLoader((keys) => load(session, keys));
      loaders.set(session, loader);
    }
    return loader;
  };
}

/** The primary key of the session company's row `id` (tenant tables are keyed by (companyId, id)). */
export const byId = (session: { viewer: Viewer }, id: string) => ({
  companyId_id: { companyId: session.viewer.companyId, id },
});
