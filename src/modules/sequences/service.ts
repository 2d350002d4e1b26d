// The company's numbering as its admins see it: counters, numbers held, gaps left by deletions
// (numbers are never reused), and the health of its UIDs. Every query also names the viewer's
// company, so row-level security and the filter each keep it to that company.
import { Prisma } from '../../generated/prisma/client.ts';
import { quoteIdent } from '../../db/tables.ts';
import type { Session } from '../../runtime/session.ts';
import { NUMBERED, NUMBERED_PROFILES, numberedTable, uidProblem } from './allocator.ts';

/** Caps: a company with thousands of deletions gets the first ranges and the totals. */
export const MAX_GAP_RANGES = 100;
export const MAX_LISTED_UIDS = 20;
const BATCH = 5000;

export interface GapRange {
  from: number;
  to: number;
}

export interface KeyStatus {
  key: string;
  lastValue: number;
  issued: number | null;
  highestIssued: number | null;
  gapCount: number | null;
  gapRanges: number;
  gaps: GapRange[];
  healthy: boolean;
}

export interface UidHealth {
  checked: number;
  duplicates: number;
  malformed: number;
  duplicateUids: string[];
  malformedUids: string[];
}

export interface SequenceStatus {
  sequences: KeyStatus[];
  uidHealth: UidHealth;
}

const table = (name: string) => Prisma.raw(quoteIdent(name));

async function keyStatus({ db }: Session, companyId: string, key: string, lastValue: number): Promise<KeyStatus> {
  const name = numberedTable(key);
  if (!name)
    return { key, lastValue, issued: null, highestIssued: null, gapCount: null, gapRanges: 0, gaps: [], healthy: true };
  const t = table(name);
  const [stats] = await db.$queryRaw<{ issued: number; highest: number | null; held: number }[]>`
    SELECT count(*)::int AS issued, max("seq") AS highest,
           count(DISTINCT "seq") FILTER (WHERE "seq" BETWEEN 1 AND ${lastValue}::int)::int AS held
    FROM ${t} WHERE "companyId" = ${companyId}::uuid`;
  // Gaps between consecutive numbers held, with 0 and lastValue + 1 as the bounds.
  const gaps = await db.$queryRaw<{ from: number; to: number; ranges: number }[]>`
    WITH s AS (
      SELECT "seq" FROM ${t} WHERE "companyId" = ${companyId}::uuid AND "seq" BETWEEN 1 AND ${lastValue}::int
      UNION ALL SELECT 0 UNION ALL SELECT ${lastValue + 1}::int
    ), d AS (SELECT "seq", lead("seq") OVER (ORDER BY "seq") AS next FROM s)
    SELECT "seq" + 1 AS "from", next - 1 AS "to", (count(*) OVER ())::int AS ranges
    FROM d WHERE next > "seq" + 1 ORDER BY "seq" LIMIT ${MAX_GAP_RANGES}`;
  return {
    key,
    lastValue,
    issued: stats.issued,
    highestIssued: stats.highest,
    gapCount: lastValue - stats.held,
    gapRanges: gaps[0]?.ranges ?? 0,
    gaps: gaps.map((g) => ({ from: g.from, to: g.to })),
    healthy: lastValue >= (stats.highest ?? 0),
  };
}

async function uidHealth({ db }: Session, companyId: string, prefix: string): Promise<UidHealth> {
  const all = Prisma.join(
    NUMBERED_PROFILES.map(
      (n) => Prisma.sql`SELECT "uid" FROM ${table(n.table)} WHERE "companyId" = ${companyId}::uuid`,
    ),
    ' UNION ALL ',
  );
  const duplicated = await db.$queryRaw<{ uid: string; total: number }[]>`
    SELECT "uid", (count(*) OVER ())::int AS total FROM (${all}) u GROUP BY "uid" HAVING count(*) > 1 ORDER BY "uid" LIMIT ${MAX_LISTED_UIDS}`;
  let checked = 0;
  let malformed = 0;
  const malformedUids: string[] = [];
  for (const { key, table: name } of NUMBERED_PROFILES) {
    // Keyset batches over (companyId, id): memory stays flat for a company of any size.
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await db.$queryRaw<{ id: string; seq: number; uid: string }[]>`
        SELECT "id"::text AS id, "seq", "uid" FROM ${table(name)}
        WHERE "companyId" = ${companyId}::uuid AND "id" > ${after}::uuid ORDER BY "id" LIMIT ${BATCH}`;
      for (const row of rows) {
        if (!uidProblem(prefix, key, row.seq, row.uid)) continue;
        malformed++;
        if (malformedUids.length < MAX_LISTED_UIDS) malformedUids.push(row.uid);
      }
      checked += rows.length;
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].id;
    }
  }
  return {
    checked,
    duplicates: duplicated[0]?.total ?? 0,
    malformed,
    duplicateUids: duplicated.map((d) => d.uid),
    malformedUids: malformedUids.sort(),
  };
}

export async function sequenceStatus(session: Session): Promise<SequenceStatus> {
  const companyId = session.viewer.companyId;
  const { prefix } = await session.db.company.findUniqueOrThrow({ where: { id: companyId }, select: { prefix: true } });
  const counters = await session.db.companySequence.findMany({
    where: { companyId },
    select: { key: true, lastValue: true },
  });
  const last = new Map(counters.map((c) => [c.key, c.lastValue]));
  const keys = [...new Set([...NUMBERED.map((n) => n.key as string), ...[...last.keys()].sort()])];
  const sequences: KeyStatus[] = [];
  for (const key of keys) sequences.push(await keyStatus(session, companyId, key, last.get(key) ?? 0));
  return { sequences, uidHealth: await uidHealth(session, companyId, prefix) };
}
