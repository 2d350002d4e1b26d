// The per-company sequence allocator: numbers for marketers (MKT), clients (CLT), sales (SAL),
// receipts (RCP) and any later numbered row. One statement allocates the next number and inserts
// the row that uses it, inside the caller's transaction: the counter row stays locked only until
// commit, parallel operations in one company queue on it, and an operation that fails rolls its
// number back with it. The counter only grows, so a deleted person's number is never handed out
// again, and ledger documents (never deleted) are numbered without gaps.
import { modelNamed } from '../../db/datamodel.ts';
import type { TenantTx } from '../../db/tenant.ts';

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

/** A column's value as JSON for app_insert_numbered (bigints as text; calendar dates as YYYY-MM-DD). */
export type ColumnValue = string | number | boolean | bigint | null;

/**
 * Allocates the next `key` number of `companyId` and inserts the row that carries it, with the
 * other columns in `values`, in one call of app_insert_numbered() (see the distributed-schema
 * migration): it share-locks the company's anchor row (so the prefix cannot change under it),
 * moves the counter on and inserts, touching only the company's own rows, so on Citus the whole
 * call runs on the company's shard in one round trip. Call it after every check the operation
 * makes: the counter's row stays locked from here to the commit.
 */
export async function insertNumbered(
  db: TenantTx,
  key: SequenceKey,
  companyId: string,
  values: Record<string, ColumnValue>,
): Promise<NumberedRow> {
  const { table, column, digits } = numbered(key)!;
  const json = JSON.stringify(values, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  const [{ row: text }] = await db.$queryRaw<{ row: Record<string, string | null> }[]>`
    SELECT app_insert_numbered(${companyId}::uuid, ${key}, ${table}, ${column}, ${digits}::int, ${json}::jsonb) AS row`;
  const row = typedRow(table, text);
  return { id: row.id as string, seq: row.seq as number, number: row[column] as string, row };
}

/** A row whose columns came back as text, typed as Prisma would read them. */
function typedRow(table: string, text: Record<string, string | null>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of modelNamed(table).fields.values()) {
    if (field.kind === 'object') continue;
    const value = text[field.name];
    row[field.name] = value == null ? null : fromText(field.type, value);
  }
  return row;
}

function fromText(type: string, value: string): unknown {
  switch (type) {
    case 'Int':
      return Number(value);
    case 'BigInt':
      return BigInt(value);
    case 'Boolean':
      return value === 'true';
    case 'DateTime':
      // timestamptz as PostgreSQL's JSON writes it (ISO 8601), or a date (midnight UTC, as Prisma reads @db.Date).
      return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    default:
      return value;
  }
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
    ...(row.id ? { id: row.id } : {}),
    userId: row.userId,
    fullName: row.fullName,
    phone: row.phone,
    ...(key === 'CLT' ? { marketerId: row.marketerId ?? null } : {}),
  });
  return { id, seq, uid: number, row: inserted };
}
