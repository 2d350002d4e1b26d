// Slows down password guessing: after MAX_FAILURES failed sign-ins for one email within WINDOW_MS,
// further attempts for it are refused until the window has passed. Kept in memory: per process.
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;

export class LoginLimiter {
  private failures = new Map<string, { count: number; first: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfter(key: string): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    const elapsed = this.now() - entry.first;
    if (elapsed >= WINDOW_MS) { this.failures.delete(key); return 0; }
    return entry.count >= MAX_FAILURES ? WINDOW_MS - elapsed : 0;
  }

  fail(key: string): void {
    const entry = this.failures.get(key);
    if (!entry || this.now() - entry.first >= WINDOW_MS) this.failures.set(key, { count: 1, first: this.now() });
    else entry.count += 1;
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
