// `npm run schema:compat`: schema.graphql against the last released schema
// (schema.released.graphql, written by `npm run schema:release` when a version is cut). Every
// breaking change must be listed in CHANGELOG.md, in a section above the released version's
// heading (`## Unreleased`, or a version not yet released), by its schema coordinate in backticks:
// a code span that is the coordinate or starts with it, such as `StaffMember.role` or
// `StaffMember.role: String! -> StaffRole!`; an argument is `Type.field(arg:)`. A removed field
// or enum value must also have been @deprecated in the released schema. Exits 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const root = path.resolve(import.meta.dirname, '..');
export const FILES = {
  released: path.join(root, 'schema.released.graphql'),
  current: path.join(root, 'schema.graphql'),
  changelog: path.join(root, 'CHANGELOG.md'),
};

/** First line of schema.released.graphql: which version it is. */
export const releasedHeader = (version: string) =>
  `# The schema of release ${version}: the baseline of \`npm run schema:compat\`. Rewritten by \`npm run schema:release\`.\n`;
const RELEASED_VERSION = /^# The schema of release (\S+):/;

export interface Breaking {
  coordinate: string;
  message: string;
  /** Why it fails; null when it is listed (and, for a removal, was deprecated first). */
  problem: string | null;
}

export interface CompatReport {
  releasedVersion: string;
  breaking: Breaking[];
  /** Problems with the inputs themselves (no version header, no section for it). */
  errors: string[];
  ok: boolean;
}

/** The schema coordinate of a change: `Type`, `Type.field`, `Type.field(arg:)`, `@directive(arg:)`. */
export function coordinate(change: Change): string {
  const parts = (change.path ?? '').split('.');
  if (parts.length === 3) return `${parts[0]}.${parts[1]}(${parts[2]}:)`;
  if (parts.length === 2 && parts[0].startsWith('@')) return `${parts[0]}(${parts[1]}:)`;
  return change.path ?? change.message;
}

/** CHANGELOG.md's heading of a version: `## 0.2.0` (or `## [0.2.0]`, optionally followed by a date). */
export const versionHeading = (version: string) =>
  new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`, 'm');

/** Text of the CHANGELOG sections above `## <version>` (null when there is no such heading). */
export function unreleasedSections(changelog: string, version: string): string | null {
  const heading = versionHeading(version).exec(changelog);
  return heading ? changelog.slice(0, heading.index) : null;
}

/** Whether a code span in `text` is `coordinate` or starts with it (then not followed by a name character or a dot). */
export function listed(text: string, coordinate: string): boolean {
  for (const [, span] of text.matchAll(/`([^`\n]+)`/g)) {
    if (span.startsWith(coordinate) && !/^[\w.]/.test(span.slice(coordinate.length))) return true;
  }
  return false;
}

/** A removal clients were not warned of by @deprecated in the released schema. */
function removedWithoutDeprecation(change: Change): boolean {
  const meta = change.meta as Record<string, unknown>;
  if (change.type === 'FIELD_REMOVED') return meta.isRemovedFieldDeprecated !== true;
  if (change.type === 'ENUM_VALUE_REMOVED') return meta.isEnumValueDeprecated !== true;
  return false;
}

export async function checkCompatibility(released: string, current: string, changelog: string): Promise<CompatReport> {
  const releasedVersion = RELEASED_VERSION.exec(released)?.[1] ?? '';
  const errors: string[] = [];
  if (!releasedVersion)
    errors.push(
      'schema.released.graphql does not say which release it is: run `npm run schema:release` on a released version.',
    );
  const notes = releasedVersion ? unreleasedSections(changelog, releasedVersion) : null;
  if (releasedVersion && notes === null)
    errors.push(`CHANGELOG.md has no "## ${releasedVersion}" section, the release schema.released.graphql holds.`);
  const changes = await diff(buildSchema(released), buildSchema(current));
  const breaking = changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .map((change): Breaking => {
      const at = coordinate(change);
      let problem: string | null = null;
      if (removedWithoutDeprecation(change))
        problem = `it was not @deprecated in ${releasedVersion}: deprecate it in a release first, remove it in a later one`;
      else if (!listed(notes ?? '', at))
        problem = `list \`${at}\` under "## Unreleased" in CHANGELOG.md, saying what clients must change`;
      return { coordinate: at, message: change.message, problem };
    });
  return { releasedVersion, breaking, errors, ok: errors.length === 0 && breaking.every((b) => b.problem === null) };
}

export function formatReport(report: CompatReport): string {
  const lines = [...report.errors];
  for (const b of report.breaking)
    lines.push(
      `${b.problem ? 'FAIL' : 'ok  '} breaking: ${b.coordinate}: ${b.message}${b.problem ? `\n       ${b.problem}` : ''}`,
    );
  lines.push(
    report.ok
      ? `schema.graphql is compatible with ${report.releasedVersion}, ${report.breaking.length} breaking change(s) listed in CHANGELOG.md`
      : 'schema.graphql breaks clients in ways CHANGELOG.md does not announce',
  );
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  // Arguments (for trying other files): [released] [current] [changelog].
  const [released = FILES.released, current = FILES.current, changelog = FILES.changelog] = process.argv.slice(2);
  const read = (file: string) => fs.readFileSync(file, 'utf8');
  const report = await checkCompatibility(read(released), read(current), read(changelog));
  console.log(formatReport(report));
  process.exitCode = report.ok ? 0 : 1;
}
