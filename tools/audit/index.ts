// The audit: every check, run as the owner inside ONE read-only transaction (a consistent
// snapshot, and nothing can be written). Used by `npm run audit` (cli.ts) and the tests.
import path from 'node:path';
import pg from 'pg';
import { APP_ROLE, migrationsDir as defaultMigrationsDir } from '../../src/db/migrations.ts';
import { citusRulesCheck } from './checks/citus-rules.ts';
import { gatewayPaymentsCheck, paymentEventsCheck, remindersPaidCheck } from './checks/collections.ts';
import { distributionKeysCheck } from './checks/distribution.ts';
import {
  commissionAccrualsCheck,
  ledgerAppendOnlyCheck,
  ledgerBalancesCheck,
  ledgerNumbersCheck,
} from './checks/ledger.ts';
import { migrationsCheck, schemaDriftCheck } from './checks/migrations.ts';
import { sequenceCountersCheck, uidDuplicatesCheck, uidFormatCheck } from './checks/numbers.ts';
import { referencesCheck } from './checks/references.ts';
import { appRoleCheck, policiesCheck, rowLevelSecurityCheck, visibilityCheck } from './checks/security.ts';
import { quoteIdent } from '../../src/db/tables.ts';
import { NUMBERED_PROFILES } from '../../src/modules/sequences/allocator.ts';
import {
  MAX_FINDINGS,
  type AuditContext,
  type Check,
  type CheckResult,
  type CompanyRef,
  type CompanySummary,
  type Finding,
  type Query,
  type Report,
} from './report.ts';

export { ALL_PASSED, renderText, type Check, type CheckResult, type Report } from './report.ts';

/** In report order. Visibility comes early: when it fails, the data checks below see nothing. */
export const CHECKS: readonly Check[] = [
  migrationsCheck,
  schemaDriftCheck,
  visibilityCheck,
  rowLevelSecurityCheck,
  policiesCheck,
  appRoleCheck,
  uidDuplicatesCheck,
  uidFormatCheck,
  sequenceCountersCheck,
  referencesCheck,
  distributionKeysCheck,
  citusRulesCheck,
  ledgerNumbersCheck,
  ledgerBalancesCheck,
  commissionAccrualsCheck,
  ledgerAppendOnlyCheck,
  paymentEventsCheck,
  gatewayPaymentsCheck,
  remindersPaidCheck,
];

export interface AuditOptions {
  /** The role the API connects as (default estate_app). */
  appRole?: string;
  migrationsDir?: string;
  checks?: readonly Check[];
}

/** The database and server of a URL, never its credentials. */
export function describeDatabase(url: string): string {
  const u = new URL(url);
  return `${decodeURIComponent(u.pathname.slice(1)) || '(default database)'} on ${u.hostname}:${u.port || 5432}`;
}

export async function runAudit(ownerUrl: string, options: AuditOptions = {}): Promise<Report> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'estate-audit' });
  await client.connect();
  try {
    await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      return await auditIn(client, ownerUrl, options);
    } finally {
      await client.query('ROLLBACK');
    }
  } finally {
    await client.end();
  }
}

async function auditIn(client: pg.Client, ownerUrl: string, options: AuditOptions): Promise<Report> {
  const query: Query = async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[];
  /** Runs `fn` under a savepoint, so an error (a missing table, say) leaves the transaction usable. */
  const guarded = async <T>(fn: () => Promise<T>): Promise<T> => {
    await client.query('SAVEPOINT audit_step');
    try {
      const result = await fn();
      await client.query('RELEASE SAVEPOINT audit_step');
      return result;
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT audit_step');
      throw error;
    }
  };
  // A database without the tables (migrations never applied) still gets a report.
  // The companies, then each table's rows per company: counted table by table (on Citus, a count
  // grouped by companyId runs on every shard; a count correlated with the shared Company row does not).
  const companyRows = await guarded(async () => {
    const rows = await query<CompanyRef & { rows: Record<string, number> }>(
      `SELECT "id"::text AS id, "prefix", "name" FROM "Company" ORDER BY "prefix"`,
    );
    for (const c of rows) c.rows = Object.fromEntries(NUMBERED_PROFILES.map((t) => [t.table, 0]));
    const byId = new Map(rows.map((c) => [c.id, c]));
    for (const t of NUMBERED_PROFILES)
      for (const r of await query<{ company: string; n: number }>(
        `SELECT "companyId"::text AS company, count(*)::int AS n FROM ${quoteIdent(t.table)} GROUP BY 1`,
      ))
        if (byId.has(r.company)) byId.get(r.company)!.rows[t.table] = r.n;
    return rows;
  }).catch(() => []);
  const companies = new Map(companyRows.map((c) => [c.id, { id: c.id, prefix: c.prefix, name: c.name }]));
  const ctx: AuditContext = {
    query,
    companies,
    appRole: options.appRole ?? APP_ROLE,
    migrationsDir: options.migrationsDir ?? defaultMigrationsDir,
    ownerUrl,
    schemaPath: path.resolve(import.meta.dirname, '../../prisma/schema.prisma'),
  };

  const checks: CheckResult[] = [];
  const problemsByCompany = new Map<string, number>();
  for (const check of options.checks ?? CHECKS) {
    // A check that errors fails alone; the others still run.
    const outcome = await guarded(() => check.run(ctx)).catch((error: Error) => ({
      summary: 'could not run',
      findings: [{ where: check.name, problem: `could not run: ${error.message}` }] as Finding[],
      notes: [],
    }));
    const findings = outcome.findings.map((f) => ({
      company: f.companyId ? { id: f.companyId, prefix: companies.get(f.companyId)?.prefix ?? '?' } : null,
      where: f.where,
      problem: f.problem,
      count: f.count ?? 1,
    }));
    // Per-company totals need every finding, not only the listed ones.
    for (const f of findings)
      if (f.company) problemsByCompany.set(f.company.id, (problemsByCompany.get(f.company.id) ?? 0) + f.count);
    checks.push({
      name: check.name,
      description: check.description,
      ok: findings.length === 0,
      summary: outcome.summary,
      problems: findings.reduce((sum, f) => sum + f.count, 0),
      findings: findings.slice(0, MAX_FINDINGS),
      omittedFindings: Math.max(0, findings.length - MAX_FINDINGS),
      notes: outcome.notes ?? [],
    });
  }

  const summaries: CompanySummary[] = companyRows.map((c) => ({
    id: c.id,
    prefix: c.prefix,
    name: c.name,
    rows: Object.fromEntries(Object.entries(c.rows).map(([k, v]) => [k, Number(v)])),
    problems: problemsByCompany.get(c.id) ?? 0,
  }));
  const totalRows: Record<string, number> = {};
  for (const c of summaries)
    for (const [table, n] of Object.entries(c.rows)) totalRows[table] = (totalRows[table] ?? 0) + n;
  const failures = checks.filter((c) => !c.ok).length;
  return {
    ok: failures === 0,
    database: describeDatabase(ownerUrl),
    checkedAt: new Date().toISOString(),
    checks,
    failures,
    problems: checks.reduce((sum, c) => sum + c.problems, 0),
    companies: summaries,
    totals: { companies: summaries.length, rows: totalRows },
  };
}
