import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  // One graphql module: Vite would give our sources graphql's ESM build while the libraries
  // (loaded by Node) use its CommonJS build, and graphql refuses types from "another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: two files at a time, each with its own database copied from a migrated template.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
