// What one process holds while it serves (config, the database client, tokens, password hashing,
// the sign-in limiter, events, the viewer cache and document links), built once at start.
import type { Config } from '../config.ts';
import { type BaseClient, createBaseClient, createPool, type OnQuery } from '../db/client.ts';
import { DirectReads } from '../db/direct-reads.ts';
import { personIdFor } from '../db/cross-company.ts';
import { Notifications } from '../db/notifications.ts';
import { createLogger, type Logger } from '../shared/logger.ts';
import { ClientAddresses } from './client-address.ts';
import { DocumentLinks } from './document-links.ts';
import { Passwords } from './passwords.ts';
import { SignInLimiter } from './sign-in-limiter.ts';
import { Tokens } from './tokens.ts';
import { Viewers } from './viewers.ts';
import { createMailer, type Mailer } from './mailer.ts';

export interface Runtime {
  config: Config;
  /** The base client: only src/db/, sessions and operator tooling use it; services get a tenant `db`. */
  base: BaseClient;
  /** The read planner's statements, on the same pool without Prisma (src/db/direct-reads.ts). */
  directReads: DirectReads;
  tokens: Tokens;
  /** Password hashing at the configured cost, at most a few at once. */
  passwords: Passwords;
  signInLimiter: SignInLimiter;
  /** Events shared by every process on the database (LISTEN/NOTIFY): subscriptions, cache drops. */
  notifications: Notifications;
  /** Whose sign-ins are still good, as far as this process knows (kept current through notifications). */
  viewers: Viewers;
  /** Where requests come from (TRUST_PROXY). */
  clientAddresses: ClientAddresses;
  /** The one logger: request lines, errors, notices. */
  logger: Logger;
  /**
   * The person's id for an email, the person created if new to the API: in a statement of its own,
   * before the operation's transaction (see personIdFor).
   */
  personId(email: string): Promise<string>;
  /** Signs and checks links to documents (receipts, statements, allocation letters). */
  documents: DocumentLinks;
  /** The API role's connection URL (the job worker opens its own pool with it). */
  appUrl: string;
  /** E-mail through SMTP_URL; null when none is configured. */
  mailer: Mailer | null;
  /** Closes the database connections (the caller stops serving first). */
  close(): Promise<void>;
}

export function createRuntime(
  config: Config,
  appUrl: string,
  secret: string,
  poolSize = 10,
  onQuery?: OnQuery,
  logger: Logger = createLogger(config.logFormat),
): Runtime {
  const pool = createPool(appUrl, poolSize);
  const base = createBaseClient(pool, onQuery);
  const notifications = new Notifications(appUrl, (line) => logger.warn(line));
  return {
    config,
    base,
    directReads: new DirectReads(pool, onQuery),
    tokens: new Tokens(secret, config.tokenTtlSeconds),
    passwords: new Passwords(config.passwordHashing),
    signInLimiter: new SignInLimiter(base),
    notifications,
    viewers: new Viewers(base, notifications),
    clientAddresses: new ClientAddresses(config.trustProxy),
    logger,
    personId: (email) => personIdFor(base, email),
    documents: new DocumentLinks(
      config.documentSecret ?? secret,
      config.publicUrl ?? `http://localhost:${config.port}`,
      config.documentLinkTtlSeconds,
    ),
    appUrl,
    mailer: config.smtpUrl ? createMailer(config.smtpUrl, config.mailFrom) : null,
    async close() {
      await notifications.stop();
      await base.$disconnect();
    },
  };
}
