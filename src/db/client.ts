// The base Prisma client. Only src/db/ and operator tooling import it; resolvers use ctx.db.
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
