// Password hashing with scrypt from Node's own crypto (OpenSSL): no native add-on to build. Each
// hash takes tens of milliseconds of a thread-pool thread, so at most HASH_CONCURRENCY run at once
// and HASH_QUEUE more may wait; past that a flood is refused at once (SERVICE_UNAVAILABLE, retry
// in a second) instead of queueing every request behind it. Callers hash before their first
// statement or after their transaction, never while holding a database connection.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { unavailable } from '../../shared/errors.ts';
import { Gate } from '../../shared/gate.ts';

const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } satisfies ScryptOptions;
const KEY_LENGTH = 32;
/** libuv's thread pool has 4 threads by default: more at once only queues inside it. */
export const HASH_CONCURRENCY = 4;
export const HASH_QUEUE = 64;

const hashing = new Gate(HASH_CONCURRENCY, HASH_QUEUE, () => unavailable('Too many sign-ins at once: try again in a moment.'));
let computed = 0;

/** Hashes computed by this process (every password check costs exactly one, whatever its outcome). */
export const hashesComputed = () => computed;

function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return hashing.run(() => {
    computed++;
    return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, params, (err, key) => (err ? reject(err) : resolve(key))));
  });
}

/** `scrypt$N$r$p$salt$hash`, base64url parts, so parameters can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface StoredHash {
  params: ScryptOptions;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string | null | undefined): StoredHash | null {
  const parts = stored?.split('$') ?? [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, N, r, p, salt, key] = parts;
  return { params: { N: Number(N), r: Number(r), p: Number(p), maxmem: PARAMS.maxmem }, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

const DUMMY = parse(['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, 'AAAAAAAAAAAAAAAAAAAAAA', 'A'.repeat(43)].join('$'))!;

/**
 * Whether `password` matches `stored`. Every failure costs one full hash, whether there is no
 * password, a lock awaiting an invitation, or a wrong one: timing tells none of them apart.
 */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const real = parse(stored);
  const { params, salt, key: expected } = real ?? DUMMY;
  const key = await derive(password, salt, params);
  return real !== null && key.length === expected.length && timingSafeEqual(key, expected);
}
