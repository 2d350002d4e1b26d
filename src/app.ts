// Start-up shared by `npm start`, the seed, the tools and the tests: what can be checked before the
// database starts (settings, folders, the data folder's one server), the database (embedded, or
// DATABASE_URL) -> migrations -> the app role, and the secrets of the embedded default.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from './db/embedded.ts';
import { derivedAppPassword, ensureDatabase, migrate, prepareAppRole } from './db/migrations.ts';
import { TrustedDocumentStore } from './http/trusted-document-store.ts';

/** Secrets of the embedded default, generated once and kept under the data folder. */
interface LocalSecrets {
  postgresPassword: string;
  /** Unused since the app role's password is derived from the owner's (kept for older folders). */
  appPassword?: string;
  authSecret: string;
}

export function localSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as LocalSecrets;
  const make = () => randomBytes(32).toString('base64url');
  const secrets = { postgresPassword: make(), authSecret: make() };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

/** A start that cannot go on, told in words an operator acts on (printed without a stack trace). */
export class StartupError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'StartupError';
  }
}

/**
 * What can be checked before anything starts: the data folder can be written (embedded database,
 * generated secrets) and the trusted-documents manifests load. Every problem is returned.
 */
export function preflight(config: Config): string[] {
  const problems: string[] = [];
  if (!config.databaseUrl || !config.authSecret) {
    try {
      fs.mkdirSync(config.dataDir, { recursive: true });
      fs.accessSync(config.dataDir, fs.constants.W_OK);
    } catch {
      problems.push(`DATA_DIR ${config.dataDir} cannot be created or written`);
    }
  }
  if (config.trustedDocuments !== 'off') {
    try {
      const store = TrustedDocumentStore.load(config.trustedDocumentsDir);
      if (config.trustedDocuments === 'only' && store.size === 0)
        problems.push(`TRUSTED_DOCUMENTS=only, but no manifest in ${config.trustedDocumentsDir} holds any document`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}

/** The server that holds a data folder: one at a time, so none stops another's PostgreSQL. */
export interface FolderClaim {
  /** Records the port this server listens on, for the refusal a second start prints. */
  listening(port: number): void;
  release(): void;
}

interface Holder {
  pid: number;
  port: number | null;
}

const isLive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A dead server's number reused by another program is not a holder.
  const cmdline = `/proc/${pid}/cmdline`;
  return !fs.existsSync(cmdline) || fs.readFileSync(cmdline, 'utf8').includes('node');
};

/**
 * Claims `dataDir` for this process (`server.lock`: its PID and port). A live holder is refused
 * with its PID and port, and left alone; a holder that died (kill -9) is replaced.
 */
export function claimDataFolder(dataDir: string): FolderClaim {
  const file = path.join(dataDir, 'server.lock');
  fs.mkdirSync(dataDir, { recursive: true });
  const write = (holder: Holder, flag: 'wx' | 'w') => fs.writeFileSync(file, `${JSON.stringify(holder)}\n`, { flag });
  for (let attempt = 0; ; attempt++) {
    try {
      write({ pid: process.pid, port: null }, 'wx');
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: Holder | null = null;
    try {
      holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
    } catch {
      // Being written, or garbled: read again below, or replaced.
    }
    if (holder && holder.pid !== process.pid && isLive(holder.pid)) {
      throw new StartupError([
        `Another server (PID ${holder.pid}${holder.port ? `, port ${holder.port}` : ', starting'}) is using the data folder ${dataDir}; it keeps serving. Stop it first, or give this one another DATA_DIR.`,
      ]);
    }
    if (attempt >= 2) throw new StartupError([`Cannot claim the data folder ${dataDir} (${file})`]);
    fs.rmSync(file, { force: true });
  }
  let released = false;
  return {
    listening: (port) => write({ pid: process.pid, port }, 'w'),
    release() {
      if (released) return;
      released = true;
      try {
        const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
        if (holder.pid === process.pid) fs.rmSync(file, { force: true });
      } catch {
        // Already gone.
      }
    },
  };
}

export interface Database {
  ownerUrl: string;
  appUrl: string;
  embedded: EmbeddedServer | null;
  /** Migrations applied by this start. */
  applied: string[];
}

/**
 * Starts the embedded server when DATABASE_URL is unset, applies migrations, readies the app role.
 * A failure stops the embedded server it started. In production a missing database is an error.
 */
export async function prepareDatabase(config: Config, log: (line: string) => void = () => {}): Promise<Database> {
  const secrets = config.databaseUrl ? null : localSecrets(config.dataDir);
  let embedded: EmbeddedServer | null = null;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'postgres'),
      port: config.embeddedPort,
      password: secrets!.postgresPassword,
      notice: log,
    });
    ownerUrl = embedded.url('estate');
    log(`embedded PostgreSQL on 127.0.0.1:${config.embeddedPort} (data in ${path.join(config.dataDir, 'postgres')})`);
  }
  try {
    // The embedded database is ours to create; a DATABASE_URL in production must name one that exists.
    if (await ensureDatabase(ownerUrl, { create: !config.production || embedded !== null }))
      log(`created database ${new URL(ownerUrl).pathname.slice(1)}`);
    const applied = await migrate(ownerUrl);
    if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
    // Derived from the owner's credentials: every process given them (the embedded one too) agrees.
    const appUrl = config.appDatabaseUrl ?? (await prepareAppRole(ownerUrl, derivedAppPassword(ownerUrl)));
    return { ownerUrl, appUrl, embedded, applied };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export function authSecret(config: Config): string {
  return config.authSecret ?? localSecrets(config.dataDir).authSecret;
}
