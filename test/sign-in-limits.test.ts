// Password spraying: one password tried on many accounts. Failed sign-ins are limited per source
// address (X-Forwarded-For believed only from a proxy TRUST_PROXY names) and per company, counted
// in PostgreSQL before the password is checked; a successful sign-in gives its count back. Real
// sockets from several loopback addresses, through a real listener.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../src/http/listen.ts';
import { ClientAddresses } from '../src/runtime/client-address.ts';
import { MAX_COMPANY_FAILURES, MAX_SOURCE_FAILURES } from '../src/runtime/sign-in-limiter.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { createCompany, PASSWORD, type CompanyFixture } from './support/fixtures.ts';
import { type Answer, postFrom } from './support/sources.ts';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const code = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code ?? 'OK';

let app: TestApp;
let server: Listening;
let a: CompanyFixture;
let b: CompanyFixture;
beforeAll(async () => {
  app = await createTestApp();
  [a, b] = [await createCompany(app, 'Sprayed Estates'), await createCompany(app, 'Other Estates')];
  server = await listen(app.runtime, 0, '127.0.0.1');
});
afterAll(async () => {
  await server?.close();
  await app?.close();
});

const spray = (from: string, company: string, n: number, tag: string, headers: Record<string, string> = {}) =>
  postFrom(
    server.port,
    from,
    LOGIN,
    { i: { company, email: `${tag}-${n}@example.com`, password: 'Summer2026!' } },
    headers,
  );

describe('a spray of one password over many emails', () => {
  it('is RATE_LIMITED (429, Retry-After) after 20 failures from one address; another address is not', async () => {
    const answers: Answer[] = [];
    for (let n = 0; n < 30; n++) answers.push(await spray('127.0.0.2', a.slug, n, 'spray'));
    expect(answers.map(code)).toEqual([
      ...Array(MAX_SOURCE_FAILURES).fill('UNAUTHENTICATED'),
      ...Array(30 - MAX_SOURCE_FAILURES).fill('RATE_LIMITED'),
    ]);
    const refused = answers.at(-1)!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.errors?.[0].extensions?.retryAfterSeconds).toBe(Number(refused.headers['retry-after']));
    // The limit is the address's, whatever the company or account.
    expect(code(await spray('127.0.0.2', b.slug, 0, 'elsewhere'))).toBe('RATE_LIMITED');
    const admin = { company: a.slug, email: a.admin.email, password: PASSWORD };
    expect(code(await postFrom(server.port, '127.0.0.2', LOGIN, { i: admin }))).toBe('RATE_LIMITED');
    // Another client is not held back by it.
    expect(code(await postFrom(server.port, '127.0.0.3', LOGIN, { i: admin }))).toBe('OK');
  });

  it('checks at most 20 passwords of 60 sent at once from one address', async () => {
    const before = app.runtime.passwords.computed;
    const answers = await Promise.all(Array.from({ length: 60 }, (_, n) => spray('127.0.0.4', a.slug, n, 'burst')));
    const checked = app.runtime.passwords.computed - before;
    expect(checked).toBeLessThanOrEqual(MAX_SOURCE_FAILURES);
    for (const answer of answers)
      expect(['UNAUTHENTICATED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE']).toContain(code(answer));
    expect(answers.filter((x) => code(x) === 'UNAUTHENTICATED').length).toBe(checked);
  });

  it('counts only failures: successful sign-ins in between use none of it up', async () => {
    const admin = { company: b.slug, email: b.admin.email, password: PASSWORD };
    for (let n = 0; n < MAX_SOURCE_FAILURES - 1; n++)
      expect(code(await spray('127.0.0.5', b.slug, n, 'typo'))).toBe('UNAUTHENTICATED');
    for (let n = 0; n < 5; n++) expect(code(await postFrom(server.port, '127.0.0.5', LOGIN, { i: admin }))).toBe('OK');
    expect(code(await spray('127.0.0.5', b.slug, 100, 'typo'))).toBe('UNAUTHENTICATED');
    expect(code(await spray('127.0.0.5', b.slug, 101, 'typo'))).toBe('RATE_LIMITED');
  });

  it('believes X-Forwarded-For only from no proxy at all, by default: a forged header changes nothing', async () => {
    const answers: Answer[] = [];
    for (let n = 0; n <= MAX_SOURCE_FAILURES; n++)
      answers.push(await spray('127.0.0.6', b.slug, n, 'forged', { 'x-forwarded-for': `198.51.100.${n}` }));
    expect(code(answers.at(-1)!)).toBe('RATE_LIMITED');
  });
});

describe('behind a proxy TRUST_PROXY names', () => {
  let proxied: TestApp;
  let proxiedServer: Listening;
  let c: CompanyFixture;
  beforeAll(async () => {
    proxied = await createTestApp({ trustProxy: ['127.0.0.7'] });
    c = await createCompany(proxied, 'Proxied Estates');
    proxiedServer = await listen(proxied.runtime, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await proxiedServer?.close();
    await proxied?.close();
  });

  it("counts each client by the address the proxy gives, not the proxy's own", async () => {
    const through = (client: string, n: number) =>
      postFrom(
        proxiedServer.port,
        '127.0.0.7',
        LOGIN,
        { i: { company: c.slug, email: `proxied-${n}@example.com`, password: 'Summer2026!' } },
        // What the client wrote, then what the proxy appended.
        { 'x-forwarded-for': `203.0.113.250, ${client}` },
      );
    const answers: Answer[] = [];
    for (let n = 0; n <= MAX_SOURCE_FAILURES; n++) answers.push(await through('203.0.113.9', n));
    expect(code(answers[MAX_SOURCE_FAILURES - 1])).toBe('UNAUTHENTICATED');
    expect(code(answers[MAX_SOURCE_FAILURES])).toBe('RATE_LIMITED');
    expect(code(await through('203.0.113.10', 99))).toBe('UNAUTHENTICATED');
  });
});

describe('a spray from many addresses at one company', () => {
  it(`is RATE_LIMITED for that company after ${MAX_COMPANY_FAILURES} failures; other companies are not`, async () => {
    const target = await createCompany(app, 'Widely Sprayed Estates');
    // The company's count as many earlier addresses left it (sending them all would take minutes).
    const key = createHash('sha256').update(`company\n${target.slug}`).digest('hex');
    await app.owner.query(
      `INSERT INTO "SignInAttempt" ("key", "attempts", "windowStart") VALUES ($1, $2, clock_timestamp())`,
      [key, MAX_COMPANY_FAILURES - 5],
    );
    // Five more addresses, one failure each: each is far from its own limit.
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, s) => spray(`127.0.1.${s + 1}`, target.slug, s, 'wide')),
    );
    expect(answers.map(code)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    const refused = await spray('127.0.2.1', target.slug, 0, 'fresh-source');
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The right password too, from anywhere, until the window ends; other companies are not held back.
    const admin = { company: target.slug, email: target.admin.email, password: PASSWORD };
    expect(code(await postFrom(server.port, '127.0.2.2', LOGIN, { i: admin }))).toBe('RATE_LIMITED');
    expect(code(await spray('127.0.2.1', a.slug, 0, 'fresh-source'))).toBe('UNAUTHENTICATED');
  });
});

describe('the address a request is counted under', () => {
  it('is the peer, or the nearest untrusted hop of X-Forwarded-For from a trusted proxy; IPv6 by /64', () => {
    const none = new ClientAddresses([]);
    expect(none.of('203.0.113.5', '198.51.100.1')).toBe('203.0.113.5');
    expect(none.of('::ffff:203.0.113.5', null)).toBe('203.0.113.5');
    expect(none.of('2001:db8:1:2:aaaa::1', null)).toBe('2001:db8:1:2::/64');
    expect(none.of('2001:db8::1', null)).toBe('2001:db8:0:0::/64');
    expect(none.of(undefined, null)).toBeNull();
    const proxies = new ClientAddresses(['10.0.0.0/8', '192.0.2.1']);
    expect(proxies.of('10.1.2.3', '198.51.100.7')).toBe('198.51.100.7');
    expect(proxies.of('10.1.2.3', 'forged, 198.51.100.7, 192.0.2.1')).toBe('198.51.100.7');
    expect(proxies.of('10.1.2.3', '10.9.9.9')).toBe('10.9.9.9');
    expect(proxies.of('10.1.2.3', 'not-an-address')).toBe('10.1.2.3');
    expect(proxies.of('203.0.113.5', '198.51.100.7')).toBe('203.0.113.5');
  });
});
