// The base Prisma client. Services never touch it: they get a tenant-scoped `db` (src/db/tenant.ts)
// inside a transaction opened by the HTTP layer or by withSession().
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
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
const statementName = ({ sql }: { sql: string }) => `s${createHash('sha1').update(sql).digest('base64url')}`;

/** `onQuery` sees every SQL statement the client sends, and its parameters as JSON (tests read them). */
export function createBaseClient(url: string, poolSize = 10, onQuery?: OnQuery): BaseClient {
  const adapter = new PrismaPg(
    { connectionString: url, max: poolSize, idleTimeoutMillis: 10_000, maxUses: MAX_USES },
    { statementNameGenerator: statementName },
  );
  // 'minimal' errors: otherwise Prisma records a call site (a new Error) for every query it sends.
  if (!onQuery) return new PrismaClient({ adapter, errorFormat: 'minimal' });
  const client = new PrismaClient({ adapter, errorFormat: 'minimal', log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query, event.params));
  return client as unknown as BaseClient;
}
