// Passwords: argon2id at OWASP's parameters (cheaper ones under PASSWORD_HASHING=test), hashes of
// the earlier scheme (scrypt) still accepted and replaced at the next successful sign-in, and
// every failed check costing one hash and the same time, whichever scheme the account's hash uses.
import { randomBytes, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failurePadMs, Passwords } from '../src/runtime/passwords.ts';
import { localId } from './support/ids.ts';
import { codes, createTestApp, type TestApp } from './support/app.ts';
import { createCompany, login, PASSWORD, type CompanyFixture } from './support/fixtures.ts';

/** A hash as the earlier scheme wrote it: `scrypt$N$r$p$salt$key`. */
function scryptHash(password: string, N: number): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', N, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

let app: TestApp;
let a: CompanyFixture;
beforeAll(async () => {
  app = await createTestApp();
  a = await createCompany(app, 'Hashing Estates');
});
afterAll(async () => {
  await app?.close();
});

const storedHash = async (email: string) =>
  (
    await app.owner.query<{ passwordHash: string }>(
      'SELECT c."passwordHash" FROM "Credential" c JOIN "User" u ON u.id = c."userId" WHERE u.email = $1 AND c."companyId" = $2',
      [email, localId(a.id)],
    )
  ).rows[0].passwordHash;

describe('password hashes', () => {
  it('are argon2id, at OWASP’s parameters outside tests (19 MiB, 2 passes, 1 lane)', async () => {
    expect(await storedHash(a.admin.email)).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    const standard = new Passwords('standard');
    const hash = await standard.hash('a password');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await standard.verify('a password', hash)).toBe(true);
    expect(await standard.verify('another', hash)).toBe(false);
    expect(standard.needsRehash(hash)).toBe(false);
    expect(new Passwords('test').needsRehash(hash)).toBe(true);
  });

  it('of the earlier scheme still sign in, and are replaced by argon2id at that sign-in', async () => {
    const old = scryptHash(PASSWORD, 2 ** 10);
    await app.owner.query(
      'UPDATE "Credential" SET "passwordHash" = $1 WHERE "companyId" = $2 AND "userId" = (SELECT id FROM "User" WHERE email = $3)',
      [old, localId(a.id), a.marketer.email],
    );
    // A wrong password changes nothing.
    const wrong = await app.raw('mutation($i: LoginInput!) { login(input: $i) { token } }', {
      i: { company: a.slug, email: a.marketer.email, password: 'not it' },
    });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(await storedHash(a.marketer.email)).toBe(old);
    expect(await login(app, a.slug, a.marketer.email, PASSWORD)).toBeTruthy();
    const upgraded = await storedHash(a.marketer.email);
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await login(app, a.slug, a.marketer.email, PASSWORD)).toBeTruthy();
    expect(await storedHash(a.marketer.email)).toBe(upgraded);
  });

  it('cost every failed check one hash, whether the stored hash is old, new or missing', async () => {
    const passwords = new Passwords('test');
    const stored = [null, await passwords.hash('right'), scryptHash('right', 2 ** 10)];
    for (const hash of stored) {
      const before = passwords.computed;
      expect(await passwords.verify('wrong', hash)).toBe(false);
      expect(passwords.computed - before).toBe(1);
    }
  });

  it('wait after a failed argon2id check as long as an old check takes, scaled to the check itself', () => {
    // Times are asserted in the functions that set them, not measured here (a busy machine would
    // decide a measured test); the cost of each scheme is measured at start-up.
    expect(failurePadMs(100, { argon2: 100, scrypt: 250 })).toBe(150);
    expect(failurePadMs(120, { argon2: 100, scrypt: 250 })).toBeCloseTo(180);
    expect(failurePadMs(100, { argon2: 300, scrypt: 250 })).toBe(0);
    expect(failurePadMs(5, { argon2: 0, scrypt: 250 })).toBe(5 * (250 / 0.1 - 1));
  });
});
