// The per-company sequence allocator: numbers for marketers (MKT), clients (CLT), sales (SAL),
// receipts (RCP) and any later numbered row. One statement allocates the next number and inserts
// the row that uses it, inside the caller's transaction: the counter row stays locked only until
// commit, parallel operations in one company queue on it, and an operation that fails rolls its
// number back with it. The counter only grows, so a deleted person's number is never handed out
// again, and ledger documents (never deleted) are numbered without gaps.
import { Prisma } from '../../generated/prisma/client.ts';
import { getDatamodel } from '../../generated/pothos-types.ts';
import type { TenantTx } from '../../db/tenant.ts';
import { quoteIdent } from '../../db/tables.ts';

/** People, whose rows carry a UID (`LPL-MKT003`) and may be deleted (leaving a gap). */
export const NUMBERED_PROFILES = [
  { key: 'MKT', table: 'Marketer', column: 'uid', digits: 3 },
  { key: 'CLT', table: 'Client', column: 'uid', digits: 3 },
] as const;

/** Ledger documents: never deleted, so their numbers run 1..N without a gap (the audit checks it). */
export const NUMBERED_DOCUMENTS = [
  { key: 'SAL', table: 'Sale', column: 'number', digits: 3 },
  { key: 'RCP', table: 'Payment', column: 'receiptNumber', digits: 5 },
] as const;

/** Every table whose rows carry a number from a company sequence, by the sequence's key. */
export const NUMBERED = [...NUMBERED_PROFILES, ...NUMBERED_DOCUMENTS] as const;
export type SequenceKey = (typeof NUMBERED)[number]['key'];

const numbered = (key: string) => NUMBERED.find((n) => n.key === key);

/**
 * The columns the schema knows for `table`, named rather than `*`: a prepared statement's result
 * must keep its shape while a newer release's migration adds a column under a running replica.
 */
function columnsOf(table: string): string {
  // getDatamodel() parses the whole datamodel on every call: once per table is enough.
  let columns = columnLists.get(table);
  if (!columns) {
    const models = (
      getDatamodel() as unknown as {
        datamodel: { models: Record<string, { fields: { name: string; kind: string }[] }> };
      }
    ).datamodel.models;
    columns = models[table].fields
      .filter((f) => f.kind !== 'object')
      .map((f) => quoteIdent(f.name))
      .join(', ');
    columnLists.set(table, columns);
  }
  return columns;
}
const columnLists = new Map<string, string>();
export const numberedTable = (key: string): string | null => numbered(key)?.table ?? null;

/** `LPL-MKT003`, `LPL-RCP00042`; numbers past the padding keep all their digits (`LPL-CLT1000`). */
export function formatUid(prefix: string, key: SequenceKey, seq: number): string {
  return `${prefix}-${key}${String(seq).padStart(numbered(key)!.digits, '0')}`;
}

/**
 * formatUid in SQL, over expressions for the prefix and the number (the allocator's insert and
 * the audit). lpad() alone would truncate 1000 to '100', hence greatest().
 */
export function formatUidSql(prefix: string, key: SequenceKey, seq: string): string {
  return `${prefix} || '-${key}' || lpad(${seq}::text, greatest(${numbered(key)!.digits}, length(${seq}::text)), '0')`;
}

/** Why `uid` is not the UID that `seq` gives in a company with `prefix`, or null when it is. */
export function uidProblem(prefix: string, key: SequenceKey, seq: number, uid: string): string | null {
  // formatUid would happily render 0 or a negative number; the allocator starts at 1.
  if (!Number.isSafeInteger(seq) || seq < 1) return `seq ${seq} is not a number the allocator hands out`;
  const expected = formatUid(prefix, key, seq);
  return uid === expected ? null : `uid "${uid}" but seq ${seq} gives "${expected}"`;
}

export interface NumberedRow {
  id: string;
  seq: number;
  /** The formatted number (the table's uid, number or receiptNumber). */
  number: string;
  /** Every column of the row inserted, as Prisma reads them: a payload can answer from it without reading it again. */
  row: Record<string, unknown>;
}

/**
 * Allocates the next `key` number of `companyId` and inserts the row that carries it, with the
 * other columns in `values`, in one statement (the shortest hold of the counter's lock). Call it
 * after every check the operation makes. The company row is share-locked so the prefix cannot
 * change under an allocation (updateCompany takes it FOR UPDATE).
 */
export async function insertNumbered(
  db: TenantTx,
  key: SequenceKey,
  companyId: string,
  values: Record<string, Prisma.Sql>,
  /** More common table expressions in the same statement, reading the new row as `inserted` (the outbox's). */
  then?: Prisma.Sql,
): Promise<NumberedRow> {
  const { table, column } = numbered(key)!;
  const columns = Prisma.raw(Object.keys(values).map(quoteIdent).join(', '));
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH company AS (
      SELECT "prefix" FROM "Company" WHERE "id" = ${companyId}::uuid FOR SHARE
    ), next AS (
      INSERT INTO "CompanySequence" ("companyId", "key", "lastValue") VALUES (${companyId}::uuid, ${key}, 1)
      ON CONFLICT ("companyId", "key") DO UPDATE SET "lastValue" = "CompanySequence"."lastValue" + 1
      RETURNING "lastValue"
    )
    ${then ? Prisma.sql`, inserted AS (` : Prisma.empty}
    INSERT INTO ${Prisma.raw(quoteIdent(table))} ("companyId", "seq", ${Prisma.raw(quoteIdent(column))}, ${columns})
    SELECT ${companyId}::uuid, next."lastValue", ${Prisma.raw(formatUidSql('company."prefix"', key, 'next."lastValue"'))}, ${Prisma.join(Object.values(values))}
    FROM next, company
    RETURNING ${Prisma.raw(columnsOf(table))}
    ${then ? Prisma.sql`), ${then} SELECT inserted.* FROM inserted, (SELECT count(*) FROM jobs) AS j` : Prisma.empty}`;
  if (rows.length !== 1) throw new Error(`allocation for ${key} inserted ${rows.length} rows`);
  const [row] = rows;
  return { id: row.id as string, seq: row.seq as number, number: row[column] as string, row };
}

export interface NumberedProfile {
  id: string;
  seq: number;
  uid: string;
  row: Record<string, unknown>;
}

/** A marketer or client with the next UID of its key. */
export async function insertNumberedProfile(
  db: TenantTx,
  key: (typeof NUMBERED_PROFILES)[number]['key'],
  row: {
    /** The profile's id when the caller chose it beforehand (default: the database's). */
    id?: string;
    companyId: string;
    userId: string;
    fullName: string;
    phone: string | null;
    marketerId?: string | null;
  },
): Promise<NumberedProfile> {
  const {
    id,
    seq,
    number,
    row: inserted,
  } = await insertNumbered(db, key, row.companyId, {
    ...(row.id ? { id: Prisma.sql`${row.id}::uuid` } : {}),
    userId: Prisma.sql`${row.userId}::uuid`,
    fullName: Prisma.sql`${row.fullName}`,
    phone: Prisma.sql`${row.phone}`,
    ...(key === 'CLT' ? { marketerId: Prisma.sql`${row.marketerId ?? null}::uuid` } : {}),
  });
  return { id, seq, uid: number, row: inserted };
}
