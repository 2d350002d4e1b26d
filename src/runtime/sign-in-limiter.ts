// Slows down password guessing, with counts kept in PostgreSQL (app_sign_in_attempt) so every API
// process shares them and a restart forgets nothing. Three limits, each counted before the
// password is checked, in one statement, so parallel guesses cannot slip past:
//   - an account (company slug + email): MAX_ATTEMPTS checks per window, forgotten on success;
//   - a source address: MAX_SOURCE_FAILURES failed sign-ins per window, whatever the accounts
//     (password spraying: one password tried on many emails);
//   - a company: MAX_COMPANY_FAILURES failed sign-ins per window from all sources together.
// A successful sign-in gives back what it took from its source and company (app_sign_in_refund),
// so only failures use them up.
import { createHash } from 'node:crypto';
import type { BaseClient } from '../db/client.ts';

export const MAX_ATTEMPTS = 5;
export const MAX_SOURCE_FAILURES = 20;
export const MAX_COMPANY_FAILURES = 200;
export const WINDOW_SECONDS = 15 * 60;

const keyOf = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex');

/** Who is signing in where: the counts an attempt takes from. */
export interface SignInAttempt {
  companySlug: string;
  email: string;
  /** The client's address (ClientAddresses.of), null when unknown. */
  source: string | null;
}

/** The counts one attempt took; give them back with `succeeded` or `release`. */
export interface Taken {
  keys: string[];
}

export class SignInLimiter {
  // Outside any operation transaction, on purpose: a refused sign-in rolls its operation back,
  // and the attempt must count all the same.
  constructor(private readonly base: BaseClient) {}

  private async take(key: string, max: number): Promise<number> {
    const [row] = await this.base.$queryRaw<{ wait: number }[]>`
      SELECT app_sign_in_attempt(${key}, ${max}::int, ${WINDOW_SECONDS}::int) AS wait`;
    return row.wait;
  }

  private async refund(keys: string[]): Promise<void> {
    for (const key of keys) await this.base.$executeRaw`SELECT app_sign_in_refund(${key})`;
  }

  /**
   * Counts an attempt against its source, its company, then its account, stopping at the first
   * limit reached (what it took until then is given back: a refused attempt uses up nothing
   * else). 0 and what it took when the password may be checked, else the seconds to wait.
   */
  async attempt(attempt: SignInAttempt): Promise<{ wait: number; taken: Taken }> {
    const limits: [string, number][] = [
      ...(attempt.source ? ([[keyOf('source', attempt.source), MAX_SOURCE_FAILURES]] as [string, number][]) : []),
      [keyOf('company', attempt.companySlug), MAX_COMPANY_FAILURES],
    ];
    const taken: string[] = [];
    for (const [key, max] of limits) {
      const wait = await this.take(key, max);
      if (wait > 0) {
        await this.refund(taken);
        return { wait, taken: { keys: [] } };
      }
      taken.push(key);
    }
    // The account's own count (kept as it was before the other two: keyed by slug and email).
    const wait = await this.take(keyOf(attempt.companySlug, attempt.email), MAX_ATTEMPTS);
    if (wait > 0) await this.refund(taken);
    return { wait, taken: { keys: wait > 0 ? [] : taken } };
  }

  /** A successful sign-in: its account starts afresh, its source and company get their count back. */
  async succeeded(attempt: SignInAttempt, taken: Taken): Promise<void> {
    await this.base.$executeRaw`SELECT app_sign_in_succeeded(${keyOf(attempt.companySlug, attempt.email)})`;
    await this.refund(taken.keys);
  }
}
