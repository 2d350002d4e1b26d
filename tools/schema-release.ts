// `npm run schema:release`: when a version is cut (package.json's version set, and CHANGELOG.md's
// "## Unreleased" entries moved under "## <version>"), records schema.graphql as that release's
// schema in schema.released.graphql, the baseline `npm run schema:compat` checks against.
import fs from 'node:fs';
import path from 'node:path';
import { FILES, releasedHeader, versionHeading } from './schema-compat.ts';

const { version } = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
  version: string;
};
if (!versionHeading(version).test(fs.readFileSync(FILES.changelog, 'utf8'))) {
  console.error(`CHANGELOG.md has no "## ${version}" section: move the "## Unreleased" entries under it first.`);
  process.exit(1);
}
fs.writeFileSync(FILES.released, releasedHeader(version) + fs.readFileSync(FILES.current, 'utf8'));
console.log(`wrote ${path.relative(process.cwd(), FILES.released)} (release ${version})`);
