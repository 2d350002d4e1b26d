// What a well-formed UID is, shared by the audit and the sequenceStatus query. Pure: no database
// client here, so resolvers may import it.
import { formatUid, type SequenceKey } from '../domain/sequences.ts';

/** Every table whose rows carry a number from a company sequence, with that sequence's key. */
export const NUMBERED_TABLES: readonly { key: SequenceKey; table: string }[] = [
  { key: 'MKT', table: 'Marketer' },
  { key: 'CLT', table: 'Client' },
];

export function numberedTable(key: string): string | null {
  return NUMBERED_TABLES.find((t) => t.key === key)?.table ?? null;
}

/** Why `uid` is not the UID that `seq` gives in a company with `prefix`, or null when it is. */
export function uidProblem(prefix: string, key: SequenceKey, seq: number, uid: string): string | null {
  // formatUid would happily render 0 or a negative number; the allocator starts at 1.
  if (!Number.isSafeInteger(seq) || seq < 1) return `seq ${seq} is not a number the allocator hands out`;
  const expected = formatUid(prefix, key, seq);
  return uid === expected ? null : `uid "${uid}" but seq ${seq} gives "${expected}"`;
}
