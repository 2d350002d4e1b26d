import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const globalSetup = ['test/support/global-setup.ts'];

export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  // One graphql module: Vite would give our sources graphql's ESM build while the libraries
  // (loaded by Node) use its CommonJS build, and graphql refuses types from "another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Cheap password hashes for every app and process the tests start (refused in production).
    env: { PASSWORD_HASHING: 'test' },
    pool: 'forks',
    // One file per core, each with its own database copied from a migrated template.
    maxWorkers: os.availableParallelism(),
    minWorkers: 1,
    // Each project starts one PostgreSQL with a migrated template (a root-level globalSetup would
    // run once more for the root itself).
    projects: [
      // `npm test`: everything that runs inside the test process, through yoga.fetch or a listener.
      // Its files share their worker's modules; `npm test` (tools/gate.ts) passes --no-isolate as well, because
      // Vitest builds its process pool from the root setting only, and an isolated pool starts a
      // fresh process, importing the whole app again, for every file (70 of 126 s).
      { extends: true, test: { name: 'fast', include: ['test/*.test.ts'], globalSetup, isolate: false } },
      // `npm run test:system`: files that start processes (API servers, the CLI tools, the web client).
      // A process per file: Prisma's WebAssembly schema engine (the audit's drift check) fails when
      // a process runs it for a second file.
      { extends: true, test: { name: 'system', include: ['test/system/*.test.ts'], globalSetup } },
      // `npm run test:citus` (CITUS_URL): the same registration, isolation, ledger and audit checks
      // on a Citus cluster, a distributed database per file, and the cluster's own (test/citus/).
      {
        extends: true,
        test: {
          name: 'citus',
          include: [
            'test/registration.test.ts',
            'test/isolation.test.ts',
            'test/ledger.test.ts',
            'test/system/audit.test.ts',
            'test/system/ledger-audit.test.ts',
            // The planner against the resolvers on a distributed database (each planned statement routed).
            'test/planner-differential.test.ts',
            'test/planner.test.ts',
            // Planned reads on their own connection: BEGIN and SET LOCAL in one round trip, on a coordinator.
            'test/direct-reads.test.ts',
            'test/citus/*.test.ts',
          ],
          globalSetup: ['test/support/citus-setup.ts'],
        },
      },
    ],
  },
});
