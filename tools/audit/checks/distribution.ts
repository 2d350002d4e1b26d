// Ready for a distributed PostgreSQL (Citus, distributed by "companyId"): a distributed table's
// primary key and unique constraints must include the distribution column, and a foreign key
// between two distributed tables must join on it, or the database cannot keep them (or answer the
// join) on one shard. Read from the live catalog, so a migration that breaks it is caught.
import type { Check, Finding } from '../report.ts';

/** Tables with a "companyId" column: the ones to distribute (the rest are reference tables). */
const DISTRIBUTED = `
  SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'companyId' AND NOT a.attisdropped
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`;

const columns = (attnums: string, rel: string) =>
  `(SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(${attnums}) WITH ORDINALITY k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.attnum)`;

export const distributionKeysCheck: Check = {
  name: 'distribution-keys',
  description:
    'every table with a companyId has it in its primary key and unique keys, and every foreign key between such tables joins on it',
  async run({ query }) {
    const tables = await query<{ relname: string }>(`${DISTRIBUTED} ORDER BY c.relname`);
    const findings: Finding[] = [];
    const unkeyed = await query<{ relname: string }>(`
      SELECT t.relname FROM (${DISTRIBUTED}) t
      WHERE NOT EXISTS (SELECT 1 FROM pg_constraint p WHERE p.conrelid = t.oid AND p.contype = 'p') ORDER BY 1`);
    for (const t of unkeyed)
      findings.push({ where: t.relname, problem: 'has no primary key (Citus needs one that includes companyId)' });
    // Unique indexes cover primary keys, unique constraints and bare unique indexes alike.
    const uniques = await query<{ relname: string; index: string; cols: string[] }>(`
      SELECT t.relname, i.relname AS index, ${columns('x.indkey', 'x.indrelid')} AS cols
      FROM (${DISTRIBUTED}) t JOIN pg_index x ON x.indrelid = t.oid AND x.indisunique JOIN pg_class i ON i.oid = x.indexrelid
      ORDER BY 1, 2`);
    for (const u of uniques) {
      if (!u.cols?.includes('companyId'))
        findings.push({
          where: `${u.relname} ${u.index}`,
          problem: `unique on (${u.cols?.join(', ')}) without companyId: it cannot be enforced per shard`,
        });
    }
    const references = await query<{
      relname: string;
      constraint: string;
      target: string;
      cols: string[];
      targetCols: string[];
    }>(`
      SELECT t.relname, f.conname AS constraint, r.relname AS target,
             ${columns('f.conkey', 'f.conrelid')} AS cols, ${columns('f.confkey', 'f.confrelid')} AS "targetCols"
      FROM (${DISTRIBUTED}) t JOIN pg_constraint f ON f.conrelid = t.oid AND f.contype = 'f'
      JOIN (${DISTRIBUTED}) r ON r.oid = f.confrelid ORDER BY 1, 2`);
    for (const r of references) {
      const here = r.cols.indexOf('companyId');
      if (here < 0 || r.targetCols[here] !== 'companyId') {
        findings.push({
          where: `${r.relname} ${r.constraint}`,
          problem: `(${r.cols.join(', ')}) -> ${r.target}(${r.targetCols.join(', ')}) does not join on companyId: a cross-shard reference`,
        });
      }
    }
    return {
      summary: findings.length
        ? `${findings.length} keys would stop ${tables.length} tables from being distributed by companyId`
        : `${tables.length} tables keyed by companyId (${uniques.length} unique keys, ${references.length} references between them)`,
      findings,
    };
  },
};
