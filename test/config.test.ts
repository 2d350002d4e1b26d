// Configuration is validated once, at start-up, with messages an operator can act on.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

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
