// One PostgreSQL server per test run (embedded, or TEST_DATABASE_URL / DATABASE_URL), holding one
// migrated template database; each test file copies it into a database of its own.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { derivedAppPassword, ensureDatabase, migrate, prepareAppRole } from '../../src/db/migrations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Owner URL of the template database. */
    templateUrl: string;
    /** `npm run test:citus`: the Citus coordinator each test file makes its own database on (else empty). */
    citusUrl: string;
    appPassword: string;
  }
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export default async function setup(project: TestProject) {
  project.provide('citusUrl', '');
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let stop = async () => {};
  let serverUrl: URL;
  if (external) {
    serverUrl = new URL(external);
  } else {
    // A private folder the `postgres` OS user can reach when the suite runs as root.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-api-test-'));
    fs.chmodSync(dir, 0o755);
    const password = randomBytes(16).toString('hex');
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), password });
    serverUrl = new URL(server.url('postgres'));
    stop = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/estate_template_${process.pid}`;
  await ensureDatabase(templateUrl.toString());
  await migrate(templateUrl.toString());
  // The password every API process started on this server derives (test/system/replicas.test.ts starts some).
  const appPassword = derivedAppPassword(templateUrl.toString());
  await prepareAppRole(templateUrl.toString(), appPassword);

  project.provide('templateUrl', templateUrl.toString());
  project.provide('appPassword', appPassword);

  return async () => {
    if (external) {
      const pg = await import('pg');
      const admin = new pg.default.Client({ connectionString: serverUrl.toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "estate_template_${process.pid}" WITH (FORCE)`);
      await admin.end();
    }
    await stop();
  };
}
