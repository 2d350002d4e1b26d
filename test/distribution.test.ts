// Ready for Citus: every table that carries companyId is keyed by it, and every reference between
// such tables joins on it (docs/scaling.md). The check reads the live catalog after the real
// migrations, and fails as soon as a migration adds a table that breaks the rule.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/db/schema-engine.mjs';
import { migrationsDir } from '../src/db/migrations.ts';
import { citusRulesCheck } from '../tools/audit/checks/citus-rules.ts';
import { distributionKeysCheck } from '../tools/audit/checks/distribution.ts';
import type { AuditContext } from '../tools/audit/report.ts';
import { runAudit } from '../tools/audit/index.ts';
import { createTestApp, type TestApp } from './support/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const check = async () => (await runAudit(app.ownerUrl, { checks: [distributionKeysCheck] })).checks[0];

describe('distribution keys', () => {
  it('hold for every tenant table after the migrations', async () => {
    const result = await check();
    expect(result.findings).toEqual([]);
    expect(result.summary).toMatch(/^\d+ tables keyed by companyId/);
  });

  it('fail for a migration that adds a tenant table keyed by id alone, or a reference that leaves companyId out', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-migrations-'));
    try {
      fs.cpSync(migrationsDir, dir, { recursive: true });
      fs.mkdirSync(path.join(dir, '29990101000000_receipts_keyed_by_id'));
      fs.writeFileSync(
        path.join(dir, '29990101000000_receipts_keyed_by_id', 'migration.sql'),
        `
        CREATE TABLE "Receipt" (
          "id" UUID PRIMARY KEY, "companyId" UUID NOT NULL REFERENCES "Company"("id"),
          "number" TEXT NOT NULL UNIQUE, "payerCompanyId" UUID, "estateId" UUID,
          FOREIGN KEY ("payerCompanyId", "estateId") REFERENCES "Estate"("companyId", "id")
        );`,
      );
      expect(await applyMigrations(app.ownerUrl, dir)).toEqual(['29990101000000_receipts_keyed_by_id']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const result = await check();
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.where).sort()).toEqual([
      'Receipt Receipt_number_key',
      'Receipt Receipt_payerCompanyId_estateId_fkey',
      'Receipt Receipt_pkey',
    ]);
    expect(result.findings.find((f) => f.where === 'Receipt Receipt_payerCompanyId_estateId_fkey')?.problem).toMatch(
      /does not join on companyId/,
    );
  });
});

/**
 * The Citus rules (tools/audit/checks/citus-rules.ts) against the real migrations, then against
 * each fixture migration in test/fixtures/citus-rules/, applied in a transaction that is rolled
 * back: each breaks one rule the way this schema once did, and must be reported there.
 */
async function citusFindings(fixture?: string) {
  await app.owner.query('BEGIN');
  try {
    if (fixture)
      await app.owner.query(
        fs.readFileSync(path.join(import.meta.dirname, 'fixtures/citus-rules', fixture, 'migration.sql'), 'utf8'),
      );
    const query = async (sql: string, params?: unknown[]) => (await app.owner.query(sql, params)).rows;
    return (await citusRulesCheck.run({ query } as unknown as AuditContext)).findings;
  } finally {
    await app.owner.query('ROLLBACK');
  }
}

describe('the Citus rules', () => {
  it('hold after the migrations', async () => {
    expect(await citusFindings()).toEqual([]);
  });

  it.each([
    [
      'on-update-cascade',
      'Plot Plot_companyId_estateId_fkey',
      /ON UPDATE CASCADE on a foreign key that includes companyId/,
    ],
    ['policy-subquery', 'Estate policy staffed', /has a subquery/],
    ['trigger', 'Client trigger fixture_announce', /a trigger on a table Citus distributes/],
    [
      'conflict-clock',
      'function app_sign_in_attempt(text,integer,integer)',
      /ON CONFLICT DO UPDATE calls clock_timestamp\(\)/,
    ],
    ['returning-enum', 'function app_archive_estate(uuid,uuid)', /RETURNING calls status::text/],
    ['sql-function', 'function app_client_count(uuid)', /LANGUAGE sql with parameters over Client/],
    [
      'allocator-reads-company',
      'function app_insert_numbered(uuid,text,text,text,integer,jsonb)',
      /runs on the company's shard but reads Company/,
    ],
  ])('fail for the fixture migration %s', async (fixture, where, problem) => {
    const findings = await citusFindings(fixture);
    expect(findings.map((f) => f.where)).toEqual([where]);
    expect(findings[0].problem).toMatch(problem);
  });
});
