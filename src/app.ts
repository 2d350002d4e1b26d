// Start-up shared by `npm start`, the seed, the tools and the tests: the database (embedded, or
// DATABASE_URL) -> migrations -> the app role, and the secrets of the embedded default.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from './db/embedded.ts';
import { derivedAppPassword, ensureDatabase, migrate, prepareAppRole } from './db/migrations.ts';

/** Secrets of the embedded default, generated once and kept under the data folder. */
interface LocalSecrets {
  postgresPassword: string;
  appPassword: string;
  authSecret: string;
}

export function localSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as LocalSecrets;
  const make = () => randomBytes(32).toString('base64url');
  const secrets = { postgresPassword: make(), appPassword: make(), authSecret: make() };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

export interface Database {
  ownerUrl: string;
  appUrl: string;
  embedded: EmbeddedServer | null;
  /** Migrations applied by this start. */
  applied: string[];
}

/** Starts the embedded server when DATABASE_URL is unset, applies migrations, readies the app role. */
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
    await ensureDatabase(ownerUrl);
    const applied = await migrate(ownerUrl);
    if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
    const appUrl =
      config.appDatabaseUrl ?? (await prepareAppRole(ownerUrl, secrets?.appPassword ?? derivedAppPassword(ownerUrl)));
    return { ownerUrl, appUrl, embedded, applied };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export function authSecret(config: Config): string {
  return config.authSecret ?? localSecrets(config.dataDir).authSecret;
}
