// `npm run citus:setup`: DATABASE_URL names a Citus coordinator (owner role) whose workers are
// added. Applies the migrations, distributes every table, checks the result, prints what it did.
import { distribute } from './distribute.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('citus:setup needs DATABASE_URL: the coordinator, as the role that owns the tables.');
  process.exit(2);
}
try {
  const checks = await distribute(url, (line) => console.log(line));
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.what}: ${c.detail}`);
  const failed = checks.filter((c) => !c.ok).length;
  console.log(failed ? `${failed} CHECK(S) FAILED` : 'DISTRIBUTED: ALL CHECKS PASSED');
  process.exit(failed ? 1 : 0);
} catch (error) {
  console.error(`citus:setup failed: ${(error as Error).message}`);
  if (process.env.DEBUG) console.error(error);
  process.exit(1);
}
