// The audit's vocabulary: a check, what it found, and the report (as text for people and as JSON
// for monitoring systems; both carry the same facts).

/** How a check reads the database: inside the audit's one read-only transaction. */
export type Query = <R = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<R[]>;

export interface CompanyRef {
  id: string;
  prefix: string;
  name: string;
}

export interface AuditContext {
  query: Query;
  /** Every company, by id (read before the checks run). */
  companies: Map<string, CompanyRef>;
  /** The role the API connects as. */
  appRole: string;
  migrationsDir: string;
  /** The owner connection (the schema engine introspects through its own). */
  ownerUrl: string;
  schemaPath: string;
}

/** One problem: where it is, what is wrong, and how many rows it concerns. */
export interface Finding {
  /** Company id the problem belongs to, when it belongs to one. */
  companyId?: string | null;
  where: string;
  problem: string;
  count?: number;
}

export interface CheckOutcome {
  /** One line: what was looked at and, when it passed, that it was fine. */
  summary: string;
  findings: Finding[];
  /** Things worth knowing that are not failures (say, a foreign key no check covers yet). */
  notes?: string[];
}

export interface Check {
  name: string;
  description: string;
  run(ctx: AuditContext): Promise<CheckOutcome>;
}

export interface ReportedFinding {
  company: { id: string; prefix: string } | null;
  where: string;
  problem: string;
  count: number;
}

export interface CheckResult {
  name: string;
  description: string;
  ok: boolean;
  summary: string;
  /** Rows or objects affected, summed over all findings. */
  problems: number;
  /** The first MAX_FINDINGS findings; `omittedFindings` says how many more there were. */
  findings: ReportedFinding[];
  omittedFindings: number;
  notes: string[];
}

export interface CompanySummary {
  id: string;
  prefix: string;
  name: string;
  /** Rows per numbered table (Marketer, Client). */
  rows: Record<string, number>;
  /** Problems found in this company's rows, over all checks. */
  problems: number;
}

export interface Report {
  ok: boolean;
  /** Database and server, without credentials. */
  database: string;
  checkedAt: string;
  checks: CheckResult[];
  /** Number of checks that failed. */
  failures: number;
  /** Problems over all checks (a failed check has at least one). */
  problems: number;
  companies: CompanySummary[];
  totals: { companies: number; rows: Record<string, number> };
}

export const MAX_FINDINGS = 50;
export const ALL_PASSED = 'ALL CHECKS PASSED';

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** The report for people: one line per check, then its problems, per company, and the verdict. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  const rowCounts = (rows: Record<string, number>) =>
    Object.entries(rows)
      .map(([table, n]) => `${n} ${table} rows`)
      .join(', ');
  lines.push(`estate-api audit of ${report.database} at ${report.checkedAt}`);
  lines.push(
    `${plural(report.totals.companies, 'company', 'companies')}; ${rowCounts(report.totals.rows) || 'no rows'}`,
  );
  lines.push('');
  const width = Math.max(...report.checks.map((c) => c.name.length));
  for (const check of report.checks) {
    lines.push(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name.padEnd(width)}  ${check.summary}`);
    for (const f of check.findings) {
      const count = f.count > 1 ? ` (${f.count})` : '';
      lines.push(`        ${(f.company?.prefix ?? '-').padEnd(5)} ${f.where}: ${f.problem}${count}`);
    }
    if (check.omittedFindings > 0)
      lines.push(`        ... and ${check.omittedFindings} more (see --json for the first ${MAX_FINDINGS})`);
    for (const note of check.notes) lines.push(`        note: ${note}`);
  }
  if (report.companies.length) {
    lines.push('', 'Per company:');
    const nameWidth = Math.min(40, Math.max(...report.companies.map((c) => c.name.length)));
    for (const c of report.companies) {
      const verdict = c.problems ? plural(c.problems, 'problem') : 'ok';
      lines.push(`  ${c.prefix.padEnd(5)} ${c.name.slice(0, 40).padEnd(nameWidth)}  ${rowCounts(c.rows)}  ${verdict}`);
    }
  }
  lines.push('');
  lines.push(
    report.ok
      ? ALL_PASSED
      : `${report.failures} of ${report.checks.length} CHECKS FAILED (${plural(report.problems, 'problem')})`,
  );
  return lines.join('\n');
}
