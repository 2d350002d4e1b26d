// The per-company sequence allocator: numbers for marketers (MKT), clients (CLT) and any later
// numbered document. One statement allocates the next number and inserts the row that uses it,
// inside the caller's transaction: the counter row stays locked only until commit, parallel
// registrations in one company queue on it, and a registration that fails rolls its number back
// with it. The counter only grows, so a deleted person's number is never handed out again.
import { Prisma } from '../../generated/prisma/client.ts';
import type { TenantTx } from '../../db/tenant.ts';
import { quoteIdent } from '../../db/tables.ts';

/** Every table whose rows carry a number from a company sequence, by the sequence's key. */
export const NUMBERED_PROFILES = [
  { key: 'MKT', table: 'Marketer' },
  { key: 'CLT', table: 'Client' },
] as const;
export type SequenceKey = (typeof NUMBERED_PROFILES)[number]['key'];

export const numberedTable = (key: string): string | null => NUMBERED_PROFILES.find((n) => n.key === key)?.table ?? null;

/** `LPL-MKT003`; numbers past 999 keep all their digits (`LPL-CLT1000`). */
export function formatUid(prefix: string, key: SequenceKey, seq: number): string {
  return `${prefix}-${key}${String(seq).padStart(3, '0')}`;
}

/** Why `uid` is not the UID that `seq` gives in a company with `prefix`, or null when it is. */
export function uidProblem(prefix: string, key: SequenceKey, seq: number, uid: string): string | null {
  // formatUid would happily render 0 or a negative number; the allocator starts at 1.
  if (!Number.isSafeInteger(seq) || seq < 1) return `seq ${seq} is not a number the allocator hands out`;
  const expected = formatUid(prefix, key, seq);
  return uid === expected ? null : `uid "${uid}" but seq ${seq} gives "${expected}"`;
}

export interface NumberedProfile {
  id: string;
  seq: number;
  uid: string;
}

/**
 * Allocates the next `key` number of `companyId` and inserts the profile that carries it, in one
 * statement (the shortest hold of the counter's lock). The company row is share-locked so the
 * prefix cannot change under a registration (updateCompany takes it FOR UPDATE).
 * The SQL pads like formatUid: lpad() alone would truncate 1000 to '100'.
 */
export async function insertNumberedProfile(
  db: TenantTx,
  key: SequenceKey,
  row: { companyId: string; userId: string; fullName: string; phone: string | null; marketerId?: string | null },
): Promise<NumberedProfile> {
  const table = Prisma.raw(quoteIdent(numberedTable(key)!));
  const marketerColumn = key === 'CLT' ? Prisma.sql`, "marketerId"` : Prisma.empty;
  const marketerValue = key === 'CLT' ? Prisma.sql`, ${row.marketerId ?? null}::uuid` : Prisma.empty;
  const rows = await db.$queryRaw<NumberedProfile[]>`
    WITH company AS (
      SELECT "prefix" FROM "Company" WHERE "id" = ${row.companyId}::uuid FOR SHARE
    ), next AS (
      INSERT INTO "CompanySequence" ("companyId", "key", "lastValue") VALUES (${row.companyId}::uuid, ${key}, 1)
      ON CONFLICT ("companyId", "key") DO UPDATE SET "lastValue" = "CompanySequence"."lastValue" + 1
      RETURNING "lastValue"
    )
    INSERT INTO ${table} ("companyId", "userId", "fullName", "phone", "seq", "uid"${marketerColumn})
    SELECT ${row.companyId}::uuid, ${row.userId}::uuid, ${row.fullName}, ${row.phone}, next."lastValue",
           company."prefix" || '-' || ${key} || lpad(next."lastValue"::text, greatest(3, length(next."lastValue"::text)), '0')
           ${marketerValue}
    FROM next, company
    RETURNING "id"::text AS id, "seq", "uid"`;
  if (rows.length !== 1) throw new Error(`allocation for ${key} inserted ${rows.length} rows`);
  return rows[0];
}
