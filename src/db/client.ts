// The base Prisma client. Services never touch it: they get a tenant-scoped `db` (src/db/tenant.ts)
// inside a transaction opened by the HTTP layer or by withSession().
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type BaseClient = PrismaClient;
export type OnQuery = (sql: string, params: string) => void;

/**
 * Every statement is prepared under a name derived from its text, so each connection parses and
 * plans a statement once rather than on every request (the nested estates read spent more time
 * planning than running). A connection keeps what it prepared until it closes: it closes after
 * MAX_USES checkouts (or 10 s idle), which bounds that memory however many statement texts arrive.
 */
const MAX_USES = 5_000;
export const statementName = ({ sql }: { sql: string }) => `s${createHash('sha1').update(sql).digest('base64url')}`;

/** The process's one pool of connections: Prisma's and the planned reads' (src/db/direct-reads.ts). */
export function createPool(url: string, poolSize = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 10_000, maxUses: MAX_USES });
  // An idle connection the server closed (a restart) is dropped by the pool; unheard, the event would end the process.
  pool.on('error', () => {});
  return pool;
}

/** `onQuery` sees every SQL statement the client sends, and its parameters as JSON (tests read them). */
export function createBaseClient(pool: pg.Pool, onQuery?: OnQuery): BaseClient {
  // $disconnect() ends the pool: the planned reads stop with the client.
  const adapter = new PrismaPg(pool, { statementNameGenerator: statementName, disposeExternalPool: true });
  // 'minimal' errors: otherwise Prisma records a call site (a new Error) for every query it sends.
  if (!onQuery) return new PrismaClient({ adapter, errorFormat: 'minimal' });
  const client = new PrismaClient({ adapter, errorFormat: 'minimal', log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query, event.params));
  return client as unknown as BaseClient;
}
