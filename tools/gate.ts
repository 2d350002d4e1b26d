// `npm test`, the gate: Biome's lint and format check first (a second), then the type check and the
// in-process tests side by side. The tests wait on PostgreSQL much of the time, and tsc uses what
// they leave of the cores. Fails when any step fails; tsc's output follows the tests' report.
// Arguments go to vitest (`npm test -- test/ledger.test.ts`).
import { spawn } from 'node:child_process';
import path from 'node:path';

const bin = (name: string) => path.resolve(import.meta.dirname, '../node_modules/.bin', name);

function run(command: string, args: string[], captured = false): Promise<{ ok: boolean; output: string }> {
  const child = spawn(bin(command), args, { stdio: captured ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ ok: false, output: `${command}: ${error.message}\n` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

const lint = await run('biome', ['check', '.']);
if (!lint.ok) process.exit(1);

const typecheck = run('tsc', ['-p', '.'], true).then(async (server) =>
  server.ok ? run('tsc', ['-p', 'src/workbench'], true) : server,
);
const tests = await run('vitest', [
  'run',
  '--config',
  'test/vitest.config.ts',
  '--project',
  'fast',
  '--no-isolate',
  ...process.argv.slice(2),
]);
const types = await typecheck;
process.stdout.write(types.ok ? 'typecheck: no errors\n' : `typecheck FAILED:\n${types.output}`);
process.exit(tests.ok && types.ok ? 0 : 1);
