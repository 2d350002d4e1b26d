// sequenceStatus: a company admin's view of its own numbering (counters, numbers held, gaps left
// by deletions) and the health of its UIDs. Reads through ctx.db only, and every query also names
// the viewer's company, so row-level security and the filter each keep it to that company.
import { Prisma } from '../generated/prisma/client.ts';
import { NUMBERED_TABLES, numberedTable, uidProblem } from '../audit/uids.ts';
import type { Context } from '../context.ts';
import type { SequenceKey } from '../domain/sequences.ts';
import { builder } from './builder.ts';

/** Caps: a company with thousands of deletions gets the first ranges and the totals. */
export const MAX_GAP_RANGES = 100;
export const MAX_LISTED_UIDS = 20;
const BATCH = 5000;

interface GapRange {
  from: number;
  to: number;
}

interface KeyStatus {
  key: string;
  lastValue: number;
  issued: number | null;
  highestIssued: number | null;
  gapCount: number | null;
  gapRanges: number;
  gaps: GapRange[];
  healthy: boolean;
}

interface UidHealth {
  checked: number;
  duplicates: number;
  malformed: number;
  duplicateUids: string[];
  malformedUids: string[];
}

interface SequenceStatus {
  sequences: KeyStatus[];
  uidHealth: UidHealth;
}

const GapType = builder.objectRef<GapRange>('SequenceGap').implement({
  description: 'Numbers from `from` to `to` (inclusive) that were handed out and are held by nobody now.',
  fields: (t) => ({
    from: t.exposeInt('from'),
    to: t.exposeInt('to'),
    size: t.int({ resolve: (g) => g.to - g.from + 1 }),
  }),
});

const KeyStatusType = builder.objectRef<KeyStatus>('SequenceKeyStatus').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'MKT (marketers), CLT (clients), ...' }),
    lastValue: t.exposeInt('lastValue', { description: 'The last number handed out (0 before the first); the next is lastValue + 1.' }),
    issued: t.exposeInt('issued', { nullable: true, description: 'Profiles now holding a number of this key. Null for a key this server does not number rows with.' }),
    highestIssued: t.exposeInt('highestIssued', { nullable: true, description: 'The highest number held now; null when none is.' }),
    gapCount: t.exposeInt('gapCount', { nullable: true, description: 'Numbers from 1 to lastValue held by nobody (their profiles were deleted; numbers are never reused).' }),
    gapRanges: t.exposeInt('gapRanges', { description: 'How many ranges the gaps form.' }),
    gaps: t.field({ type: [GapType], resolve: (s) => s.gaps, description: `The first ${MAX_GAP_RANGES} gap ranges, lowest first.` }),
    gapsTruncated: t.boolean({ resolve: (s) => s.gapRanges > s.gaps.length }),
    healthy: t.exposeBoolean('healthy', { description: 'lastValue is at least the highest number held, so the next registration cannot repeat one.' }),
  }),
});

const UidHealthType = builder.objectRef<UidHealth>('UidHealth').implement({
  fields: (t) => ({
    checked: t.exposeInt('checked', { description: 'UIDs checked (every marketer and client).' }),
    duplicates: t.exposeInt('duplicates', { description: 'UIDs held by more than one profile.' }),
    malformed: t.exposeInt('malformed', { description: "UIDs that are not the company's prefix, key and padded number." }),
    duplicateUids: t.exposeStringList('duplicateUids', { description: `The first ${MAX_LISTED_UIDS} duplicated UIDs.` }),
    malformedUids: t.exposeStringList('malformedUids', { description: `The first ${MAX_LISTED_UIDS} malformed UIDs.` }),
    healthy: t.boolean({ resolve: (h) => h.duplicates === 0 && h.malformed === 0 }),
  }),
});

const SequenceStatusType = builder.objectRef<SequenceStatus>('SequenceStatus').implement({
  description: "The company's numbering: counters, numbers held, gaps, and UID health.",
  fields: (t) => ({
    sequences: t.field({ type: [KeyStatusType], resolve: (s) => s.sequences }),
    uidHealth: t.field({ type: UidHealthType, resolve: (s) => s.uidHealth }),
    healthy: t.boolean({ resolve: (s) => s.sequences.every((k) => k.healthy) && s.uidHealth.duplicates === 0 && s.uidHealth.malformed === 0 }),
  }),
});

const table = (name: string) => Prisma.raw(`"${name.replace(/"/g, '""')}"`);

async function keyStatus(ctx: Context, companyId: string, key: string, lastValue: number): Promise<KeyStatus> {
  const name = numberedTable(key);
  if (!name) return { key, lastValue, issued: null, highestIssued: null, gapCount: null, gapRanges: 0, gaps: [], healthy: true };
  const t = table(name);
  const [stats] = await ctx.db.$queryRaw<{ issued: number; highest: number | null; held: number }[]>`
    SELECT count(*)::int AS issued, max("seq") AS highest,
           count(DISTINCT "seq") FILTER (WHERE "seq" BETWEEN 1 AND ${lastValue}::int)::int AS held
    FROM ${t} WHERE "companyId" = ${companyId}::uuid`;
  // Gaps between consecutive numbers held, with 0 and lastValue + 1 as the bounds.
  const gaps = await ctx.db.$queryRaw<{ from: number; to: number; ranges: number }[]>`
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

async function uidHealth(ctx: Context, companyId: string, prefix: string): Promise<UidHealth> {
  const all = Prisma.join(NUMBERED_TABLES.map((n) => Prisma.sql`SELECT "uid" FROM ${table(n.table)} WHERE "companyId" = ${companyId}::uuid`), ' UNION ALL ');
  const duplicated = await ctx.db.$queryRaw<{ uid: string; total: number }[]>`
    SELECT "uid", (count(*) OVER ())::int AS total FROM (${all}) u GROUP BY "uid" HAVING count(*) > 1 ORDER BY "uid" LIMIT ${MAX_LISTED_UIDS}`;
  let checked = 0;
  let malformed = 0;
  const malformedUids: string[] = [];
  for (const { key, table: name } of NUMBERED_TABLES) {
    // Keyset batches over (companyId, id): memory stays flat for a company of any size.
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await ctx.db.$queryRaw<{ id: string; seq: number; uid: string }[]>`
        SELECT "id"::text AS id, "seq", "uid" FROM ${table(name)}
        WHERE "companyId" = ${companyId}::uuid AND "id" > ${after}::uuid ORDER BY "id" LIMIT ${BATCH}`;
      for (const row of rows) {
        if (!uidProblem(prefix, key as SequenceKey, row.seq, row.uid)) continue;
        malformed++;
        if (malformedUids.length < MAX_LISTED_UIDS) malformedUids.push(row.uid);
      }
      checked += rows.length;
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].id;
    }
  }
  return { checked, duplicates: duplicated[0]?.total ?? 0, malformed, duplicateUids: duplicated.map((d) => d.uid), malformedUids: malformedUids.sort() };
}

builder.queryFields((t) => ({
  sequenceStatus: t.field({
    type: SequenceStatusType,
    description: "Company admins: the company's counters, numbers held, gaps left by deletions, and UID health.",
    authScopes: { admin: true },
    resolve: async (_root, _args, ctx) => {
      const companyId = ctx.viewer!.companyId;
      const { prefix } = await ctx.db.company.findUniqueOrThrow({ where: { id: companyId }, select: { prefix: true } });
      const counters = await ctx.db.companySequence.findMany({ where: { companyId }, select: { key: true, lastValue: true } });
      const last = new Map(counters.map((c) => [c.key, c.lastValue]));
      const keys = [...new Set([...NUMBERED_TABLES.map((n) => n.key as string), ...[...last.keys()].sort()])];
      const sequences: KeyStatus[] = [];
      for (const key of keys) sequences.push(await keyStatus(ctx, companyId, key, last.get(key) ?? 0));
      return { sequences, uidHealth: await uidHealth(ctx, companyId, prefix) };
    },
  }),
}));
