// The distributed-schema migration on a database that already has data: everything is kept, each
// company gets its own record of every person its rows name, and the audit passes afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations } from '../src/db/schema-engine.mjs';
import { ensureDatabase, migrationNames, migrationsDir } from '../src/db/migrations.ts';
import { quoteIdent } from '../src/db/tables.ts';
import { runAudit } from '../tools/audit/index.ts';

const UPGRADE = '20261220090000_distributed';
let url: string;
let owner: pg.Client;
beforeAll(async () => {
  const u = new URL(inject('templateUrl'));
  u.pathname = `/estate_upgrade_${process.pid}_${Date.now()}`;
  url = u.toString();
  await ensureDatabase(url);
  owner = new pg.Client({ connectionString: url });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(new URL(url).pathname.slice(1))} WITH (FORCE)`);
  await client.end();
});

/** Applies the migrations before `UPGRADE` (the database as the previous release left it). */
async function migrateToPrevious() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-previous-'));
  try {
    for (const name of migrationNames().filter((n) => n < UPGRADE))
      fs.cpSync(path.join(migrationsDir, name), path.join(dir, name), { recursive: true });
    fs.copyFileSync(path.join(migrationsDir, 'migration_lock.toml'), path.join(dir, 'migration_lock.toml'));
    await applyMigrations(url, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ids = {
  a: '0a000000-0000-4000-8000-000000000001',
  b: '0b000000-0000-4000-8000-000000000001',
  admin: '0c000000-0000-4000-8000-000000000001',
  both: '0c000000-0000-4000-8000-000000000002',
  gone: '0c000000-0000-4000-8000-000000000003',
  memberA: '0d000000-0000-4000-8000-000000000001',
  marketerA: '0e000000-0000-4000-8000-000000000001',
  clientA: '0f000000-0000-4000-8000-000000000001',
  clientB: '0f000000-0000-4000-8000-000000000002',
};

const count = async (table: string) =>
  (await owner.query(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`)).rows[0].n as number;

describe('the distributed-schema migration on a database with data', () => {
  it('keeps every row, gives each company its people, and leaves nothing for the audit', async () => {
    await migrateToPrevious();
    // Two companies; a person in both (a marketer of A, a client of B), who wrote a message in A;
    // A's admin; a person no company's rows name.
    await owner.query(`
      INSERT INTO "Company" ("id", "name", "slug", "prefix") VALUES
        ('${ids.a}', 'Lamba Property Limited', 'lamba', 'LPL'), ('${ids.b}', 'Test Company', 'test', 'TST');
      INSERT INTO "User" ("id", "email") VALUES
        ('${ids.admin}', 'admin@lamba.example'), ('${ids.both}', 'both@example.com'), ('${ids.gone}', 'gone@example.com');
      INSERT INTO "Credential" ("companyId", "userId", "passwordHash") VALUES
        ('${ids.a}', '${ids.admin}', 'x'), ('${ids.a}', '${ids.both}', 'y'), ('${ids.b}', '${ids.both}', 'z');
      INSERT INTO "StaffMember" ("id", "companyId", "userId", "fullName", "role") VALUES
        ('${ids.memberA}', '${ids.a}', '${ids.admin}', 'Admin', 'ADMIN');
      INSERT INTO "Marketer" ("id", "companyId", "userId", "fullName", "seq", "uid") VALUES
        ('${ids.marketerA}', '${ids.a}', '${ids.both}', 'Both', 1, 'LPL-MKT001');
      INSERT INTO "Client" ("id", "companyId", "userId", "fullName", "seq", "uid", "marketerId") VALUES
        ('${ids.clientB}', '${ids.b}', '${ids.both}', 'Both', 1, 'TST-CLT001', NULL);
      INSERT INTO "CompanySequence" ("companyId", "key", "lastValue") VALUES ('${ids.a}', 'MKT', 1), ('${ids.b}', 'CLT', 1);
      INSERT INTO "Message" ("companyId", "id", "threadId", "authorUserId", "fromStaff", "subject", "body", "ownerMarketerId")
        VALUES ('${ids.a}', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '${ids.both}', false, 's', 'b', '${ids.marketerA}');
    `);
    const before = Object.fromEntries(
      await Promise.all(
        ['Company', 'Credential', 'StaffMember', 'Marketer', 'Client', 'CompanySequence', 'Message'].map(
          async (t) => [t, await count(t)] as const,
        ),
      ),
    );
    const people = await count('User');

    // This one and every later one (collections' tables come after it), in order.
    const applied = await applyMigrations(url, migrationsDir);
    expect(applied[0]).toBe(UPGRADE);
    expect(applied).toEqual(migrationNames().filter((n) => n >= UPGRADE));

    for (const [table, n] of Object.entries(before)) expect(await count(table), table).toBe(n);
    expect(await count('Person')).toBe(people);
    // Every (company, person) that a row names: A knows its admin and the person in both, B the
    // person in both; nobody knows the third. Same ids, same emails.
    const { rows } = await owner.query(
      `SELECT "companyId"::text AS company, "id"::text AS id, "email" FROM "User" ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { company: ids.a, id: ids.admin, email: 'admin@lamba.example' },
      { company: ids.a, id: ids.both, email: 'both@example.com' },
      { company: ids.b, id: ids.both, email: 'both@example.com' },
    ]);
    expect((await owner.query(`SELECT "companyId"::text AS c, "prefix" FROM "CompanyAnchor" ORDER BY 2`)).rows).toEqual(
      [
        { c: ids.a, prefix: 'LPL' },
        { c: ids.b, prefix: 'TST' },
      ],
    );
    const report = await runAudit(url);
    const failed = report.checks.filter((c) => !c.ok);
    expect(failed.map((c) => `${c.name}: ${c.summary}`)).toEqual([]);
  });
});
