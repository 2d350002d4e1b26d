// A transaction's statements written to a pg connection in one write and answered after one
// Sync: the extended query protocol's own batching (as PgJDBC sends BEGIN with its first query).
// Each statement is Parse (unless this connection has it), Bind and Execute; after an error the
// server skips to the Sync, so nothing behind a failed statement runs and the caller rolls back.
// pg runs it as any query (a Submittable): one at a time on the connection, its errors and a
// lost connection delivered to handleError.
import type pg from 'pg';
import pgUtils from 'pg/lib/utils.js';

export interface WireStatement {
  /** A prepared statement's name, kept on the connection; unnamed statements are parsed each time. */
  name?: string;
  text: string;
  values?: readonly unknown[];
}

/** The parts of pg's Connection a batch writes with (pg 8). */
interface Wire {
  stream: { cork?: () => void; uncork?: () => void };
  parsedStatements: Record<string, string | undefined>;
  parse(message: { name?: string; text: string }): void;
  bind(message: { statement?: string; values?: readonly unknown[]; valueMapper?: (value: unknown) => unknown }): void;
  execute(): void;
  close(message: { type: 'S'; name: string }): void;
  sync(): void;
}

export class WireBatch implements pg.Submittable {
  /** Each statement's first row's first column (null without a row), once the batch succeeds. */
  readonly result: Promise<(string | null)[]>;
  /** Statements this batch parsed; after a failure they may or may not exist on the server. */
  readonly parsed: string[] = [];
  private readonly firsts: (string | null)[];
  private completed = 0;
  /** The statement whose first row was taken (later rows of it are not read). */
  private rowTakenFor = -1;
  private unsent?: Error;
  private settle?: { resolve: (texts: (string | null)[]) => void; reject: (error: Error) => void };

  /**
   * @param statements run in order, in whatever transaction they open themselves
   * @param closing prepared statements to close after them (closing an absent one is no error)
   */
  constructor(
    private readonly statements: readonly WireStatement[],
    private readonly closing: readonly string[] = [],
  ) {
    this.firsts = statements.map(() => null);
    this.result = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
  }

  submit(connection: pg.Connection): void {
    const wire = connection as unknown as Wire;
    wire.stream.cork?.();
    try {
      for (const { name, text, values } of this.statements) {
        if (name === undefined || (wire.parsedStatements[name] === undefined && !this.parsed.includes(name))) {
          wire.parse({ name, text });
          if (name !== undefined) this.parsed.push(name);
        }
        wire.bind({ statement: name, values, valueMapper: pgUtils.prepareValue });
        wire.execute();
      }
      for (const name of this.closing) wire.close({ type: 'S', name });
    } catch (error) {
      // A value pg cannot write: the messages before it are still answered (the Sync below), and
      // the batch fails once they are, with the connection ready for the caller's ROLLBACK.
      this.unsent = error as Error;
    } finally {
      wire.sync();
      wire.stream.uncork?.();
    }
  }

  handleDataRow(message: { fields: (string | null)[] }): void {
    if (this.rowTakenFor === this.completed) return;
    this.rowTakenFor = this.completed;
    this.firsts[this.completed] = message.fields[0] ?? null;
  }

  handleCommandComplete(): void {
    this.completed++;
  }

  handleEmptyQuery(): void {
    this.completed++;
  }

  handleError(error: Error, connection: pg.Connection): void {
    this.finish(connection, error);
  }

  handleReadyForQuery(connection: pg.Connection): void {
    if (this.unsent) this.finish(connection, this.unsent);
    else if (this.completed === this.statements.length) this.finish(connection);
    else this.finish(connection, new Error(`answered ${this.completed} of ${this.statements.length} statements`));
  }

  // Not asked for: no Describe is sent, no portal is read in pages, no COPY is run.
  handleRowDescription(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(): void {}
  handleCopyData(): void {}

  private finish(connection: pg.Connection, error?: Error): void {
    const settle = this.settle;
    if (!settle) return;
    this.settle = undefined;
    if (error) {
      settle.reject(error);
      return;
    }
    const { parsedStatements } = connection as unknown as Wire;
    for (const name of this.parsed) {
      parsedStatements[name] = this.statements.find((statement) => statement.name === name)?.text;
    }
    for (const name of this.closing) delete parsedStatements[name];
    settle.resolve(this.firsts);
  }
}
