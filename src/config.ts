// Environment, read and validated once at start-up.
import path from 'node:path';

export type SignupMode = 'open' | 'closed';
/** Who may introspect the schema: anyone, signed-in staff, or nobody. */
export type IntrospectionMode = 'on' | 'staff' | 'off';
/** Which operations run: any text (`off`, hashes refused), hash or text (`allow`), or only known hashes (`only`). */
export type TrustedDocumentsMode = 'off' | 'allow' | 'only';

/** `standard` in every deployment; `test` is cheap, for test suites only (refused in production). */
export type PasswordHashing = 'standard' | 'test';

export interface Config {
  production: boolean;
  host: string;
  port: number;
  /** Owner connection (runs migrations). Unset: an embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  /** Connection for the API's own role; derived from `databaseUrl` when unset. */
  appDatabaseUrl: string | undefined;
  dataDir: string;
  embeddedPort: number;
  authSecret: string | undefined;
  tokenTtlSeconds: number;
  signup: SignupMode;
  /** Seed demo data into an empty database (default: only for the embedded database; never in production). */
  seedDemo: boolean | undefined;
  logRequests: boolean;
  /** Bearer token GET /metrics requires; without one, /metrics is open (and off in production). */
  metricsToken: string | undefined;
  introspection: IntrospectionMode;
  /** Serve GraphiQL at GET /graphql (its assets come from our own dependencies, never a CDN). */
  graphiql: boolean;
  trustedDocuments: TrustedDocumentsMode;
  /** Folder whose `*.json` manifests (hash -> document) are loaded at start. */
  trustedDocumentsDir: string;
  /** Browser origins allowed besides the API's own: exact (`https://app.example.com`), any port (`http://localhost:*`) or `*`. */
  corsOrigins: string[];
  /** Answer the reads src/http/compiled-reads.ts knows with one statement (COMPILED_READS, default true). */
  compiledReads: boolean;
  /** `test` hashes passwords cheaply (PASSWORD_HASHING=test; test suites only, refused in production). */
  passwordHashing: PasswordHashing;
  /** Run the job worker in this process (JOBS, default true): every replica takes jobs. */
  jobs: boolean;
  /** How often each replica looks for work that is due and has no job (reminders, retries), in seconds. */
  jobsSweepSeconds: number;
  /** SMTP server for e-mail (smtp://user:pass@host:port or smtps://…); unset: e-mail reminders are not sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Webhook URLs may point at loopback, private and link-local addresses (tests and local setups only). */
  webhookAllowPrivate: boolean;
  /** Delays between attempts of a webhook delivery, in seconds; the last repeats. */
  webhookRetryDelays: number[];
  /** How long a delivery is retried before it is given up, in seconds (72 hours). */
  webhookRetryWindowSeconds: number;
  /** Seconds a webhook receiver has to answer. */
  webhookTimeoutSeconds: number;
  /** Paystack's API (its documented base URL; tests point it at a local fake). */
  paystackBaseUrl: string;
  /** Where the gateway sends the payer back after checkout. */
  paymentCallbackUrl: string | undefined;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function flag(env: Env, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

const ORIGIN = /^(\*|https?:\/\/[A-Za-z0-9.-]+(:(\d{1,5}|\*))?)$/;

function origins(env: Env, name: string, fallback: string[]): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const list = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = list.find((entry) => !ORIGIN.test(entry));
  if (bad)
    throw new Error(`${name} must list origins such as https://app.example.com or http://localhost:*, got "${bad}"`);
  return list;
}

function seconds(env: Env, name: string, fallback: number[]): number[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const list = raw.split(',').map((entry) => Number(entry.trim()));
  if (!list.length || list.some((n) => !Number.isFinite(n) || n < 0 || n > 7 * 24 * 3600))
    throw new Error(`${name} must list delays in seconds, such as 10,60,300, got "${raw}"`);
  return list;
}

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const authSecret = env.AUTH_SECRET || undefined;
  if (production && !authSecret) throw new Error('AUTH_SECRET is required when NODE_ENV=production');
  if (authSecret && authSecret.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters');
  if (production && env.DATABASE_URL && !env.APP_DATABASE_URL) {
    throw new Error(
      'APP_DATABASE_URL is required when NODE_ENV=production: every replica must connect as the app role with the same credentials',
    );
  }
  if (production && env.PASSWORD_HASHING === 'test')
    throw new Error('PASSWORD_HASHING=test cannot be used when NODE_ENV=production');
  if (production && flag(env, 'SEED_DEMO'))
    throw new Error('SEED_DEMO cannot be used when NODE_ENV=production: demo data is never seeded there');
  return {
    production,
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    appDatabaseUrl: env.APP_DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    authSecret,
    tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    signup: oneOf(env, 'SIGNUP', ['open', 'closed'] as const, production ? 'closed' : 'open'),
    seedDemo: flag(env, 'SEED_DEMO'),
    logRequests: flag(env, 'LOG_REQUESTS') ?? !production,
    metricsToken: env.METRICS_TOKEN || undefined,
    introspection: oneOf(env, 'INTROSPECTION', ['on', 'staff', 'off'] as const, production ? 'off' : 'on'),
    graphiql: flag(env, 'GRAPHIQL') ?? !production,
    compiledReads: flag(env, 'COMPILED_READS') ?? true,
    passwordHashing: oneOf(env, 'PASSWORD_HASHING', ['standard', 'test'] as const, 'standard'),
    trustedDocuments: oneOf(env, 'TRUSTED_DOCUMENTS', ['off', 'allow', 'only'] as const, 'off'),
    trustedDocumentsDir: path.resolve(env.TRUSTED_DOCUMENTS_DIR || 'trusted-documents'),
    corsOrigins: origins(env, 'CORS_ORIGINS', production ? [] : ['http://localhost:*', 'http://127.0.0.1:*']),
    jobs: flag(env, 'JOBS') ?? true,
    jobsSweepSeconds: seconds(env, 'JOBS_SWEEP_SECONDS', [30])[0] || 30,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'estate-api <no-reply@localhost>',
    webhookAllowPrivate: flag(env, 'WEBHOOK_ALLOW_PRIVATE') ?? false,
    webhookRetryDelays: seconds(env, 'WEBHOOK_RETRY_DELAYS', [10, 60, 300, 1800, 7200, 21600, 43200]),
    webhookRetryWindowSeconds: integer(env, 'WEBHOOK_RETRY_WINDOW_SECONDS', 72 * 3600, 1, 30 * 24 * 3600),
    webhookTimeoutSeconds: integer(env, 'WEBHOOK_TIMEOUT_SECONDS', 10, 1, 60),
    paystackBaseUrl: (env.PAYSTACK_BASE_URL || 'https://api.paystack.co').replace(/\/$/, ''),
    paymentCallbackUrl: env.PAYMENT_CALLBACK_URL || undefined,
  };
}
