// Cross-company references, found by joining the rows themselves: the composite foreign keys are
// meant to make these impossible, and this is how we know they (still) do. Add each new table to
// TENANT_TABLES (src/db/tables.ts) and each reference to REFERENCES below; the notes name any
// foreign key or companyId column that no line covers yet.
import { PROFILE_TABLES, quoteIdent as q, TENANT_TABLES } from '../../../src/db/tables.ts';
import type { Check, Finding, Query } from '../report.ts';

export type Reference =
  /** (companyId, column) -> target (companyId, id): the target must exist in the same company. */
  | { kind: 'tenant'; table: string; column: string; target: string }
  /** column -> User: the user must exist and, when `related`, have a role in the row's company. */
  | { kind: 'user'; table: string; column: string; related: boolean };

export const REFERENCES: Reference[] = [
  { kind: 'tenant', table: 'Client', column: 'marketerId', target: 'Marketer' },
  { kind: 'tenant', table: 'ClientAssignment', column: 'clientId', target: 'Client' },
  { kind: 'tenant', table: 'ClientAssignment', column: 'marketerId', target: 'Marketer' },
  { kind: 'tenant', table: 'PlotSize', column: 'estateId', target: 'Estate' },
  { kind: 'tenant', table: 'Plot', column: 'estateId', target: 'Estate' },
  { kind: 'tenant', table: 'Plot', column: 'plotSizeId', target: 'PlotSize' },
  { kind: 'tenant', table: 'Plot', column: 'clientId', target: 'Client' },
  { kind: 'tenant', table: 'Message', column: 'threadId', target: 'Message' },
  { kind: 'tenant', table: 'Message', column: 'replyToId', target: 'Message' },
  { kind: 'tenant', table: 'Message', column: 'ownerClientId', target: 'Client' },
  { kind: 'tenant', table: 'Message', column: 'ownerMarketerId', target: 'Marketer' },
  { kind: 'tenant', table: 'Sale', column: 'plotId', target: 'Plot' },
  { kind: 'tenant', table: 'Sale', column: 'clientId', target: 'Client' },
  { kind: 'tenant', table: 'Sale', column: 'marketerId', target: 'Marketer' },
  { kind: 'tenant', table: 'Instalment', column: 'saleId', target: 'Sale' },
  { kind: 'tenant', table: 'Payment', column: 'saleId', target: 'Sale' },
  { kind: 'tenant', table: 'Payment', column: 'reversesId', target: 'Payment' },
  { kind: 'tenant', table: 'CommissionRate', column: 'marketerId', target: 'Marketer' },
  { kind: 'tenant', table: 'CommissionAccrual', column: 'paymentId', target: 'Payment' },
  { kind: 'tenant', table: 'CommissionAccrual', column: 'marketerId', target: 'Marketer' },
  { kind: 'tenant', table: 'CommissionPayout', column: 'marketerId', target: 'Marketer' },
  { kind: 'tenant', table: 'Event', column: 'saleId', target: 'Sale' },
  { kind: 'tenant', table: 'WebhookDelivery', column: 'endpointId', target: 'WebhookEndpoint' },
  { kind: 'tenant', table: 'WebhookDelivery', column: 'eventId', target: 'Event' },
  { kind: 'tenant', table: 'Reminder', column: 'instalmentId', target: 'Instalment' },
  { kind: 'tenant', table: 'Reminder', column: 'saleId', target: 'Sale' },
  { kind: 'tenant', table: 'Notification', column: 'saleId', target: 'Sale' },
  { kind: 'tenant', table: 'Notification', column: 'announcementId', target: 'Announcement' },
  { kind: 'tenant', table: 'Announcement', column: 'estateId', target: 'Estate' },
  { kind: 'tenant', table: 'Announcement', column: 'marketerId', target: 'Marketer' },
  { kind: 'tenant', table: 'GatewayPayment', column: 'saleId', target: 'Sale' },
  { kind: 'tenant', table: 'GatewayPayment', column: 'instalmentId', target: 'Instalment' },
  { kind: 'tenant', table: 'GatewayPayment', column: 'paymentId', target: 'Payment' },
  { kind: 'tenant', table: 'GatewayEvent', column: 'paymentId', target: 'Payment' },
  // Profiles and memberships are what relate a user to a company: their user must only exist.
  { kind: 'user', table: 'StaffMember', column: 'userId', related: false },
  { kind: 'user', table: 'Marketer', column: 'userId', related: false },
  { kind: 'user', table: 'Client', column: 'userId', related: false },
  // Everything else may name only people the company deals with (as row-level security on User
  // lets it see): a password, a message or an assignment by an outsider is another company's.
  { kind: 'user', table: 'Credential', column: 'userId', related: true },
  { kind: 'user', table: 'Message', column: 'authorUserId', related: true },
  { kind: 'user', table: 'ClientAssignment', column: 'assignedByUserId', related: true },
  { kind: 'user', table: 'Sale', column: 'recordedByUserId', related: true },
  { kind: 'user', table: 'Payment', column: 'recordedByUserId', related: true },
  { kind: 'user', table: 'CommissionRate', column: 'setByUserId', related: true },
  { kind: 'user', table: 'CommissionPayout', column: 'recordedByUserId', related: true },
  { kind: 'user', table: 'Announcement', column: 'createdByUserId', related: true },
  { kind: 'user', table: 'GatewayPayment', column: 'startedByUserId', related: true },
];

const rowIdOf = (table: string) => TENANT_TABLES.find((t) => t.table === table)?.rowId ?? '"id"';

/** A user with a membership or a profile in the row's company (the same test as User's RLS policy). */
const RELATED = (col: string) =>
  PROFILE_TABLES.map(
    (t) => `EXISTS (SELECT 1 FROM ${q(t)} x WHERE x."companyId" = r."companyId" AND x."userId" = r.${q(col)})`,
  ).join(' OR ');

interface Row {
  company: string;
  other: string | null;
  missing: boolean;
  n: number;
  example: string;
}

async function referenceFindings(
  query: Query,
  ref: Reference,
  prefixOf: (id: string | null) => string,
): Promise<Finding[]> {
  const where = `${ref.table}.${ref.column} -> ${ref.kind === 'tenant' ? ref.target : 'User'}`;
  const rowId = `r.${rowIdOf(ref.table)}::text`;
  const col = `r.${q(ref.column)}`;
  // Joined within each company only (on Citus, a join on companyId stays on one shard): first the
  // rows whose reference finds nothing in their own company, then where those ids lead, by id alone.
  const rows =
    ref.kind === 'tenant'
      ? await tenantDangling(query, ref, rowId, col)
      : await query<Row>(`
          SELECT r."companyId"::text AS company, NULL AS other, u."id" IS NULL AS missing, count(*)::int AS n, min(${rowId}) AS example
          FROM ${q(ref.table)} r LEFT JOIN "User" u ON u."companyId" = r."companyId" AND u."id" = ${col}
          WHERE ${col} IS NOT NULL AND (u."id" IS NULL${ref.related ? ` OR NOT (${RELATED(ref.column)})` : ''})
          GROUP BY 1, 2, 3 ORDER BY 1, 3`);
  return rows.map((r) => {
    const target = ref.kind === 'tenant' ? ref.target : 'User';
    const problem = r.missing
      ? `points to no ${target} (e.g. row ${r.example})`
      : ref.kind === 'tenant'
        ? `points to a ${target} of company ${prefixOf(r.other)} (e.g. row ${r.example})`
        : `names a user with no role in this company (e.g. row ${r.example})`;
    return { companyId: r.company, where, problem, count: r.n };
  });
}

/** Rows of `ref.table` whose `ref.column` finds no `ref.target` in their own company, grouped by where it does lead. */
async function tenantDangling(
  query: Query,
  ref: Extract<Reference, { kind: 'tenant' }>,
  rowId: string,
  col: string,
): Promise<Row[]> {
  const dangling = await query<{ company: string; target: string; example: string }>(`
    SELECT r."companyId"::text AS company, ${col}::text AS target, ${rowId} AS example
    FROM ${q(ref.table)} r
    WHERE ${col} IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM ${q(ref.target)} t WHERE t."companyId" = r."companyId" AND t."id" = ${col})`);
  if (!dangling.length) return [];
  const owners = new Map(
    (
      await query<{ id: string; company: string }>(
        `SELECT "id"::text AS id, "companyId"::text AS company FROM ${q(ref.target)} WHERE "id" = ANY($1::uuid[])`,
        [[...new Set(dangling.map((d) => d.target))]],
      )
    ).map((o) => [o.id, o.company]),
  );
  const groups = new Map<string, Row>();
  for (const d of dangling) {
    const other = owners.get(d.target) ?? null;
    const key = `${d.company}|${other}`;
    const g = groups.get(key) ?? { company: d.company, other, missing: other === null, n: 0, example: d.example };
    g.n++;
    if (d.example < g.example) g.example = d.example;
    groups.set(key, g);
  }
  return [...groups.values()].sort((x, y) =>
    x.company === y.company ? String(x.other).localeCompare(String(y.other)) : x.company.localeCompare(y.company),
  );
}

/** Foreign keys and companyId columns in the database that no entry above checks. */
async function uncovered(query: Query): Promise<string[]> {
  const fks = await query<{ tbl: string; target: string; columns: string[] }>(`
    SELECT c.relname AS tbl, t.relname AS target,
           (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class t ON t.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE con.contype = 'f' AND n.nspname = 'public' ORDER BY 1, 2`);
  const tenant = new Set(TENANT_TABLES.map((t) => t.table));
  const notes: string[] = [];
  for (const fk of fks) {
    const own = fk.columns.filter((c) => c !== 'companyId');
    const covered =
      own.length === 0
        ? fk.target === 'Company' && tenant.has(fk.tbl)
        : own.every((c) => REFERENCES.some((r) => r.table === fk.tbl && r.column === c));
    if (!covered)
      notes.push(
        `foreign key ${fk.tbl}(${fk.columns.join(', ')}) -> ${fk.target} has no cross-company check: add it to REFERENCES in tools/audit/checks/references.ts`,
      );
  }
  const columns = await query<{ tbl: string }>(`
    SELECT c.relname AS tbl FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attname = 'companyId' AND NOT a.attisdropped ORDER BY 1`);
  for (const { tbl } of columns)
    if (!tenant.has(tbl)) notes.push(`table ${tbl} has a companyId but is not in TENANT_TABLES of src/db/tables.ts`);
  return notes;
}

export const referencesCheck: Check = {
  name: 'cross-company-references',
  description:
    'no row points to a row of another company, to nothing, or to a user the company does not deal with (by joins, not constraints)',
  async run({ query, companies }) {
    const prefixOf = (id: string | null) => (id && companies.get(id)?.prefix) || String(id);
    const findings: Finding[] = [];
    for (const { table, rowId } of TENANT_TABLES) {
      const rows = await query<{ company: string; n: number; example: string }>(`
        SELECT r."companyId"::text AS company, count(*)::int AS n, min(r.${rowId}::text) AS example
        FROM ${q(table)} r LEFT JOIN "Company" c ON c."id" = r."companyId" WHERE c."id" IS NULL GROUP BY 1 ORDER BY 1`);
      for (const r of rows)
        findings.push({
          companyId: r.company,
          where: `${table}.companyId -> Company`,
          problem: `company ${r.company} does not exist (e.g. row ${r.example})`,
          count: r.n,
        });
    }
    // A column the database lacks is skipped with a note (its migration pending, or the list
    // stale); the migrations check reports the pending migration itself.
    const present = new Set(
      (
        await query<{ col: string }>(`
      SELECT c.relname || '.' || a.attname AS col FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped`)
      ).map((r) => r.col),
    );
    const notes: string[] = [];
    let checked = TENANT_TABLES.length;
    for (const ref of REFERENCES) {
      if (!present.has(`${ref.table}.${ref.column}`)) {
        notes.push(`${ref.table}.${ref.column} is not in this database: not checked`);
        continue;
      }
      findings.push(...(await referenceFindings(query, ref, prefixOf)));
      checked++;
    }
    const rows = findings.reduce((sum, f) => sum + (f.count ?? 1), 0);
    return {
      summary: rows
        ? `${rows} row${rows === 1 ? '' : 's'} in ${new Set(findings.map((f) => f.where)).size} of ${checked} references point elsewhere`
        : `${checked} references checked, every row points inside its company`,
      findings,
      notes: [...notes, ...(await uncovered(query))],
    };
  },
};
