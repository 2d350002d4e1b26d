// No breaking change to schema.graphql ships unannounced: each must be listed in CHANGELOG.md, and
// a removed field must have been deprecated in a release first. Fixtures under
// test/fixtures/schema-compat/ show a deliberate breaking change failing, then passing once listed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkCompatibility, FILES, listed } from '../tools/schema-compat.ts';

const run = promisify(execFile);
const fixture = (name: string) => path.resolve(import.meta.dirname, 'fixtures/schema-compat', name);
const read = (file: string) => fs.readFileSync(file, 'utf8');
const check = (current: string, changelog: string) =>
  checkCompatibility(read(fixture('released.graphql')), read(fixture(current)), read(fixture(changelog)));
const failures = (report: Awaited<ReturnType<typeof checkCompatibility>>) =>
  report.breaking.filter((b) => b.problem).map((b) => b.coordinate);

/** `npm run schema:compat` on other files: its exit code and output. */
async function cli(...files: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tools/schema-compat.ts', ...files]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe('schema compatibility', () => {
  it('holds for schema.graphql against the released schema and CHANGELOG.md', async () => {
    const report = await checkCompatibility(read(FILES.released), read(FILES.current), read(FILES.changelog));
    expect(report.errors).toEqual([]);
    expect(report.breaking.filter((b) => b.problem)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('fails on a deliberate breaking change to the real schema that CHANGELOG.md does not list', async () => {
    const changed = read(FILES.current).replace(
      /(type StaffMember implements Node \{[^}]*?)role: StaffRole!/,
      '$1role: String!',
    );
    expect(changed).not.toBe(read(FILES.current));
    const report = await checkCompatibility(read(FILES.released), changed, read(FILES.changelog));
    expect(report.ok).toBe(false);
    expect(failures(report)).toEqual(['StaffMember.role']);
  });

  it('fails on breaking changes listed nowhere, or only under the released version', async () => {
    const report = await check('breaking.graphql', 'changelog-unlisted.md');
    expect(report.ok).toBe(false);
    expect(failures(report).sort()).toEqual(['Query.headcount', 'StaffMember.role']);
    expect(report.breaking.find((b) => b.coordinate === 'StaffMember.role')?.problem).toMatch(
      /list `StaffMember.role` under "## Unreleased"/,
    );
  });

  it('passes the same changes once "## Unreleased" lists each by its coordinate', async () => {
    const report = await check('breaking.graphql', 'changelog-listed.md');
    expect(report.breaking.map((b) => b.coordinate).sort()).toEqual(['Query.headcount', 'StaffMember.role']);
    expect(report.ok).toBe(true);
  });

  it('fails a removal that was not deprecated in the release, even when listed', async () => {
    const report = await check('removed-undeprecated.graphql', 'changelog-listed.md');
    expect(report.ok).toBe(false);
    expect(report.breaking).toEqual([
      expect.objectContaining({
        coordinate: 'Query.teamName',
        problem: expect.stringMatching(/not @deprecated in 1\.0\.0/),
      }),
    ]);
  });

  it('is the command CI runs: exit 1 with the reason, exit 0 once listed', async () => {
    const failing = await cli(
      fixture('released.graphql'),
      fixture('breaking.graphql'),
      fixture('changelog-unlisted.md'),
    );
    expect(failing.code).toBe(1);
    expect(failing.output).toContain(
      "FAIL breaking: StaffMember.role: Field 'StaffMember.role' changed type from 'String!' to 'StaffRole!'",
    );
    const passing = await cli(fixture('released.graphql'), fixture('breaking.graphql'), fixture('changelog-listed.md'));
    expect(passing).toMatchObject({
      code: 0,
      output: expect.stringContaining('compatible with 1.0.0, 2 breaking change(s) listed'),
    });
  });

  it('matches a coordinate only as a whole code span or its start', () => {
    const notes =
      '- `StaffMember.role: String! -> StaffRole!`\n- `Query.clients(first:)` and StaffMember.status in prose';
    expect(listed(notes, 'StaffMember.role')).toBe(true);
    expect(listed(notes, 'Query.clients(first:)')).toBe(true);
    expect(listed(notes, 'Query.clients')).toBe(true);
    expect(listed(notes, 'StaffMember.rol')).toBe(false);
    expect(listed(notes, 'Member.role')).toBe(false);
    expect(listed(notes, 'StaffMember.status')).toBe(false);
  });

  it('refuses a baseline that names no release, or a release CHANGELOG.md lacks', async () => {
    const current = read(fixture('breaking.graphql'));
    expect((await checkCompatibility(current, current, '')).errors[0]).toMatch(/does not say which release/);
    expect((await checkCompatibility(read(fixture('released.graphql')), current, '## Unreleased\n')).errors[0]).toMatch(
      /no "## 1.0.0" section/,
    );
  });
});
