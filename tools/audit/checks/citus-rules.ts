// What Citus refuses, read from the live catalog (docs/scaling.md, "Rules every migration keeps"):
// each rule below is one thing that stopped the schema distributing or the API running on a
// Citus cluster, and each is found here on one PostgreSQL, so a migration that breaks one is
// caught before it reaches a cluster. Tables without companyId are reference tables there.
import type { Check, Finding, Query } from '../report.ts';

const PUBLIC_TABLES = `
  SELECT c.oid, c.relname,
         EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'companyId' AND NOT a.attisdropped) AS tenant
  FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

/** The functions of schema public written in SQL or PL/pgSQL, with their bodies. */
async function functions(query: Query) {
  return query<{ name: string; language: string; args: number; first: string | null; body: string }>(`
    SELECT p.oid::regprocedure::text AS name, l.lanname AS language, p.pronargs AS args,
           p.proargnames[1] AS first, p.prosrc AS body
    FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
    WHERE p.pronamespace = 'public'::regnamespace AND l.lanname IN ('sql', 'plpgsql') ORDER BY 1`);
}

/** The body without comments and string literals (a function name in a message is not a call). */
const code = (body: string) =>
  body
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''");

/** The SET list of each ON CONFLICT DO UPDATE, and each RETURNING list, in a body. */
function conflictAndReturning(body: string): { clause: string; text: string }[] {
  const found: { clause: string; text: string }[] = [];
  const text = code(body);
  for (const m of text.matchAll(/\bDO\s+UPDATE\s+SET\b([\s\S]*?)(?=\bRETURNING\b|\bWHERE\b|;|$)/gi))
    found.push({ clause: 'ON CONFLICT DO UPDATE', text: m[1] });
  for (const m of text.matchAll(/\bRETURNING\b([\s\S]*?)(?=\bINTO\b|;|\)\s*(?:,|SELECT|INSERT|UPDATE|DELETE)|$)/gi))
    found.push({ clause: 'RETURNING', text: m[1] });
  return found;
}

const NON_IMMUTABLE_WORDS = /\b(current_timestamp|current_date|current_time|localtimestamp|localtime)\b/i;

export const citusRulesCheck: Check = {
  name: 'citus-rules',
  description:
    'nothing Citus refuses: no ON UPDATE action or SET NULL on a foreign key with companyId, no subquery in a policy, no trigger on a table, no non-immutable function or enum cast in ON CONFLICT DO UPDATE or RETURNING, no SQL-language function with parameters over tables, and no allocator reading a shared table',
  async run({ query }) {
    const findings: Finding[] = [];
    const tables = await query<{ relname: string; tenant: boolean }>(`${PUBLIC_TABLES} ORDER BY c.relname`);
    const shared = tables.filter((t) => !t.tenant).map((t) => t.relname);

    // 1. Citus refuses CASCADE, SET NULL and SET DEFAULT on update, and SET NULL or SET DEFAULT on
    // delete, when the foreign key includes the distribution column.
    const fks = await query<{ relname: string; conname: string; upd: string; del: string }>(`
      SELECT t.relname, f.conname, f.confupdtype AS upd, f.confdeltype AS del
      FROM (${PUBLIC_TABLES}) t JOIN pg_constraint f ON f.conrelid = t.oid AND f.contype = 'f'
      WHERE EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = f.conrelid AND a.attnum = ANY (f.conkey) AND a.attname = 'companyId')
        AND (f.confupdtype NOT IN ('a', 'r') OR f.confdeltype IN ('n', 'd'))
      ORDER BY 1, 2`);
    const actions: Record<string, string> = { c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
    for (const f of fks)
      findings.push({
        where: `${f.relname} ${f.conname}`,
        problem:
          f.upd in actions
            ? `ON UPDATE ${actions[f.upd]} on a foreign key that includes companyId (write ON UPDATE NO ACTION: onUpdate: NoAction)`
            : `ON DELETE ${actions[f.del]} on a foreign key that includes companyId`,
      });

    // 2. Citus refuses a policy with a subquery on a distributed or reference table.
    const policies = await query<{ relname: string; polname: string }>(`
      SELECT t.relname, p.polname FROM (${PUBLIC_TABLES}) t JOIN pg_policy p ON p.polrelid = t.oid
      WHERE coalesce(p.polqual::text, '') LIKE '%{SUBLINK %' OR coalesce(p.polwithcheck::text, '') LIKE '%{SUBLINK %'
      ORDER BY 1, 2`);
    for (const p of policies)
      findings.push({
        where: `${p.relname} policy ${p.polname}`,
        problem: 'has a subquery (Citus refuses it on a distributed table)',
      });

    // 3. A trigger would fire on a worker (Citus refuses to distribute a table that has one).
    const triggers = await query<{ relname: string; tgname: string }>(`
      SELECT t.relname, g.tgname FROM (${PUBLIC_TABLES}) t JOIN pg_trigger g ON g.tgrelid = t.oid AND NOT g.tgisinternal
      ORDER BY 1, 2`);
    for (const g of triggers)
      findings.push({ where: `${g.relname} trigger ${g.tgname}`, problem: 'a trigger on a table Citus distributes' });

    const mutable = new Set(
      (
        await query<{ name: string }>(`
          SELECT DISTINCT lower(p.proname) AS name FROM pg_proc p
          WHERE p.pronamespace IN ('pg_catalog'::regnamespace, 'public'::regnamespace) AND p.provolatile <> 'i'`)
      ).map((r) => r.name),
    );
    const enums = new Set(
      (await query<{ name: string }>(`SELECT lower(typname) AS name FROM pg_type WHERE typtype = 'e'`)).map(
        (r) => r.name,
      ),
    );
    const enumColumns = new Set(
      (
        await query<{ name: string }>(`
          SELECT DISTINCT lower(a.attname) AS name FROM (${PUBLIC_TABLES}) t
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
          JOIN pg_type ty ON ty.oid = a.atttypid AND ty.typtype = 'e'`)
      ).map((r) => r.name),
    );
    const tableNames = tables.map((t) => t.relname);
    const mentions = (text: string, names: string[]) => names.filter((n) => text.includes(`"${n}"`));
    for (const fn of await functions(query)) {
      // 4. Citus refuses a non-immutable function in the SET of ON CONFLICT DO UPDATE, or in
      // RETURNING, of a write to a distributed table (an enum cast calls the enum's output).
      for (const { clause, text } of conflictAndReturning(fn.body)) {
        const calls = [...text.matchAll(/\b([a-z_][a-z0-9_]*)\s*\(/gi)].map((m) => m[1].toLowerCase());
        const bad = [
          ...calls.filter((c) => mutable.has(c)).map((c) => `${c}()`),
          ...(text.match(NON_IMMUTABLE_WORDS) ?? []).slice(0, 1),
          ...[...text.matchAll(/::\s*"?([a-z_][a-z0-9_]*)"?/gi)]
            .map((m) => m[1].toLowerCase())
            .filter((t) => enums.has(t))
            .map((t) => `a cast to the enum ${t}`),
          ...[...text.matchAll(/"?([a-z_][a-z0-9_]*)"?\s*::\s*(?:text|varchar)\b/gi)]
            .map((m) => m[1].toLowerCase())
            .filter((c) => enumColumns.has(c))
            .map((c) => `${c}::text (the enum's output)`),
        ];
        if (bad.length)
          findings.push({
            where: `function ${fn.name}`,
            problem: `${clause} calls ${[...new Set(bad)].join(', ')}: not immutable (read it into a variable first)`,
          });
      }
      // 5. Citus cannot plan a SQL-language body's parameters over its tables: use PL/pgSQL.
      const touched = mentions(code(fn.body), tableNames);
      if (fn.language === 'sql' && fn.args > 0 && touched.length)
        findings.push({
          where: `function ${fn.name}`,
          problem: `LANGUAGE sql with parameters over ${touched.join(', ')}: write it in PL/pgSQL`,
        });
      // 6. A function delegated to a company's shard (first argument p_company_id), the allocator
      // among them, reads only that company's rows: a shared table would pull it off the shard
      // (and a lock on one is taken on every node).
      const sharedRead = mentions(code(fn.body), shared);
      if (fn.first === 'p_company_id' && sharedRead.length)
        findings.push({
          where: `function ${fn.name}`,
          problem: `runs on the company's shard but reads ${sharedRead.join(', ')} (a table shared by every company)`,
        });
    }
    return {
      summary: findings.length
        ? `${findings.length} thing(s) Citus refuses`
        : `${tables.length} tables and their keys, policies, triggers and functions keep the Citus rules`,
      findings,
    };
  },
};
