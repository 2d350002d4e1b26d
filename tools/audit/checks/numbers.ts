// UIDs and the sequences that number them (the allocator's promises: unique, well-formed, and a
// counter that never hands out a number already held).
import { quoteIdent } from '../../../src/db/tables.ts';
import { NUMBERED_PROFILES, uidProblem } from '../../../src/modules/sequences/allocator.ts';
import type { Check, Finding } from '../report.ts';

/** Every numbered row as (uid, companyId, table), over all NUMBERED_PROFILES. */
const allUids = () =>
  NUMBERED_PROFILES.map((t) => `SELECT "uid", "companyId", '${t.table}' AS tbl FROM ${quoteIdent(t.table)}`).join(
    ' UNION ALL ',
  );

export const uidDuplicatesCheck: Check = {
  name: 'uid-duplicates',
  description: 'no UID is held by more than one profile, in any company or table',
  async run({ query }) {
    const [{ total }] = await query<{ total: number }>(`SELECT count(*)::int AS total FROM (${allUids()}) u`);
    // One row per (duplicated uid, company), so each company is charged with its own copies.
    const rows = await query<{ uid: string; company: string; n: number; tables: string; everywhere: number }>(`
      WITH u AS (${allUids()}),
           d AS (SELECT "uid", count(*)::int AS everywhere FROM u GROUP BY "uid" HAVING count(*) > 1)
      SELECT u."uid", u."companyId"::text AS company, count(*)::int AS n, string_agg(DISTINCT u.tbl, '/') AS tables, d.everywhere
      FROM u JOIN d USING ("uid") GROUP BY u."uid", u."companyId", d.everywhere ORDER BY u."uid", 2`);
    const findings: Finding[] = rows.map((r) => ({
      companyId: r.company,
      where: `${r.tables} ${r.uid}`,
      problem:
        r.everywhere > r.n
          ? `held by ${r.n} here and ${r.everywhere - r.n} in other companies`
          : `held by ${r.n} profiles`,
      count: r.n,
    }));
    const duplicated = new Set(rows.map((r) => r.uid)).size;
    return {
      summary: duplicated ? `${duplicated} of ${total} UIDs are duplicated` : `${total} UIDs, none duplicated`,
      findings,
    };
  },
};

const BATCH = 5000;
/** Findings listed one by one; past this, problems are only counted per company. */
const DETAILED = 200;

export const uidFormatCheck: Check = {
  name: 'uid-format',
  description: "every UID is formatUid(prefix, key, seq) of its own company's prefix and its own seq",
  async run({ query, companies }) {
    const findings: Finding[] = [];
    const more = new Map<string, number>();
    let checked = 0;
    let bad = 0;
    for (const { key, table } of NUMBERED_PROFILES) {
      // Keyset batches keep memory flat however many profiles there are.
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = await query<{ id: string; company: string; seq: number; uid: string }>(
          `SELECT "id"::text AS id, "companyId"::text AS company, "seq", "uid" FROM ${quoteIdent(table)} WHERE "id" > $1::uuid ORDER BY "id" LIMIT ${BATCH}`,
          [after],
        );
        for (const row of rows) {
          const company = companies.get(row.company);
          const problem = company
            ? uidProblem(company.prefix, key, row.seq, row.uid)
            : `"${row.uid}" belongs to no existing company`;
          if (!problem) continue;
          bad++;
          if (findings.length < DETAILED)
            findings.push({ companyId: row.company, where: `${table} ${row.id}`, problem });
          else more.set(row.company, (more.get(row.company) ?? 0) + 1);
        }
        checked += rows.length;
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1].id;
      }
    }
    for (const [companyId, count] of more)
      findings.push({ companyId, where: 'more UIDs', problem: 'malformed (not listed one by one)', count });
    return { summary: bad ? `${bad} of ${checked} UIDs malformed` : `${checked} UIDs well-formed`, findings };
  },
};

export const sequenceCountersCheck: Check = {
  name: 'sequence-counters',
  description:
    "every company's counter is at least the highest number issued for its key (else the next registration repeats one)",
  async run({ query }) {
    const issued = NUMBERED_PROFILES.map(
      (t) =>
        `SELECT "companyId", '${t.key}' AS key, max("seq") AS highest, count(*)::int AS n FROM ${quoteIdent(t.table)} GROUP BY "companyId"`,
    ).join(' UNION ALL ');
    const rows = await query<{ company: string; key: string; highest: number; n: number; last: number | null }>(`
      SELECT i."companyId"::text AS company, i.key, i.highest, i.n, s."lastValue" AS last
      FROM (${issued}) i LEFT JOIN "CompanySequence" s ON s."companyId" = i."companyId" AND s."key" = i.key
      ORDER BY 1, 2`);
    const findings: Finding[] = [];
    for (const r of rows) {
      if (r.last === null)
        findings.push({
          companyId: r.company,
          where: `sequence ${r.key}`,
          problem: `missing, but numbers up to ${r.highest} are issued: the next would be 1 again`,
        });
      else if (r.last < r.highest)
        findings.push({
          companyId: r.company,
          where: `sequence ${r.key}`,
          problem: `last value ${r.last} is below the highest issued number ${r.highest}: ${r.last + 1}..${r.highest} could be handed out again`,
        });
    }
    return {
      summary: findings.length
        ? `${findings.length} of ${rows.length} counters behind their numbers`
        : `${rows.length} counters at or above their highest number`,
      findings,
    };
  },
};
