// Ready for Citus: every table that carries companyId is keyed by it, and every reference between
// such tables joins on it (docs/scaling.md). The check reads the live catalog after the real
// migrations, and fails as soon as a migration adds a table that breaks the rule.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/db/schema-engine.mjs';
import { migrationsDir } from '../src/db/migrations.ts';
import { distributionKeysCheck } from '../tools/audit/checks/distribution.ts';
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
