// An operation's database transaction, opened only when something first uses the database: an
// operation that never reads or writes (`{ __typename }`, `{ me { role } }` with a checked
// viewer) sends nothing at all. Once open it is one tenant transaction (company set first for
// row-level security) until the operation commits or rolls it back.
import type { Prisma } from '../generated/prisma/client.ts';
import type { BaseClient } from './client.ts';
import { type DirectReads, directlySendable } from './direct-reads.ts';
import { inTenantTransaction, setTenant, type TenantScope, type TenantTx, type TransactionOptions } from './tenant.ts';

class Rollback extends Error {}

/** The operation this transaction served has answered. */
export class OperationEnded extends Error {
  constructor() {
    super('The operation has already ended.');
  }
}

export class OperationTransaction {
  /** The scope every statement runs for; switchCompany() changes it. */
  readonly scope: TenantScope;
  /** Use this as `db`: each call waits for the transaction, opening it on first use. */
  readonly db: TenantTx;
  private tx: Promise<TenantTx> | null = null;
  /** Set when the operation is over: nothing may open another transaction for it. */
  private ended = false;
  private settle: ((commit: boolean) => void) | null = null;
  private finished: Promise<unknown> | null = null;

  constructor(
    private readonly base: BaseClient,
    scope: TenantScope,
    private readonly options: TransactionOptions = {},
    private readonly direct: DirectReads | null = null,
  ) {
    this.scope = { ...scope };
    this.db = lazyClient(() => this.begin());
  }

  get isOpen(): boolean {
    return this.tx !== null;
  }

  /** The open transaction, opened now if it is not yet. */
  begin(): Promise<TenantTx> {
    if (this.ended) return Promise.reject(new OperationEnded());
    if (!this.tx) {
      this.tx = new Promise<TenantTx>((resolveTx, rejectTx) => {
        this.finished = inTenantTransaction(
          this.base,
          this.scope,
          (tx) =>
            new Promise<void>((resolve, reject) => {
              resolveTx(tx);
              this.settle = (commit) => (commit ? resolve() : reject(new Rollback()));
            }),
          this.options,
        ).catch((error) => {
          rejectTx(error);
          if (!(error instanceof Rollback)) throw error;
        });
        // Its outcome is awaited by commit() or rollback(); until then it must not count as unhandled.
        this.finished.catch(() => {});
      });
      // A failed BEGIN is reported to whoever asked for the database; nobody waits here.
      this.tx.catch(() => {});
    }
    return this.tx;
  }

  /**
   * Each read statement's one-row `data` text. Before anything else has used the database they go
   * on a connection of their own, without Prisma (src/db/direct-reads.ts), in a transaction that
   * ends with them; once the operation's transaction is open they are sent in it.
   */
  async readTexts(statements: readonly Prisma.Sql[]): Promise<(string | null)[]> {
    if (this.ended) throw new OperationEnded();
    if (!this.tx && this.direct && statements.every(directlySendable)) return this.direct.texts(this.scope, statements);
    const tx = await this.begin();
    const texts: (string | null)[] = [];
    for (const statement of statements)
      texts.push((await tx.$queryRaw<{ data: string | null }[]>(statement))[0]?.data ?? null);
    return texts;
  }

  /** Commits what was done (nothing when the database was never used); later use opens a new one. */
  commit(): Promise<void> {
    return this.end(true);
  }

  rollback(): Promise<void> {
    return this.end(false).catch(() => {});
  }

  /**
   * Ends the operation's use of the database for good (commit or roll back what is open). A
   * resolver still running after the operation answered (graphql-js answers as soon as a non-null
   * field fails, without waiting for its siblings) gets an error instead of a new transaction.
   */
  finish(commit: boolean): Promise<void> {
    this.ended = true;
    return commit ? this.end(true) : this.rollback();
  }

  /** Points the operation at another company (sign-up, sign-in and setPassword only). */
  async switchCompany(companyId: string, userId: string | null): Promise<void> {
    this.scope.companyId = companyId;
    this.scope.userId = userId;
    if (this.tx) await setTenant(await this.tx, this.scope);
  }

  private async end(commit: boolean): Promise<void> {
    const { tx, finished } = this;
    if (!tx) return;
    this.tx = null;
    await tx.catch(() => {}); // the transaction may still be opening
    this.settle?.(commit);
    this.settle = null;
    await finished;
  }
}

/**
 * A stand-in for the tenant client whose every call (`db.client.findMany(...)`, `db.$queryRaw`...)
 * first waits for `open()`: the transaction begins on the first call, not before.
 */
function lazyClient(open: () => Promise<TenantTx>): TenantTx {
  const call =
    (path: string[]) =>
    (...args: unknown[]) =>
      open().then((tx) => {
        // biome-ignore lint/suspicious/noExplicitAny: walks the client by property names
        const target = path.slice(0, -1).reduce<any>((node, key) => node[key], tx);
        return target[path[path.length - 1]](...args);
      });
  // `then` stays undefined, so awaiting the client (or a delegate) does not open a transaction.
  const child = (path: string[], key: string | symbol) =>
    typeof key === 'string' && key !== 'then' ? member([...path, key]) : undefined;
  const member = (path: string[]): unknown => new Proxy(call(path), { get: (_fn, key) => child(path, key) });
  // `has` too: Pothos finds a model's delegate with `name in client`.
  return new Proxy({} as TenantTx, {
    get: (_target, key) => child([], key),
    has: (_target, key) => typeof key === 'string' && key !== 'then',
  });
}
