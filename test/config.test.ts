// Configuration is validated once, at start-up, with messages an operator can act on.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('has development defaults: port 4000, sign-up open, 12-hour tokens', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      signup: 'open',
      tokenTtlSeconds: 43_200,
      production: false,
      databaseUrl: undefined,
    });
  });

  it('requires AUTH_SECRET in production, and closes sign-up there unless told', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is required/);
    const secret = 'x'.repeat(32);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret }).signup).toBe('closed');
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, SIGNUP: 'open' }).signup).toBe('open');
  });

  it('refuses malformed values by name', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig({ SIGNUP: 'maybe' })).toThrow(/SIGNUP must be one of open, closed/);
    expect(() => loadConfig({ AUTH_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => loadConfig({ SEED_DEMO: 'yes' })).toThrow(/SEED_DEMO must be true or false/);
  });

  it('reports every problem at once, never repeating a URL that may hold a password', () => {
    let error: unknown;
    try {
      loadConfig({
        NODE_ENV: 'production',
        PORT: 'eighty',
        TRUST_PROXY: '10.0.0.0/33',
        DATABASE_URL: 'mysql://root:hunter2@db/estate',
        PASSWORD_HASHING: 'test',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems } = error as ConfigError;
    expect(problems).toEqual([
      'AUTH_SECRET is required when NODE_ENV=production',
      expect.stringMatching(/^DATABASE_URL must be a URL such as postgresql:/),
      expect.stringMatching(/^APP_DATABASE_URL is required when NODE_ENV=production/),
      'PASSWORD_HASHING=test cannot be used when NODE_ENV=production',
      'PORT must be an integer from 0 to 65535, got "eighty"',
      expect.stringMatching(/^TRUST_PROXY must list IP addresses or CIDR blocks/),
    ]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('reads TRUST_PROXY as addresses and CIDR blocks, and the log format', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.1,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.0.2.1',
      'fd00::/8',
    ]);
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({}, false).logFormat).toBe('json');
    expect(loadConfig({}, true).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) }, true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
  });

  it('takes the public URL documents link to, and the lifetime and secret of their links', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://api.example.com/' }).publicUrl).toBe('https://api.example.com');
    expect(loadConfig({ PUBLIC_URL: 'https://example.com/estate/' }).publicUrl).toBe('https://example.com/estate');
    for (const bad of ['ftp://example.com', 'example.com', 'https://example.com/?a=1', 'https://u:p@example.com'])
      expect(() => loadConfig({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL must be an http\(s\) URL/);
    expect(loadConfig({}).documentLinkTtlSeconds).toBe(300);
    expect(() => loadConfig({ DOCUMENT_LINK_TTL_SECONDS: '5' })).toThrow(
      /DOCUMENT_LINK_TTL_SECONDS must be an integer/,
    );
    expect(() => loadConfig({ DOCUMENT_SECRET: 'short' })).toThrow(/DOCUMENT_SECRET must be at least 32/);
  });
});
