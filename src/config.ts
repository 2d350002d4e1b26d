// Environment, read and validated once at start-up.
import { isIP } from 'node:net';
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
  /** Log lines as JSON (the default) or `pretty` text for a developer's terminal; never colours. */
  logFormat: 'json' | 'pretty';
  /**
   * Proxies (addresses or CIDR blocks) whose X-Forwarded-For is believed: the sign-in limits then
   * count the address the nearest untrusted hop gave. Empty: the socket's own peer address.
   */
  trustProxy: string[];
  /**
   * Where clients reach this API (`https://api.example.com`): the base of document links and of the
   * verification links printed on receipts. Unset: http://localhost:<port> (start-up warns in production).
   */
  publicUrl: string | undefined;
  /** How long a document's signed link (Payment.receiptUrl and the like) works, in seconds. */
  documentLinkTtlSeconds: number;
  /** Signs document links and receipts' verification tokens; derived from the auth secret when unset. */
  documentSecret: string | undefined;
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

/** Every problem found in the environment, reported together (one line each, no stack trace). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Reads settings, noting each problem instead of stopping at the first. */
class Reader {
  readonly problems: string[] = [];
  constructor(readonly env: Env) {}

  problem(message: string): void {
    this.problems.push(message);
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    this.problem(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (allowed.includes(raw as T)) return raw as T;
    this.problem(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
    return fallback;
  }

  flag(name: string): boolean | undefined {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return undefined;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    this.problem(`${name} must be true or false, got "${raw}"`);
    return undefined;
  }

  list(name: string, valid: (entry: string) => boolean, expected: string): string[] | undefined {
    const raw = this.env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    const entries = raw
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const bad = entries.find((entry) => !valid(entry));
    if (bad === undefined) return entries;
    this.problem(`${name} must list ${expected}, got "${bad}"`);
    return [];
  }

  url(name: string): string | undefined {
    const raw = this.env[name] || undefined;
    if (raw === undefined) return undefined;
    if (/^postgres(?:ql)?:\/\//.test(raw) && URL.canParse(raw)) return raw;
    // The value itself may hold a password: never repeat it.
    this.problem(`${name} must be a URL such as postgresql://user:password@host:5432/database`);
    return undefined;
  }
}

const ORIGIN = /^(\*|https?:\/\/[A-Za-z0-9.-]+(:(\d{1,5}|\*))?)$/;

/** An IP address or a CIDR block (`10.0.0.0/8`, `::1`, `fd00::/8`). */
function isAddressOrBlock(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/** An http(s) origin, with an optional path prefix, without a trailing slash. */
function publicUrl(read: Reader): string | undefined {
  const raw = read.env.PUBLIC_URL?.trim();
  if (!raw) return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (url && /^https?:$/.test(url.protocol) && !url.search && !url.hash && !url.username && !url.password)
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  read.problem(`PUBLIC_URL must be an http(s) URL such as https://api.example.com, got "${raw}"`);
  return undefined;
}

/** A list of delays in seconds (`10,60,300`). */
function seconds(read: Reader, name: string, fallback: number[]): number[] {
  const raw = read.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const list = raw.split(',').map((entry) => Number(entry.trim()));
  if (list.length && list.every((n) => Number.isFinite(n) && n >= 0 && n <= 7 * 24 * 3600)) return list;
  read.problem(`${name} must list delays in seconds, such as 10,60,300, got "${raw}"`);
  return fallback;
}

/** `tty`: whether stdout is a terminal (the log is then readable text unless LOG_FORMAT says otherwise). */
export function loadConfig(env: Env = process.env, tty = !!process.stdout?.isTTY): Config {
  const read = new Reader(env);

  const production = env.NODE_ENV === 'production';
  const authSecret = env.AUTH_SECRET || undefined;
  if (production && !authSecret) read.problem('AUTH_SECRET is required when NODE_ENV=production');
  if (authSecret && authSecret.length < 32) read.problem('AUTH_SECRET must be at least 32 characters');
  const databaseUrl = read.url('DATABASE_URL');
  const appDatabaseUrl = read.url('APP_DATABASE_URL');
  if (production && env.DATABASE_URL && !env.APP_DATABASE_URL) {
    read.problem(
      'APP_DATABASE_URL is required when NODE_ENV=production: every replica must connect as the app role with the same credentials',
    );
  }
  if (production && env.PASSWORD_HASHING === 'test')
    read.problem('PASSWORD_HASHING=test cannot be used when NODE_ENV=production');
  const documentSecret = env.DOCUMENT_SECRET || undefined;
  if (documentSecret && documentSecret.length < 32) read.problem('DOCUMENT_SECRET must be at least 32 characters');
  if (production && env.SEED_DEMO && read.flag('SEED_DEMO'))
    read.problem('SEED_DEMO cannot be used when NODE_ENV=production: demo data is never seeded there');
  const config: Config = {
    production,
    host: env.HOST || '127.0.0.1',
    port: read.integer('PORT', 4000, 0, 65535),
    databaseUrl,
    appDatabaseUrl,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    embeddedPort: read.integer('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    authSecret,
    tokenTtlSeconds: read.integer('TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    signup: read.oneOf('SIGNUP', ['open', 'closed'] as const, production ? 'closed' : 'open'),
    seedDemo: production ? undefined : read.flag('SEED_DEMO'),
    logRequests: read.flag('LOG_REQUESTS') ?? !production,
    logFormat: read.oneOf('LOG_FORMAT', ['json', 'pretty'] as const, tty && !production ? 'pretty' : 'json'),
    metricsToken: env.METRICS_TOKEN || undefined,
    introspection: read.oneOf('INTROSPECTION', ['on', 'staff', 'off'] as const, production ? 'off' : 'on'),
    graphiql: read.flag('GRAPHIQL') ?? !production,
    compiledReads: read.flag('COMPILED_READS') ?? true,
    passwordHashing: read.oneOf('PASSWORD_HASHING', ['standard', 'test'] as const, 'standard'),
    trustedDocuments: read.oneOf('TRUSTED_DOCUMENTS', ['off', 'allow', 'only'] as const, 'off'),
    trustedDocumentsDir: path.resolve(env.TRUSTED_DOCUMENTS_DIR || 'trusted-documents'),
    corsOrigins:
      read.list(
        'CORS_ORIGINS',
        (entry) => ORIGIN.test(entry),
        'origins such as https://app.example.com or http://localhost:*',
      ) ?? (production ? [] : ['http://localhost:*', 'http://127.0.0.1:*']),
    trustProxy:
      read.list('TRUST_PROXY', isAddressOrBlock, 'IP addresses or CIDR blocks such as 10.0.0.5 or 10.0.0.0/8') ?? [],
    publicUrl: publicUrl(read),
    documentLinkTtlSeconds: read.integer('DOCUMENT_LINK_TTL_SECONDS', 300, 10, 24 * 3600),
    documentSecret,
    jobs: read.flag('JOBS') ?? true,
    jobsSweepSeconds: read.integer('JOBS_SWEEP_SECONDS', 30, 1, 3600),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'estate-api <no-reply@localhost>',
    webhookAllowPrivate: read.flag('WEBHOOK_ALLOW_PRIVATE') ?? false,
    webhookRetryDelays: seconds(read, 'WEBHOOK_RETRY_DELAYS', [10, 60, 300, 1800, 7200, 21600, 43200]),
    webhookRetryWindowSeconds: read.integer('WEBHOOK_RETRY_WINDOW_SECONDS', 72 * 3600, 1, 30 * 24 * 3600),
    webhookTimeoutSeconds: read.integer('WEBHOOK_TIMEOUT_SECONDS', 10, 1, 60),
    paystackBaseUrl: (env.PAYSTACK_BASE_URL || 'https://api.paystack.co').replace(/\/$/, ''),
    paymentCallbackUrl: env.PAYMENT_CALLBACK_URL || undefined,
  };
  if (read.problems.length) throw new ConfigError(read.problems);
  return config;
}
