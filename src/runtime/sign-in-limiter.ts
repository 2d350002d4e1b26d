// Slows down password guessing: at most MAX_ATTEMPTS password checks per (company slug, email)
// within WINDOW_SECONDS. The counts live in PostgreSQL (app_sign_in_attempt), so every API process
// shares them and a restart forgets nothing, and each attempt is counted before its password is
// checked, in one statement: parallel guesses cannot slip past the limit.
import { createHash } from 'node:crypto';
import type { BaseClient } from '../db/client.ts';

export const MAX_ATTEMPTS = 5;
export const WINDOW_SECONDS = 15 * 60;

const keyOf = (companySlug: string, email: string) =>
  createHash('sha256').update(`${companySlug}\n${email}`).digest('hex');

export class SignInLimiter {
  // Outside any operation transaction, on purpose: a refused sign-in rolls its operation back,
  // and the attempt must count all the same.
  constructor(private readonly base: BaseClient) {}

  /** Counts an attempt; 0 when its password may be checked, else the seconds to wait. */
  async attempt(companySlug: string, email: string): Promise<number> {
    const [row] = await this.base.$queryRaw<{ wait: number }[]>`
      SELECT app_sign_in_attempt(${keyOf(companySlug, email)}, ${MAX_ATTEMPTS}::int, ${WINDOW_SECONDS}::int) AS wait`;
    return row.wait;
  }

  async succeeded(companySlug: string, email: string): Promise<void> {
    await this.base.$executeRaw`SELECT app_sign_in_succeeded(${keyOf(companySlug, email)})`;
  }
}
