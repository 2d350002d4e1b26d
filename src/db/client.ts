// The base Prisma client. Services never touch it: they get a tenant-scoped `db` (src/db/tenant.ts)
// inside a transaction opened by the HTTP layer or by withSession().
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type BaseClient = PrismaClient;

/** `onQuery` sees every SQL statement the client sends (tests count them). */
export function createBaseClient(url: string, poolSize = 10, onQuery?: (sql: string) => void): BaseClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize, idleTimeoutMillis: 10_000 });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client as unknown as BaseClient;
}
