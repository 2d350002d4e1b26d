// The audit (npm run audit) and the sequenceStatus query. Each breakage is made as the table
// owner in a database of its own, behind the constraints' backs, and must be reported by the
// check that owns it (and by no other); a healthy database passes every check.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { localId } from '../support/ids.ts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PASSED, CHECKS, renderText, runAudit, type Check, type Report } from '../../tools/audit/index.ts';
import { migrationNames } from '../../src/db/migrations.ts';
import { codes, createTestApp, type TestApp } from '../support/app.ts';
import { createCompany, data, RegisterClient, type CompanyFixture, twoCompanies } from '../support/fixtures.ts';

const failedChecks = (report: Report) => report.checks.filter((c) => !c.ok).map((c) => c.name);
const check = (report: Report, name: string) => report.checks.find((c) => c.name === name)!;
const findingsOf = (report: Report, name: string) => check(report, name).findings;

interface World {
  app: TestApp;
  a: CompanyFixture;
  b: CompanyFixture;
}

/** A fresh database with two companies, broken by `breakIt` as the owner, then audited. */
async function auditBroken(breakIt: (w: World) => Promise<unknown>, options?: Parameters<typeof runAudit>[1]) {
  const app = await createTestApp();
  try {
    const world = {
      app,
      a: await createCompany(app, 'Lamba Property Limited'),
      b: await createCompany(app, 'Test Company'),
    };
    await breakIt(world);
    return { ...world, report: await runAudit(app.ownerUrl, options) };
  } finally {
    await app.close();
  }
}

/** `npx tsx tools/audit/cli.ts` against `databaseUrl`, as an operator would run it. */
function runCli(
  databaseUrl: string,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'tools/audit/cli.ts', ...args], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A connection to the server's maintenance database, for cluster-wide roles. */
async function serverAdmin(ownerUrl: string): Promise<pg.Client> {
  const url = new URL(ownerUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

describe('schema drift', () => {
  it('an index dropped by hand is reported by schema-drift alone, with the statement that restores it', async () => {
    const { report } = await auditBroken(({ app }) => app.owner.query('DROP INDEX "Plot_companyId_clientId_idx"'));
    expect(failedChecks(report)).toEqual(['schema-drift']);
    expect(findingsOf(report, 'schema-drift')).toEqual([
      expect.objectContaining({
        where: 'schema',
        problem: expect.stringContaining('CREATE INDEX "Plot_companyId_clientId_idx"'),
      }),
    ]);
  });
});

describe('a healthy database', () => {
  let world: World;
  beforeAll(async () => {
    const app = await createTestApp();
    world = { app, a: await createCompany(app, 'Lamba Property Limited'), b: await createCompany(app, 'Test Company') };
  });
  afterAll(async () => {
    await world?.app.close();
  });

  it('passes every check, per company and in total', async () => {
    const report = await runAudit(world.app.ownerUrl);
    expect(failedChecks(report), renderText(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual(CHECKS.map((c) => c.name));
    // Every foreign key and companyId column in the schema is covered by a reference check.
    expect(report.checks.flatMap((c) => c.notes)).toEqual([]);
    expect(report.companies.map((c) => [c.prefix, c.rows, c.problems]).sort()).toEqual([
      [world.a.prefix, { Marketer: 1, Client: 1 }, 0],
      [world.b.prefix, { Marketer: 1, Client: 1 }, 0],
    ]);
    expect(report.totals).toEqual({ companies: 2, rows: { Marketer: 2, Client: 2 } });
    expect(renderText(report).trimEnd().split('\n').at(-1)).toBe(ALL_PASSED);
  });

  it('CLI: prints one line per check and ALL CHECKS PASSED, and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(world.app.ownerUrl);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const c of CHECKS) expect(stdout).toMatch(new RegExp(`^PASS +${c.name} `, 'm'));
    expect(stdout).toMatch(
      new RegExp(`^  ${world.a.prefix} +Lamba Property Limited +1 Marketer rows, 1 Client rows +ok$`, 'm'),
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(ALL_PASSED);
    // No credentials in what it prints (the URL in full, and the password where it is not a plain word).
    const url = new URL(world.app.ownerUrl);
    expect(stdout).not.toContain(`:${url.password}@`);
    if (url.password.length >= 16) expect(stdout).not.toContain(url.password);
  });

  it('runs read-only: a check that tries to write fails alone, and the others still run', async () => {
    const writer: Check = {
      name: 'tries-to-write',
      description: 'proves the transaction is read-only',
      run: async ({ query }) => {
        await query('CREATE TABLE "AuditWasHere" (id int)');
        return { summary: 'wrote', findings: [] };
      },
    };
    const report = await runAudit(world.app.ownerUrl, { checks: [writer, ...CHECKS] });
    expect(failedChecks(report)).toEqual(['tries-to-write']);
    expect(findingsOf(report, 'tries-to-write')[0].problem).toMatch(/read-only transaction/);
    const { rows } = await world.app.owner.query(`SELECT to_regclass('"AuditWasHere"') AS t`);
    expect(rows[0].t).toBeNull();
  });

  it('every check can fail: a role with BYPASSRLS through membership is reported (app-role)', async () => {
    const admin = await serverAdmin(world.app.ownerUrl);
    const tag = randomBytes(4).toString('hex');
    const [privileged, app] = [`audit_probe_bypass_${tag}`, `audit_probe_app_${tag}`];
    try {
      await admin.query(`CREATE ROLE ${privileged} NOLOGIN BYPASSRLS`);
      await admin.query(`CREATE ROLE ${app} NOLOGIN NOINHERIT`);
      await admin.query(`GRANT ${privileged} TO ${app}`);
      const report = await runAudit(world.app.ownerUrl, { appRole: app });
      expect(findingsOf(report, 'app-role')).toEqual([
        expect.objectContaining({ where: app, problem: `can become ${privileged}, which is BYPASSRLS` }),
      ]);
      // It has no table privileges, so no policy is owed to it; the real app role is unaffected.
      expect(failedChecks(report)).toEqual(['app-role']);
    } finally {
      await admin.query(`DROP ROLE IF EXISTS ${app}`);
      await admin.query(`DROP ROLE IF EXISTS ${privileged}`);
      await admin.end();
    }
  });
});

describe('a broken database is reported by the check that owns the breakage', () => {
  it('uid-duplicates: a second profile with the same UID (unique indexes dropped)', async () => {
    const { a, report } = await auditBroken(async ({ app, a }) => {
      await app.owner.query('DROP INDEX "Client_companyId_uid_key"');
      await app.owner.query('DROP INDEX "Client_companyId_seq_key"');
      const user = await app.owner.query(
        `INSERT INTO "User" ("companyId", "id", "email") VALUES ($1, gen_random_uuid(), 'copy@example.com') RETURNING "id"`,
        [localId(a.id)],
      );
      await app.owner.query(
        `INSERT INTO "Client" ("companyId", "userId", "fullName", "seq", "uid") SELECT "companyId", $1, 'Copy', "seq", "uid" FROM "Client" WHERE "id" = $2`,
        [user.rows[0].id, localId(a.client.id)],
      );
    });
    // Dropping the indexes is itself drift from schema.prisma, and is reported as such.
    expect(failedChecks(report)).toEqual(['schema-drift', 'uid-duplicates']);
    expect(findingsOf(report, 'schema-drift').map((f) => f.problem)).toEqual([
      expect.stringContaining('CREATE UNIQUE INDEX "Client_companyId_seq_key"'),
      expect.stringContaining('CREATE UNIQUE INDEX "Client_companyId_uid_key"'),
    ]);
    expect(findingsOf(report, 'uid-duplicates')).toEqual([
      {
        company: { id: localId(a.id), prefix: a.prefix },
        where: `Client ${a.client.uid}`,
        problem: 'held by 2 profiles',
        count: 2,
      },
    ]);
    expect(report.companies.find((c) => c.prefix === a.prefix)!.problems).toBe(2);
    expect(report.failures).toBe(2);
  });

  it("uid-format: a malformed UID and one with another company's prefix", async () => {
    const { a, b, report } = await auditBroken(async ({ app, a, b }) => {
      await app.owner.query(`UPDATE "Marketer" SET "uid" = $1 WHERE "id" = $2`, [
        `${a.prefix}-MKT1`,
        localId(a.marketer.id),
      ]);
      await app.owner.query(`UPDATE "Client" SET "uid" = $1 WHERE "id" = $2`, [
        `${a.prefix}-CLT777`,
        localId(b.client.id),
      ]);
    });
    expect(failedChecks(report)).toEqual(['uid-format']);
    const findings = findingsOf(report, 'uid-format');
    expect(findings).toHaveLength(2);
    expect(findings).toContainEqual({
      company: { id: localId(a.id), prefix: a.prefix },
      where: `Marketer ${localId(a.marketer.id)}`,
      problem: `uid "${a.prefix}-MKT1" but seq 1 gives "${a.prefix}-MKT001"`,
      count: 1,
    });
    expect(findings).toContainEqual(
      expect.objectContaining({
        company: { id: localId(b.id), prefix: b.prefix },
        problem: `uid "${a.prefix}-CLT777" but seq 1 gives "${b.prefix}-CLT001"`,
      }),
    );
  });

  it('sequence-counters: a lowered counter and a missing one', async () => {
    const { a, b, report } = await auditBroken(async ({ app, a, b }) => {
      await app.owner.query(`UPDATE "CompanySequence" SET "lastValue" = 0 WHERE "companyId" = $1 AND "key" = 'CLT'`, [
        localId(a.id),
      ]);
      await app.owner.query(`DELETE FROM "CompanySequence" WHERE "companyId" = $1 AND "key" = 'MKT'`, [localId(b.id)]);
    });
    expect(failedChecks(report)).toEqual(['sequence-counters']);
    expect(findingsOf(report, 'sequence-counters')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          company: { id: localId(a.id), prefix: a.prefix },
          where: 'sequence CLT',
          problem: expect.stringMatching(/last value 0 is below the highest issued number 1/),
        }),
        expect.objectContaining({
          company: { id: localId(b.id), prefix: b.prefix },
          where: 'sequence MKT',
          problem: expect.stringMatching(/^missing/),
        }),
      ]),
    );
  });

  it('row-level-security: disabled on one table, not forced on another', async () => {
    const { report } = await auditBroken(async ({ app }) => {
      await app.owner.query('ALTER TABLE "Estate" DISABLE ROW LEVEL SECURITY');
      await app.owner.query('ALTER TABLE "Message" NO FORCE ROW LEVEL SECURITY');
    });
    expect(failedChecks(report)).toEqual(['row-level-security']);
    expect(findingsOf(report, 'row-level-security').map((f) => [f.where, f.problem])).toEqual([
      ['Estate', 'row-level security is not enabled'],
      ['Message', 'row-level security is not forced (the owner bypasses it)'],
    ]);
  });

  it('rls-policies: a table without its policy, and a policy that lets every company through', async () => {
    const { report } = await auditBroken(async ({ app }) => {
      await app.owner.query('DROP POLICY tenant_isolation ON "PlotSize"');
      await app.owner.query('CREATE POLICY open_door ON "Client" TO estate_app USING (true)');
    });
    expect(failedChecks(report)).toEqual(['rls-policies']);
    expect(findingsOf(report, 'rls-policies').map((f) => f.where)).toEqual(['Client policy open_door', 'PlotSize']);
  });

  it('app-role: the app role owns a table', async () => {
    const { report } = await auditBroken(async ({ app }) => {
      await app.owner.query('ALTER TABLE "Estate" OWNER TO estate_app');
    });
    expect(failedChecks(report)).toEqual(['app-role']);
    expect(findingsOf(report, 'app-role')).toEqual([
      expect.objectContaining({ where: 'Estate', problem: 'owned by estate_app (owners can switch RLS off)' }),
    ]);
  });

  it("cross-company-references: an assignment to another company's marketer (composite FK dropped); CLI exits 1", async () => {
    const app = await createTestApp();
    try {
      const a = await createCompany(app, 'Lamba Property Limited');
      const b = await createCompany(app, 'Test Company');
      await app.owner.query(
        'ALTER TABLE "ClientAssignment" DROP CONSTRAINT "ClientAssignment_companyId_marketerId_fkey"',
      );
      await app.owner.query(
        'INSERT INTO "ClientAssignment" ("companyId", "clientId", "marketerId") VALUES ($1, $2, $3)',
        [localId(a.id), localId(a.client.id), localId(b.marketer.id)],
      );
      const report = await runAudit(app.ownerUrl);
      expect(failedChecks(report)).toEqual(['schema-drift', 'cross-company-references']);
      expect(findingsOf(report, 'schema-drift').map((f) => f.problem)).toEqual([
        expect.stringContaining('ClientAssignment_companyId_marketerId_fkey'),
      ]);
      expect(findingsOf(report, 'cross-company-references')).toEqual([
        expect.objectContaining({
          company: { id: localId(a.id), prefix: a.prefix },
          where: 'ClientAssignment.marketerId -> Marketer',
          problem: expect.stringMatching(new RegExp(`^points to a Marketer of company ${b.prefix} `)),
          count: 1,
        }),
      ]);

      const { code, stdout } = await runCli(app.ownerUrl);
      expect(code).toBe(1);
      expect(stdout).toMatch(/^FAIL +cross-company-references +1 row in 1 of \d+ references point elsewhere$/m);
      expect(stdout).toMatch(
        new RegExp(
          `^ +${a.prefix} +ClientAssignment.marketerId -> Marketer: points to a Marketer of company ${b.prefix}`,
          'm',
        ),
      );
      expect(stdout.trimEnd().split('\n').at(-1)).toBe(`2 of ${CHECKS.length} CHECKS FAILED (2 problems)`);
    } finally {
      await app.close();
    }
  });

  it('cross-company-references: a message written by a user of another company, and a plot pointing at nothing', async () => {
    const { a, b, report } = await auditBroken(async ({ app, a, b }) => {
      // A person is one of the company's people by a composite key now: that key goes first.
      await app.owner.query('ALTER TABLE "Message" DROP CONSTRAINT "Message_companyId_authorUserId_fkey"');
      await app.owner.query('UPDATE "Message" SET "authorUserId" = $1 WHERE "companyId" = $2', [
        localId(b.admin.userId),
        localId(a.id),
      ]);
      await app.owner.query('ALTER TABLE "Plot" DROP CONSTRAINT "Plot_companyId_plotSizeId_fkey"');
      await app.owner.query(
        `UPDATE "Plot" SET "plotSizeId" = $2::uuid WHERE "companyId" = $1 AND "status" = 'AVAILABLE'`,
        [localId(b.id), randomUUID()],
      );
    });
    expect(failedChecks(report)).toEqual(['schema-drift', 'cross-company-references']);
    const findings = findingsOf(report, 'cross-company-references');
    expect(findings.map((f) => [f.company?.prefix, f.where])).toEqual([
      [b.prefix, 'Plot.plotSizeId -> PlotSize'],
      [a.prefix, 'Message.authorUserId -> User'],
    ]);
    expect(findings[0].problem).toMatch(/^points to no PlotSize/);
    // B's admin is not one of A's people at all.
    expect(findings[1].problem).toMatch(/^points to no User/);
  });

  it('audit-visibility: a role that row-level security hides rows from is told so', async () => {
    const app = await createTestApp();
    const role = `audit_probe_reader_${randomBytes(4).toString('hex')}`;
    try {
      await createCompany(app, 'Lamba Property Limited');
      // Created in the database itself, so that on Citus the role reaches every worker too.
      await app.owner.query(`CREATE ROLE ${role} LOGIN PASSWORD 'reader-password'`);
      await app.owner.query(
        `GRANT USAGE ON SCHEMA public TO ${role}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`,
      );
      const url = new URL(app.ownerUrl);
      url.username = role;
      url.password = 'reader-password';
      const report = await runAudit(url.toString());
      expect(failedChecks(report)).toEqual(['audit-visibility']);
      expect(findingsOf(report, 'audit-visibility').map((f) => f.where)).toContain('Client');
      // Why it matters: the blind role saw no company at all, so its data checks "passed".
      expect(report.companies).toEqual([]);
    } finally {
      await app.owner.query(`DROP OWNED BY ${role}; DROP ROLE IF EXISTS ${role}`).catch(() => {});
      await app.close();
    }
  });

  it('migrations: an edited, a failed and an unknown migration', async () => {
    const app = await createTestApp();
    try {
      const [first, second] = migrationNames();
      await app.owner.query(`UPDATE "_prisma_migrations" SET "checksum" = 'edited' WHERE "migration_name" = $1`, [
        first,
      ]);
      await app.owner.query(
        `UPDATE "_prisma_migrations" SET "finished_at" = NULL, "logs" = 'ERROR: it broke' WHERE "migration_name" = $1`,
        [second],
      );
      await app.owner.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
                             VALUES ('ghost', 'x', '20990101000000_ghost', now(), now(), 1)`);
      const report = await runAudit(app.ownerUrl);
      expect(failedChecks(report)).toEqual(['migrations']);
      expect(findingsOf(report, 'migrations').map((f) => [f.where, f.problem])).toEqual([
        [first, 'checksum differs: migration.sql was changed after it was applied'],
        [second, 'failed (or still running): ERROR: it broke'],
        ['20990101000000_ghost', 'applied to the database but missing from prisma/migrations'],
      ]);
    } finally {
      await app.close();
    }
  });

  it('migrations: a pending one is reported, not applied; CLI --json exits 1', async () => {
    const app = await createTestApp();
    try {
      const last = migrationNames().at(-1)!;
      await app.owner.query('DELETE FROM "_prisma_migrations" WHERE "migration_name" = $1', [last]);
      const { code, stdout } = await runCli(app.ownerUrl, ['--json']);
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as Report;
      expect(report.ok).toBe(false);
      expect(failedChecks(report)).toEqual(['migrations']);
      expect(findingsOf(report, 'migrations')).toEqual([
        { company: null, where: last, problem: 'pending: in prisma/migrations but not applied', count: 1 },
      ]);
      const { rows } = await app.owner.query(
        'SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE "migration_name" = $1',
        [last],
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await app.close();
    }
  });
});

const SEQUENCE_STATUS = `{ sequenceStatus {
  healthy
  sequences { key lastValue issued highestIssued gapCount gapRanges gapsTruncated healthy gaps { from to size } }
  uidHealth { checked duplicates malformed duplicateUids malformedUids healthy }
} }`;

describe('sequenceStatus', () => {
  let app: TestApp;
  let a: CompanyFixture;
  let b: CompanyFixture;
  beforeAll(async () => ({ app, a, b } = await twoCompanies()));
  afterAll(async () => {
    await app?.close();
  });

  const status = async (token: string) => {
    const result = await app.raw(SEQUENCE_STATUS, {}, token);
    expect(result.errors).toBeUndefined();
    return result.data.sequenceStatus;
  };
  const key = (s: { sequences: { key: string }[] }, k: string) =>
    s.sequences.find((x) => x.key === k) as Record<string, unknown>;

  it('shows the gaps that deletions leave, as ranges', async () => {
    const ids: string[] = [];
    for (let i = 2; i <= 6; i++) {
      const client = data(
        await app.gql(
          RegisterClient,
          { input: { email: `gap-${i}-${Date.now()}@example.com`, fullName: `Gap ${i}` } },
          a.admin.token,
        ),
      ).registerClient.client;
      expect(client.seq).toBe(i);
      ids.push(client.id);
    }
    for (const id of [ids[0], ids[1], ids[4]]) {
      const deleted = await app.raw(
        'mutation($id: ID!) { deleteClient(input: { id: $id }) { deletedId } }',
        { id },
        a.admin.token,
      );
      expect(deleted.errors).toBeUndefined();
    }
    const s = await status(a.admin.token);
    expect(key(s, 'CLT')).toEqual({
      key: 'CLT',
      lastValue: 6,
      issued: 3,
      highestIssued: 5,
      gapCount: 3,
      gapRanges: 2,
      gapsTruncated: false,
      healthy: true,
      gaps: [
        { from: 2, to: 3, size: 2 },
        { from: 6, to: 6, size: 1 },
      ],
    });
    expect(key(s, 'MKT')).toEqual({
      key: 'MKT',
      lastValue: 1,
      issued: 1,
      highestIssued: 1,
      gapCount: 0,
      gapRanges: 0,
      gapsTruncated: false,
      healthy: true,
      gaps: [],
    });
    expect(s.uidHealth).toEqual({
      checked: 4,
      duplicates: 0,
      malformed: 0,
      duplicateUids: [],
      malformedUids: [],
      healthy: true,
    });
    expect(s.healthy).toBe(true);
  });

  it('is for admins only', async () => {
    expect(codes(await app.raw(SEQUENCE_STATUS, {}, a.marketer.token))).toEqual(['FORBIDDEN']);
    expect(codes(await app.raw(SEQUENCE_STATUS, {}, a.client.token))).toEqual(['FORBIDDEN']);
    expect(codes(await app.raw(SEQUENCE_STATUS))).toEqual(['UNAUTHENTICATED']);
  });

  it("gives B's admin only B, even when A's numbering is broken", async () => {
    await app.owner.query(`UPDATE "Marketer" SET "uid" = 'BROKEN-1' WHERE "id" = $1`, [localId(a.marketer.id)]);
    await app.owner.query(`UPDATE "CompanySequence" SET "lastValue" = 4 WHERE "companyId" = $1 AND "key" = 'CLT'`, [
      localId(a.id),
    ]);
    const mine = await status(b.admin.token);
    expect(
      mine.sequences.map((k: { key: string; lastValue: number; issued: number }) => [k.key, k.lastValue, k.issued]),
    ).toEqual([
      ['MKT', 1, 1],
      ['CLT', 1, 1],
      ['SAL', 0, 0],
      ['RCP', 0, 0],
    ]);
    expect(mine.uidHealth).toEqual({
      checked: 2,
      duplicates: 0,
      malformed: 0,
      duplicateUids: [],
      malformedUids: [],
      healthy: true,
    });
    expect(mine.healthy).toBe(true);
    expect(JSON.stringify(mine)).not.toContain(a.prefix);

    const theirs = await status(a.admin.token);
    expect(theirs.uidHealth).toMatchObject({ malformed: 1, malformedUids: ['BROKEN-1'], healthy: false });
    expect(key(theirs, 'CLT')).toMatchObject({ lastValue: 4, highestIssued: 5, healthy: false });
    expect(theirs.healthy).toBe(false);
  });

  it("counts duplicates within the company only: A's UID copied into B shows in B as malformed, not in A", async () => {
    // UIDs are unique per company (distribution keys): nothing stops the same UID in B.
    await app.owner.query(`UPDATE "Client" SET "uid" = $1 WHERE "id" = $2`, [a.client.uid, localId(b.client.id)]);
    const mine = await status(b.admin.token);
    expect(mine.uidHealth).toMatchObject({ duplicates: 0, malformed: 1, malformedUids: [a.client.uid] });
    const theirs = await status(a.admin.token);
    expect(theirs.uidHealth).toMatchObject({ duplicates: 0, duplicateUids: [] });

    // A copy inside A is a duplicate there (once the per-company unique index is gone).
    await app.owner.query('DROP INDEX "Client_companyId_uid_key"');
    const user = await app.owner.query(
      `INSERT INTO "User" ("companyId", "id", "email") VALUES ($1, gen_random_uuid(), 'twin@example.com') RETURNING "id"`,
      [localId(a.id)],
    );
    await app.owner.query(
      `INSERT INTO "Client" ("companyId", "userId", "fullName", "seq", "uid") VALUES ($1, $2, 'Twin', 99, $3)`,
      [localId(a.id), user.rows[0].id, a.client.uid],
    );
    const after = await status(a.admin.token);
    expect(after.uidHealth).toMatchObject({ duplicates: 1, duplicateUids: [a.client.uid] });
  });
});
