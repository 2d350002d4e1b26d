// API processes started the way a deployment starts them (`node --import tsx src/main.ts`), each in
// a process group of its own, for tests of replicas and faults.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { AUTH_SECRET } from './app.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything it printed. */
  output(): string;
  /** Sends `signal` (to the whole group with `group`) and waits for the exit; its exit code. */
  stop(signal?: NodeJS.Signals, group?: boolean): Promise<number | null>;
}

export async function startApi(env: Record<string, string>, timeoutMs = 90_000): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    detached: true,
    env: { ...process.env, NODE_ENV: 'test', AUTH_SECRET, PORT: '0', HOST: '127.0.0.1', LOG_REQUESTS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const watch = () => {
      const match = /GraphQL API (?:and GraphiQL )?at http:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', watch);
    void exited.then((code) => reject(new Error(`exited with ${code} before serving:\n${output}`)));
  });
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    output: () => output,
    async stop(signal = 'SIGTERM', group = false) {
      if (child.exitCode === null && child.signalCode === null) process.kill(group ? -child.pid! : child.pid!, signal);
      return exited;
    },
  };
}

/** POSTs a GraphQL operation; the parsed body and HTTP status. */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

/** Runs `npm start`'s command to its end (for starts that must be refused): its exit code and output. */
export async function runToExit(
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', AUTH_SECRET, PORT: '0', HOST: '127.0.0.1', LOG_REQUESTS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, output, ms: Date.now() - started };
}

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
