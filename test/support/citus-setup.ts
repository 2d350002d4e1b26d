// `npm run test:citus`: the Citus coordinator (CITUS_URL) each file makes its own database on.
import type { TestProject } from 'vitest/node';
import { derivedAppPassword } from '../../src/db/migrations.ts';

export default function setup(project: TestProject) {
  const citusUrl = process.env.CITUS_URL;
  if (!citusUrl) throw new Error('CITUS_URL is unset: run `npm run test:citus` with a Citus coordinator.');
  project.provide('citusUrl', citusUrl);
  project.provide('templateUrl', '');
  // The app role's password, the same on every node (Citus propagates ALTER ROLE to the workers).
  project.provide('appPassword', derivedAppPassword(citusUrl));
}
