import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The native schema engine cannot be downloaded here: every Prisma command uses the official
// WebAssembly engine behind a stand-in binary instead (prisma/engine/).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, 'prisma/engine/schema-engine.mjs');

/** Without DATABASE_URL: the embedded database `npm start` runs (its password is in .data/). */
function embeddedUrl(): string {
  const secrets = path.resolve(import.meta.dirname, process.env.DATA_DIR || '.data', 'secrets.json');
  const password = fs.existsSync(secrets)
    ? (JSON.parse(fs.readFileSync(secrets, 'utf8')) as { postgresPassword: string }).postgresPassword
    : '';
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}/estate`;
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? embeddedUrl() },
});
