// Read statements sent on a pooled connection without Prisma: the read planner's statements each
// yield one JSON text, so nothing of Prisma's (its interactive transaction, its result mapping)
// is needed for them. They run as every operation does, in a transaction that first sets the
// company for row-level security: BEGIN, SET LOCAL, the statements and COMMIT, written together
// and answered in one round trip (src/db/wire-batch.ts).
import type pg from 'pg';
import type { Prisma } from '../generated/prisma/client.ts';
import { type OnQuery, statementName } from './client.ts';
import { CONNECTION_WAIT_MS, setTenantSql, type TenantScope } from './tenant.ts';
import { WireBatch } from './wire-batch.ts';

/** Values pg sends as Prisma's driver adapter does (text); anything else goes through Prisma. */
const plain = (value: unknown): boolean =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every(plain));

/** Whether `statement` can be sent here (its parameters are all plain values). */
export const directlySendable = (statement: Prisma.Sql): boolean => statement.values.every(plain);

/** Said as Prisma says it when a transaction waits too long for a connection (src/http/errors.ts reads it). */
class ConnectionWait extends Error {
  readonly code = 'P2028';
  constructor() {
    super(`Unable to start a transaction in the given time: no connection free in ${CONNECTION_WAIT_MS} ms.`);
  }
}

export class DirectReads {
  constructor(
    private readonly pool: pg.Pool,
    private readonly onQuery?: OnQuery,
  ) {}

  /** Each statement's one row's `data` (null without a row), in one transaction for `scope`. */
  async texts(scope: TenantScope, statements: readonly Prisma.Sql[]): Promise<(string | null)[]> {
    const reads = statements.map(({ text, values }) => ({ name: statementName({ sql: text }), text, values }));
    const company = setTenantSql(scope);
    const transaction = [{ text: 'BEGIN' }, { text: company }, ...reads, { text: 'COMMIT' }];
    const client = await this.checkout();
    this.onQuery?.(`BEGIN; ${company}`, '[]');
    for (const { text, values } of reads) this.onQuery?.(text, JSON.stringify(values));
    this.onQuery?.('COMMIT', '[]');
    let broken: Error | undefined;
    const batch = new WireBatch(transaction);
    try {
      const firsts = await client.query(batch).result;
      return firsts.slice(2, -1);
    } catch (error) {
      // Statements this batch parsed before failing are closed, so the connection's list of its
      // prepared statements stays true. A connection that cannot even roll back is closed rather
      // than handed to the next request.
      await client.query(new WireBatch([{ text: 'ROLLBACK' }], batch.parsed)).result.catch((failed: Error) => {
        broken = failed;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** A pooled connection, or ConnectionWait after CONNECTION_WAIT_MS (the one that comes later is put back). */
  private checkout(): Promise<pg.PoolClient> {
    return new Promise((resolve, reject) => {
      let late = false;
      const timer = setTimeout(() => {
        late = true;
        reject(new ConnectionWait());
      }, CONNECTION_WAIT_MS);
      this.pool.connect().then(
        (client) => {
          clearTimeout(timer);
          if (late) client.release();
          else resolve(client);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }
}
