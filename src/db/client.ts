// The base Prisma client. Only src/db/ and operator tooling import it; resolvers use ctx.db.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type BaseClient = PrismaClient;

export function createBaseClient(url: string, poolSize = 10): BaseClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize, idleTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter });
}
