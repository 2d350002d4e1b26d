// Password hashing with argon2id (@node-rs/argon2: Rust, prebuilt for each platform, run on libuv's
// thread pool) at OWASP's parameters: 19 MiB, 2 passes, 1 lane. Hashes of the earlier scheme
// (`scrypt$N$r$p$salt$key`, N = 2^15) still verify, and the sign-in that proves a password
// replaces its hash (needsRehash). Each hash holds a thread-pool thread for tens of milliseconds,
// so at most HASH_CONCURRENCY run at once and HASH_QUEUE more may wait; past that a flood is
// refused at once (SERVICE_UNAVAILABLE, retry in a second). Callers hash before their first
// statement or after their transaction, never while holding a database connection.
//
// Every check computes exactly one hash, whatever fails (no password, an invitation pending, a
// wrong one). A check against an old scrypt hash costs more than one against argon2id, which
// would tell an account that has not signed in since the upgrade from an unknown email; so a
// failed argon2id check is answered only after as long as an old one would have taken (by the
// ratio of the two: measured at the first check, then kept current from real checks), by a
// timer, which holds no thread.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { hash as argon2Hash, verify as argon2Verify, type Options } from '@node-rs/argon2';
import type { PasswordHashing } from '../config.ts';
import { unavailable } from '../shared/errors.ts';
import { Gate } from '../shared/gate.ts';

/** The package's `Algorithm.Argon2id` (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2;
const ARGON2: Record<PasswordHashing, Options> = {
  standard: { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  test: { algorithm: ARGON2ID, memoryCost: 1_024, timeCost: 1, parallelism: 1 },
};
/** The earlier scheme's cost, at which its stored hashes were made (tests made theirs cheaply). */
const LEGACY: Record<PasswordHashing, ScryptOptions> = {
  standard: { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 },
  test: { N: 2 ** 10, r: 8, p: 1, maxmem: 64 * 1024 * 1024 },
};
const MAXMEM = 256 * 1024 * 1024;
/**
 * Hashes at once: one core fewer than the machine has (at least one, at most libuv's 4 threads), so
 * a sign-in flood never takes every core from the requests of people already signed in.
 */
export const HASH_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism() - 1));
export const HASH_QUEUE = 64;

interface ScryptHash {
  params: ScryptOptions;
  salt: Buffer;
  key: Buffer;
}

/** `scrypt$N$r$p$salt$key` (base64url parts), the earlier scheme. */
function parseScrypt(stored: string): ScryptHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, N, r, p, salt, key] = parts.map((part, i) => (i >= 1 && i <= 3 ? Number(part) : part)) as [
    string,
    number,
    number,
    number,
    string,
    string,
  ];
  // Bounded, so a stored value cannot ask for unbounded work or memory.
  if (![N, r, p].every(Number.isSafeInteger) || N < 2 || N > 2 ** 20 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return {
    params: { N, r, p, maxmem: MAXMEM },
    salt: Buffer.from(salt, 'base64url'),
    key: Buffer.from(key, 'base64url'),
  };
}

const isArgon2id = (stored: string) => stored.startsWith('$argon2id$');

/**
 * How long a failed argon2id check waits after its hash: as long as a check of an old (scrypt)
 * hash would have taken, scaled to this very check (`ms`), so every failure takes the same time.
 */
export const failurePadMs = (ms: number, costs: { argon2: number; scrypt: number }): number =>
  ms * Math.max(0, costs.scrypt / Math.max(costs.argon2, 0.1) - 1);

/** One process's password hashing: its cost, its gate, and how many hashes it computed. */
export class Passwords {
  private readonly options: Options;
  private readonly legacy: ScryptOptions;
  /** An argon2id hash of nothing anyone knows: what a check without a stored hash verifies against. */
  private dummy: Promise<string> | null = null;
  /** How long a check of each scheme takes here, in ms (measured at the first check, then kept current). */
  private costs: Promise<{ argon2: number; scrypt: number }> | null = null;
  private readonly gate = new Gate(HASH_CONCURRENCY, HASH_QUEUE, () =>
    unavailable('Too many sign-ins at once: try again in a moment.'),
  );
  /** Hashes computed for checks and new passwords (every password check costs exactly one). */
  computed = 0;

  constructor(hashing: PasswordHashing) {
    this.options = ARGON2[hashing];
    this.legacy = LEGACY[hashing];
  }

  /** Runs one hash through the gate, counting it, and says how long the hash itself took (ms). */
  private async timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
    return this.gate.run(async () => {
      this.computed++;
      const started = performance.now();
      const value = await work();
      return { value, ms: performance.now() - started };
    });
  }

  private scryptKey(password: string, salt: Buffer, params: ScryptOptions, length: number): Promise<Buffer> {
    return new Promise((resolve, reject) =>
      scrypt(password.normalize('NFKC'), salt, length, params, (err, key) => (err ? reject(err) : resolve(key))),
    );
  }

  private dummyHash(): Promise<string> {
    this.dummy ??= argon2Hash(randomBytes(32).toString('base64url'), this.options);
    return this.dummy;
  }

  /** Measured outside the count and the gate, once: three hashes of each scheme, interleaved, medians. */
  private measured(): Promise<{ argon2: number; scrypt: number }> {
    this.costs ??= (async () => {
      const argon2: number[] = [];
      const scrypt: number[] = [];
      const salt = randomBytes(16);
      for (let i = 0; i < 3; i++) {
        let started = performance.now();
        await argon2Hash('calibration', { ...this.options, salt });
        argon2.push(performance.now() - started);
        started = performance.now();
        await this.scryptKey('calibration', salt, this.legacy, 32);
        scrypt.push(performance.now() - started);
      }
      const median = (xs: number[]) => xs.sort((x, y) => x - y)[1];
      return { argon2: median(argon2), scrypt: median(scrypt) };
    })();
    return this.costs;
  }

  /** Folds a real check's duration into the running estimate of its scheme. */
  private async observe(scheme: 'argon2' | 'scrypt', ms: number): Promise<{ argon2: number; scrypt: number }> {
    const costs = await this.measured();
    costs[scheme] = costs[scheme] * 0.8 + ms * 0.2;
    return costs;
  }

  /** Measures the two schemes now (about a second at the standard cost), so no sign-in waits for it. */
  async warmUp(): Promise<void> {
    await Promise.all([this.measured(), this.dummyHash()]);
  }

  async hash(password: string): Promise<string> {
    const { value } = await this.timed(() => argon2Hash(password.normalize('NFKC'), this.options));
    return value;
  }

  /** Whether `stored` was made by an earlier scheme or at another cost: hash the password again. */
  needsRehash(stored: string | null | undefined): boolean {
    if (!stored || !isArgon2id(stored)) return true;
    const { memoryCost, timeCost, parallelism } = this.options;
    return !stored.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}$`);
  }

  /**
   * Whether `password` matches `stored`. Every failure costs one full hash and the same time,
   * whether there is no password, a lock awaiting an invitation, or a wrong one.
   */
  async verify(password: string, stored: string | null | undefined): Promise<boolean> {
    const text = password.normalize('NFKC');
    const old = stored ? parseScrypt(stored) : null;
    if (old) {
      const { value: key, ms } = await this.timed(() => this.scryptKey(password, old.salt, old.params, old.key.length));
      // Only hashes at the earlier standard cost tell how long one takes.
      if (old.params.N === this.legacy.N && old.params.r === this.legacy.r) await this.observe('scrypt', ms);
      return key.length === old.key.length && old.key.length > 0 && timingSafeEqual(key, old.key);
    }
    const real = stored && isArgon2id(stored) ? stored : null;
    const against = real ?? (await this.dummyHash());
    const { value: matched, ms } = await this.timed(() => argon2Verify(against, text).catch(() => false));
    const costs = await this.observe('argon2', ms);
    if (real && matched) return true;
    await sleep(failurePadMs(ms, costs));
    return false;
  }
}
