// Migrations: the database has applied exactly the prisma/migrations folder, unedited.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { schemaDrift } from '../../../src/db/schema-engine.mjs';
import { migrationNames } from '../../../src/db/migrations.ts';
import type { Check, Finding } from '../report.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Checksums Prisma accepts for a script: its own, and with line endings converted either way
 * (Prisma's engine does the same, since git may rewrite them on checkout).
 */
export function acceptedChecksums(script: string): Set<string> {
  const lf = script.replace(/\r\n/g, '\n');
  return new Set([sha256(script), sha256(lf), sha256(lf.replace(/\n/g, '\r\n'))]);
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

export const migrationsCheck: Check = {
  name: 'migrations',
  description:
    'every migration in prisma/migrations is applied, none failed, and each checksum equals the sha256 of its migration.sql',
  async run({ query, migrationsDir }) {
    const names = migrationNames(migrationsDir);
    const [{ present }] = await query<{ present: boolean }>(
      `SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS present`,
    );
    const rows = present
      ? await query<MigrationRow>(
          'SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at',
        )
      : [];
    const findings: Finding[] = [];
    for (const name of names) {
      const mine = rows.filter((r) => r.migration_name === name && r.rolled_back_at === null);
      const applied = mine.filter((r) => r.finished_at !== null);
      const failed = mine.filter((r) => r.finished_at === null);
      if (failed.length) {
        const log = (failed[0].logs ?? '').split('\n').find((l) => l.trim()) ?? 'no log';
        findings.push({ where: name, problem: `failed (or still running): ${log.slice(0, 200)}` });
      } else if (!applied.length) {
        findings.push({ where: name, problem: 'pending: in prisma/migrations but not applied' });
      } else {
        const accepted = acceptedChecksums(fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8'));
        const edited = applied.filter((r) => !accepted.has(r.checksum));
        if (edited.length)
          findings.push({ where: name, problem: 'checksum differs: migration.sql was changed after it was applied' });
      }
    }
    // A migration the database ran that the folder no longer has: code and schema have parted.
    const known = new Set(names);
    const strangers = new Set(
      rows.filter((r) => !known.has(r.migration_name) && r.rolled_back_at === null).map((r) => r.migration_name),
    );
    for (const name of strangers)
      findings.push({ where: name, problem: 'applied to the database but missing from prisma/migrations' });
    const summary = !present
      ? `no _prisma_migrations table: ${names.length} pending`
      : findings.length
        ? `${findings.length} of ${names.length + strangers.size} migrations not as in prisma/migrations`
        : `${names.length} applied, none pending or failed, checksums match`;
    return { summary, findings };
  },
};

/** The live tables, columns, indexes and keys are what schema.prisma describes (nothing changed by hand). */
export const schemaDriftCheck: Check = {
  name: 'schema-drift',
  description:
    "the database's tables, columns, indexes and foreign keys match prisma/schema.prisma (Prisma's engine introspects and compares)",
  async run({ ownerUrl, schemaPath }) {
    const script = await schemaDrift(ownerUrl, schemaPath);
    if (!script) return { summary: 'tables, columns, indexes and keys match prisma/schema.prisma', findings: [] };
    const statements = script
      .split(/;\s*\n/)
      .map((sql) =>
        sql
          .split('\n')
          .filter((l) => l.trim() && !l.trim().startsWith('--'))
          .join(' ')
          .trim(),
      )
      .filter(Boolean);
    return {
      summary: `${statements.length} statement(s) would be needed to match prisma/schema.prisma`,
      findings: statements.slice(0, 20).map((sql) => ({
        where: 'schema',
        problem: `differs from schema.prisma; to match it: ${sql.replace(/\s+/g, ' ').slice(0, 200)}`,
      })),
    };
  },
};
