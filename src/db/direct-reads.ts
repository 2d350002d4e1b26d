// Read statements sent on a pooled connection without Prisma: the read planner's statements each
// yield one JSON text, so nothing of Prisma's (its interactive transaction, its result mapping)
// is needed for them. They run as every operation does, in a transaction that first sets the
// company for row-level security, and all of it is one round trip: a single query of BEGIN, SET
// LOCAL, an EXECUTE of each statement (prepared once per connection) and COMMIT.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Prisma } from '../generated/prisma/client.ts';
import type { OnQuery } from './client.ts';
import { CONNECTION_WAIT_MS, setTenantSql, type TenantScope } from './tenant.ts';

type Plain = string | number | boolean | null | readonly Plain[];

/** Values that can be written as literals here; a statement with any other goes through Prisma. */
const plain = (value: unknown): value is Plain =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every(plain));

/** Whether `statement` can be sent here (its parameters are all plain values). */
export const directlySendable = (statement: Prisma.Sql): boolean => statement.values.every(plain);

/** A parameter's text, as pg sends it to a statement prepared without types (arrays as array literals). */
const parameterText = (value: Plain): string | null => {
  if (value === null) return null;
  if (!Array.isArray(value)) return String(value);
  const element = (item: Plain): string => {
    const text = parameterText(item);
    if (text === null) return 'NULL';
    return Array.isArray(item) ? text : `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  };
  return `{${value.map(element).join(',')}}`;
};

/** A parameter as a literal of unknown type: PostgreSQL reads it as the statement's parameter type, as a bound value. */
const literal = (value: Plain) => {
  const text = parameterText(value);
  return text === null ? 'NULL' : pg.escapeLiteral(text);
};

/** The statements each connection has prepared (a connection closed takes its own with it). */
const preparedOn = new WeakMap<pg.PoolClient, Set<string>>();
const preparedName = (text: string) => `planned_${createHash('sha1').update(text).digest('hex')}`;

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
    const company = setTenantSql(scope);
    const client = await this.checkout();
    const prepared = preparedOn.get(client) ?? new Set<string>();
    preparedOn.set(client, prepared);
    this.onQuery?.(`BEGIN; ${company}`, '[]');
    const parts = ['BEGIN', company];
    const executes: number[] = [];
    const preparing: string[] = [];
    for (const { text, values } of statements) {
      const name = preparedName(text);
      if (!prepared.has(name)) {
        parts.push(`PREPARE ${name} AS ${text}`);
        preparing.push(name);
      }
      executes.push(parts.length);
      parts.push(`EXECUTE ${name}${values.length ? `(${(values as Plain[]).map(literal).join(', ')})` : ''}`);
      this.onQuery?.(text, JSON.stringify(values));
    }
    parts.push('COMMIT');
    this.onQuery?.('COMMIT', '[]');
    let failed: Error | undefined;
    try {
      const results = (await client.query(parts.join(';\n'))) as unknown as pg.QueryResult[];
      for (const name of preparing) prepared.add(name);
      return executes.map((at) => (results[at].rows[0]?.data as string | null | undefined) ?? null);
    } catch (error) {
      // Closed rather than handed on: it may be in an aborted transaction, or hold a statement
      // prepared by a query that failed (a failure here is a fault, not a user's mistake).
      failed = error as Error;
      throw error;
    } finally {
      client.release(failed ?? undefined);
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
