// Password hashing with scrypt from Node's own crypto (OpenSSL): no native add-on to build. Each
// hash takes tens of milliseconds of a thread-pool thread, so at most HASH_CONCURRENCY run at once
// and HASH_QUEUE more may wait; past that a flood is refused at once (SERVICE_UNAVAILABLE, retry
// in a second) instead of queueing every request behind it. Callers hash before their first
// statement or after their transaction, never while holding a database connection.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import type { PasswordHashing } from '../config.ts';
import { unavailable } from '../shared/errors.ts';
import { Gate } from '../shared/gate.ts';

const COST: Record<PasswordHashing, ScryptOptions> = {
  standard: { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 },
  test: { N: 2 ** 10, r: 8, p: 1, maxmem: 64 * 1024 * 1024 },
};
const KEY_LENGTH = 32;
/** libuv's thread pool has 4 threads by default: more at once only queues inside it. */
export const HASH_CONCURRENCY = 4;
export const HASH_QUEUE = 64;

interface StoredHash {
  params: ScryptOptions;
  salt: Buffer;
  key: Buffer;
}

/** `scrypt$N$r$p$salt$hash`, base64url parts, so parameters can be raised later. */
function parse(stored: string | null | undefined): StoredHash | null {
  const parts = stored?.split('$') ?? [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, N, r, p, salt, key] = parts;
  return {
    params: { N: Number(N), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 },
    salt: Buffer.from(salt, 'base64url'),
    key: Buffer.from(key, 'base64url'),
  };
}

/** One process's password hashing: its cost, its gate, and how many hashes it computed. */
export class Passwords {
  private readonly params: ScryptOptions;
  private readonly dummy: StoredHash;
  private readonly gate = new Gate(HASH_CONCURRENCY, HASH_QUEUE, () =>
    unavailable('Too many sign-ins at once: try again in a moment.'),
  );
  /** Hashes computed (every password check costs exactly one, whatever its outcome). */
  computed = 0;

  constructor(hashing: PasswordHashing) {
    this.params = COST[hashing];
    const { N, r, p } = this.params;
    this.dummy = parse(['scrypt', N, r, p, 'AAAAAAAAAAAAAAAAAAAAAA', 'A'.repeat(43)].join('$'))!;
  }

  private derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
    return this.gate.run(() => {
      this.computed++;
      return new Promise((resolve, reject) =>
        scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, params, (err, key) => (err ? reject(err) : resolve(key))),
      );
    });
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await this.derive(password, salt, this.params);
    const { N, r, p } = this.params;
    return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  /**
   * Whether `password` matches `stored`. Every failure costs one full hash, whether there is no
   * password, a lock awaiting an invitation, or a wrong one: timing tells none of them apart.
   */
  async verify(password: string, stored: string | null | undefined): Promise<boolean> {
    const real = parse(stored);
    const { params, salt, key: expected } = real ?? this.dummy;
    const key = await this.derive(password, salt, params);
    return real !== null && key.length === expected.length && timingSafeEqual(key, expected);
  }
}
